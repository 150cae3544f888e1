import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { mergeStyle } from '../../src/render/pdf/style/merge-style.js'

const BIN = path.resolve('bin/vplan.js')

function vplan(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** A copy of a seed plan that asks for another template. */
function seedWithTemplate(cwd: string, id: string, template: string): string {
  const dir = path.join(cwd, 'plans', id)
  cpSync(path.resolve('plans', id), dir, { recursive: true })
  const yaml = readFileSync(path.join(dir, 'plan.yaml'), 'utf8')
  writeFileSync(path.join(dir, 'plan.yaml'), yaml.replace(/^ {2}template: \S+$/m, `  template: ${template}`))
  return dir
}

describe('vplan template new NAME', { timeout: 60_000 }, () => {
  test('--from knivsta holds only overrides and builds Knivsta exactly as its own template does', () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'vplan-template-'))
    const made = vplan(cwd, 'template', 'new', 'mitt', '--from', 'knivsta')
    expect(made.status).toBe(0)
    expect(readdirSync(path.join(cwd, 'templates/mitt'), { recursive: true }).sort()).toEqual(['partials', 'partials/board-goal.hbs', 'pdf-style.json', 'style.css', 'template.json'])
    // Every key it writes is a setting the renderer takes: no warning from the style sheet.
    expect(mergeStyle(JSON.parse(readFileSync(path.join(cwd, 'templates/mitt/pdf-style.json'), 'utf8'))).diagnostics).toEqual([])

    seedWithTemplate(cwd, 'knivsta-sn-2024', 'mitt')
    const build = vplan(cwd, 'build', 'plans/knivsta-sn-2024', '--format', 'html,pdf', '--out', 'mitt')
    expect(build.status).toBe(0)
    expect(build.stderr).not.toContain('warning')
    const original = vplan(path.resolve('.'), 'build', 'plans/knivsta-sn-2024', '--format', 'html,pdf', '--out', path.join(cwd, 'knivsta'))
    expect(original.status).toBe(0)
    for (const file of ['knivsta-sn-2024.html', 'knivsta-sn-2024.pdf']) {
      expect(readFileSync(path.join(cwd, 'mitt', file)).equals(readFileSync(path.join(cwd, 'knivsta', file))), file).toBe(true)
    }
  })

  test('from the default: settings explained in Swedish, an empty stylesheet that lists the colours, and a plan builds with it', () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'vplan-template-'))
    expect(vplan(cwd, 'template', 'new', 'sigtuna').status).toBe(0)
    const sheet = JSON.parse(readFileSync(path.join(cwd, 'templates/sigtuna/pdf-style.json'), 'utf8'))
    expect(Object.keys(sheet)).toEqual(['$comment', 'colours', 'fontSizes', 'page', 'table', 'cover'])
    expect(Object.values(sheet).every((section) => typeof section === 'string' || typeof (section as { $comment?: unknown }).$comment === 'string')).toBe(true)
    expect(readFileSync(path.join(cwd, 'templates/sigtuna/style.css'), 'utf8')).toMatch(/^ {3}--accent: #[0-9a-f]{6};/m)
    sheet.colours.accent = '#6a1b4d'
    writeFileSync(path.join(cwd, 'templates/sigtuna/pdf-style.json'), JSON.stringify(sheet))
    seedWithTemplate(cwd, 'danderyd-sn-2024', 'sigtuna')
    const build = vplan(cwd, 'build', 'plans/danderyd-sn-2024', '--format', 'pdf')
    expect(build.status).toBe(0)
    expect(build.stderr).not.toContain('warning')
  })

  test.each([
    ['an unknown source', ['template', 'new', 'ny', '--from', 'nacka'], /unknown template 'nacka' for --from/],
    ['a name that is a path', ['template', 'new', '../ut'], /'..\/ut' cannot be a template name/],
    ['the default name', ['template', 'new', 'default'], /cannot be a template name/],
    ['no name', ['template', 'new'], /expected: vplan template new NAME/],
  ])('refuses %s: one line, exit 2, nothing written', (_, args, message) => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'vplan-template-'))
    const result = vplan(cwd, ...args)
    expect(result.status).toBe(2)
    expect(result.stderr.split('\n')[0]).toMatch(message)
    expect(readdirSync(cwd)).toEqual([])
  })

  test('never replaces a template folder that exists', () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'vplan-template-'))
    expect(vplan(cwd, 'template', 'new', 'ny').status).toBe(0)
    writeFileSync(path.join(cwd, 'templates/ny/style.css'), '/* mitt */\n')
    expect(vplan(cwd, 'template', 'new', 'ny').status).toBe(2)
    expect(readFileSync(path.join(cwd, 'templates/ny/style.css'), 'utf8')).toBe('/* mitt */\n')
  })
})
