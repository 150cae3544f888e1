import { spawnSync } from 'node:child_process'
import { chmod, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

export const CHAPTER_2 = 'kapitel/02-overgripande-beskrivning-av-namndens-ansvar.md'
export const CHAPTER_8 = 'kapitel/08-namndens-investeringsplan.md'

export interface CaseDirs {
  /** The plan folder (the CLI's working directory). */
  plan: string
  /** The out folder, holding the previous outputs. */
  out: string
}

/** Undoes what a setup did that would stop the temp folder from being removed. */
export type Cleanup = () => Promise<void>

async function edit(file: string, change: (text: string) => string): Promise<void> {
  await writeFile(file, change(await readFile(file, 'utf8')))
}

/**
 * Inputs a fixture folder cannot hold as committed files: too large, generated, or bytes that
 * editors and git tools "fix". Named by `setup` in a case's expected.json.
 */
export const SETUPS: Record<string, (dirs: CaseDirs) => Promise<Cleanup | void>> = {
  'deep-blockquotes': async ({ plan }) => {
    const quote = '>'.repeat(10_000) + ' I dagsläget finns det inga inplanerade investeringar för 2024.\n'
    await writeFile(path.join(plan, CHAPTER_8), `# Nämndens investeringsplan\n\n${quote}`)
  },
  'deep-lists': async ({ plan }) => {
    await writeFile(path.join(plan, CHAPTER_8), `# Nämndens investeringsplan\n\n${'- '.repeat(10_000)}Inventarier\n`)
  },
  'deep-emphasis': async ({ plan }) => {
    const text = `${'*'.repeat(400)}Inventarier${'*'.repeat(400)}`
    await writeFile(path.join(plan, CHAPTER_8), `# Nämndens investeringsplan\n\n${text}\n`)
  },
  'huge-chapter': async ({ plan }) => {
    const file = path.join(plan, CHAPTER_8)
    const paragraph = (await readFile(file, 'utf8')).split('\n\n')[1]!.trim() + '\n\n'
    await writeFile(file, `# Nämndens investeringsplan\n\n${paragraph.repeat(Math.ceil(5_000_000 / Buffer.byteLength(paragraph)))}`)
  },
  'control-character': async ({ plan }) => {
    await edit(path.join(plan, CHAPTER_8), (text) => text.replace('I dagsläget finns', 'I dagsläget\u000bfinns'))
  },
  'control-character-yaml': async ({ plan }) => {
    await edit(path.join(plan, 'plan.yaml'), (text) => text.replace('supplier: Nytida AB', 'supplier: Nytida\u0007 AB'))
  },
  'feff-mid-text': async ({ plan }) => {
    await edit(path.join(plan, CHAPTER_2), (text) => text.replace('Socialnämndens verksamheter förvaltas', 'Socialnämndens \ufeffverksamheter förvaltas'))
  },
  fffe: async ({ plan }) => {
    await edit(path.join(plan, CHAPTER_8), (text) => text.replace('Satsningar i form', 'Satsningar \ufffei form'))
  },
  'not-utf8': async ({ plan }) => {
    const file = path.join(plan, CHAPTER_8)
    await writeFile(file, Buffer.from(await readFile(file, 'utf8'), 'latin1'))
  },
  bom: async ({ plan }) => {
    for (const file of ['plan.yaml', CHAPTER_2]) {
      const bytes = await readFile(path.join(plan, file))
      await writeFile(path.join(plan, file), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]))
    }
  },
  'symlink-out': async ({ plan }) => {
    await rm(path.join(plan, CHAPTER_8))
    await symlink('/etc/passwd', path.join(plan, CHAPTER_8))
  },
  'read-only-out': async ({ out }) => makeReadOnly(out),
  'pdf-is-folder': async ({ out }) => {
    const pdf = path.join(out, 'knivsta-sn-2024.pdf')
    await rm(pdf)
    await mkdir(pdf)
    await writeFile(path.join(pdf, 'behåll.txt'), 'En mapp där PDF:en skulle ligga.\n')
  },
}

/**
 * chmod 555 stops a normal user; root ignores it, so as root the folder is made immutable
 * (chattr +i, which root obeys) instead. Returns the undo.
 */
export async function makeReadOnly(dir: string): Promise<Cleanup> {
  await chmod(dir, 0o555)
  const root = process.getuid?.() === 0
  if (root) {
    const result = spawnSync('chattr', ['+i', dir], { encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`cannot make ${dir} read-only as root: chattr +i failed (${result.stderr || result.error?.message})`)
  }
  return async () => {
    if (root) spawnSync('chattr', ['-i', dir])
    await chmod(dir, 0o755)
  }
}
