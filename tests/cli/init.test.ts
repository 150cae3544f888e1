import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'

const BIN = path.resolve('bin/vplan.js')
const FLAGS = ['--municipality', 'Sigtuna kommun', '--board', 'Socialnämnden', '--year', '2025']

/** Runs the compiled CLI in `cwd`, never on a terminal (stdin is closed). */
function vplan(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const freshFolder = () => mkdtempSync(path.join(os.tmpdir(), 'vplan-init-'))

describe('vplan init PLAN_DIR', { timeout: 30_000 }, () => {
  test('makes a plan that checks with only placeholder warnings and builds to PDF and HTML', () => {
    const cwd = freshFolder()
    const init = vplan(cwd, 'init', 'plans/sigtuna-sn-2025', ...FLAGS)
    expect(init.status).toBe(0)
    expect(readdirSync(path.join(cwd, 'plans/sigtuna-sn-2025')).sort()).toEqual(['kapitel', 'plan.yaml'])
    const yaml = readFileSync(path.join(cwd, 'plans/sigtuna-sn-2025/plan.yaml'), 'utf8')
    expect(yaml.split('\n')[0]).toBe(`# yaml-language-server: $schema=${path.relative(path.join(cwd, 'plans/sigtuna-sn-2025'), path.resolve('schema/plan.schema.json'))}`)
    expect(parse(yaml).meta).toMatchObject({ municipality: 'Sigtuna kommun', board: 'Socialnämnden', year: 2025, title: 'Verksamhetsplan 2025 för Socialnämnden' })
    // No date or adoption is made up: the office states them.
    expect(parse(yaml).meta.date).toBeUndefined()
    expect(parse(yaml).meta.adopted).toBeUndefined()

    const check = vplan(cwd, 'check', 'plans/sigtuna-sn-2025')
    expect(check.status).toBe(0)
    const lines = check.stderr.trim().split('\n')
    expect(lines.at(-1)).toMatch(/^plans\/sigtuna-sn-2025: ok, \d+ warnings$/)
    expect(lines.slice(0, -1).every((line) => line.endsWith('[placeholder]'))).toBe(true)
    expect(lines).toContain('plans/sigtuna-sn-2025/kapitel/01-inledning.md:3:1: warning: placeholder text [Platshållare: Beskriv kort nämndens uppdrag och vad verksamhetsplanen för Socialnämnden 2025 innehåller.] is still in the plan: replace it before the plan is adopted [placeholder]')

    const build = vplan(cwd, 'build', 'plans/sigtuna-sn-2025')
    expect(build.status).toBe(0)
    expect(readFileSync(path.join(cwd, 'out/sigtuna-sn-2025.pdf')).subarray(0, 5).toString()).toBe('%PDF-')
    // Hyphenation puts soft hyphens into long words.
    const html = readFileSync(path.join(cwd, 'out/sigtuna-sn-2025.html'), 'utf8').replaceAll('\u00ad', '')
    expect(html).toContain('<html lang="sv"')
    expect(html).toContain('[Platshållare: inriktningsmålets lydelse]')
    expect(html).toContain('U21468')
  })

  test('never replaces an existing folder without --force, and says so when it does', () => {
    const cwd = freshFolder()
    expect(vplan(cwd, 'init', 'ny', ...FLAGS).status).toBe(0)
    writeFileSync(path.join(cwd, 'ny/plan.yaml'), '# mitt arbete\n')
    const refused = vplan(cwd, 'init', 'ny', ...FLAGS)
    expect(refused.status).toBe(2)
    expect(refused.stderr).toMatch(/^vplan: init: ny already exists: choose another PLAN_DIR, or give --force to replace it\n/)
    expect(readFileSync(path.join(cwd, 'ny/plan.yaml'), 'utf8')).toBe('# mitt arbete\n')
    const forced = vplan(cwd, 'init', 'ny', ...FLAGS, '--force')
    expect(forced.status).toBe(0)
    expect(forced.stderr).toContain('ny: replacing the existing folder (--force)')
    expect(readFileSync(path.join(cwd, 'ny/plan.yaml'), 'utf8')).toContain('municipality: "Sigtuna kommun"')
    expect(readdirSync(cwd)).toEqual(['ny'])
  })

  test.each([
    ['a file in the way', ['init', 'fil', ...FLAGS], /fil is a file, not a folder/],
    ['an unknown template', ['init', 'ny', ...FLAGS, '--template', 'nacka'], /unknown template 'nacka'/],
    ['a year outside 2000–2100', ['init', 'ny', ...FLAGS.slice(0, 4), '--year', '1999'], /--year must be a year from 2000 to 2100 \(got '1999'\)/],
    ['a year that is not a number', ['init', 'ny', ...FLAGS.slice(0, 4), '--year', '20x5'], /--year must be a year/],
    ['missing flags off a terminal', ['init', 'ny', '--board', 'Socialnämnden'], /give --municipality, --board and --year/],
    ['no folder', ['init', ...FLAGS], /give one PLAN_DIR/],
    ['an unknown option', ['init', 'ny', ...FLAGS, '--lang', 'en'], /Unknown option '--lang'/],
  ])('refuses %s with one clear error, exit 2, and writes nothing', (_, args, message) => {
    const cwd = freshFolder()
    writeFileSync(path.join(cwd, 'fil'), 'x')
    const result = vplan(cwd, ...args)
    expect(result.status).toBe(2)
    expect(result.stderr.split('\n')[0]).toMatch(message)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(readdirSync(cwd)).toEqual(['fil'])
  })

  test('uses a name with path characters as text, never as a path', () => {
    const cwd = freshFolder()
    const result = vplan(cwd, 'init', 'ny', '--municipality', '../../Ö*kommun | "A"', '--board', 'Nämnd <b>', '--year', '2025')
    expect(result.status).toBe(0)
    expect(readdirSync(cwd)).toEqual(['ny'])
    const plan = parse(readFileSync(path.join(cwd, 'ny/plan.yaml'), 'utf8'))
    expect(plan.meta.municipality).toBe('../../Ö*kommun | "A"')
    expect(plan.meta.board).toBe('Nämnd <b>')
    expect(vplan(cwd, 'build', 'ny', '--format', 'html').status).toBe(0)
    const html = readFileSync(path.join(cwd, 'out/ny.html'), 'utf8').replaceAll('\u00ad', '')
    expect(html).not.toContain('<b>')
    expect(html).toContain('Nämnd &lt;b')
    expect(existsSync(path.join(cwd, 'Ö*kommun'))).toBe(false)
  })
})

describe('vplan init --from OLD NEW (next year)', { timeout: 30_000 }, () => {
  test.each(['knivsta-sn-2024', 'danderyd-sn-2024'])('rolls %s forward into a plan that checks and builds, and vplan diff reviews exactly the roll', (id) => {
    const cwd = freshFolder()
    const next = id.replace('2024', '2025')
    const old = path.resolve('plans', id)
    const rolled = vplan(cwd, 'init', '--from', old, next)
    expect(rolled.status).toBe(0)
    expect(rolled.stdout).toContain('Year columns moved on one year')
    expect(rolled.stderr).toContain(`${next}: the plan for 2025`)
    // Chapters come over unchanged.
    for (const chapter of readdirSync(path.join(old, 'kapitel'))) {
      expect(readFileSync(path.join(cwd, next, 'kapitel', chapter), 'utf8')).toBe(readFileSync(path.join(old, 'kapitel', chapter), 'utf8'))
    }
    const check = vplan(cwd, 'check', next)
    expect(check.status).toBe(0)
    expect(check.stderr.split('\n').filter((line) => line.includes(': warning: ') && !line.endsWith('[placeholder]'))).toEqual([])
    expect(vplan(cwd, 'build', next, '--format', 'html,md').status).toBe(0)

    const diff = vplan(cwd, 'diff', old, next)
    expect(diff.status).toBe(1)
    expect(diff.stdout).toContain('Uppgifter › År: 2024 → 2025\n')
    expect(diff.stdout).toMatch(/ny kolumn ”(Utfall|Budget|Plan) 20(24|25|27)”/)
    // Nothing but the roll: no goal, assignment, row or chapter text is reported as changed.
    expect(diff.stdout).not.toMatch(/(ny|borttagen|ändrad) (rad|mål|uppdrag|stycke)/i)
    expect(diff.stdout).not.toContain('Text ›')
  })

  test('refuses a source that is not a valid plan: its diagnostics are shown, exit 2, nothing written', () => {
    const cwd = freshFolder()
    const broken = path.join(cwd, 'trasig')
    cpSync(path.resolve('plans/knivsta-sn-2024'), broken, { recursive: true })
    writeFileSync(path.join(broken, 'plan.yaml'), readFileSync(path.join(broken, 'plan.yaml'), 'utf8').replace('  year: 2024', '  year: tjugotjugofyra'))
    const result = vplan(cwd, 'init', '--from', 'trasig', 'ny')
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^trasig\/plan\.yaml:\d+:\d+: error: /)
    expect(result.stderr).toContain('vplan: init: trasig is not a valid plan, so it cannot be rolled forward (nothing was written)')
    expect(readdirSync(cwd)).toEqual(['trasig'])
  })
})
