import { formatDiagnostic, keepLines, oneLine, VplanError, EXIT } from '../diagnostics/index.js'

const USAGE = `Usage: vplan <command> [options]

Commands:
  build [PLAN_DIR...] [--out DIR] [--format pdf,html,md]   build plans (default: every plan in plans/)
        [--force] [--jobs N]                             rebuild unchanged plans too; threads (default: cores)
  check [PLAN_DIR...]                                      validate plans
  diff OLD NEW [--format text|json|html] [--out FILE]      show what changed between two drafts
  serve PLAN_DIR [--port N] [--host ADDR]                  live preview at http://127.0.0.1:4173/
  kolada PLAN_DIR [--years Y,...] [--api URL] [--search T] fetch Kolada values into PLAN_DIR/kolada.yaml
  init PLAN_DIR --municipality M --board B --year Y        start a new plan that checks and builds
  init --from OLD_DIR NEW_DIR                              next year's plan from this year's
  template new NAME [--from T]                             a template folder of overrides

Exit codes: 0 ok, 1 problems in the plans, 2 usage or internal error.`

type Command = (args: string[]) => Promise<number>

/** Heavy dependencies (pdfmake, unified) load only when the command that needs them runs. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  build: async () => (await import('./build.js')).runBuild,
  check: async () => (await import('./check.js')).runCheck,
  diff: async () => (await import('./diff.js')).runDiff,
  serve: async () => (await import('./serve.js')).runServe,
  kolada: async () => (await import('./kolada.js')).runKolada,
  init: async () => (await import('./init.js')).runInit,
  template: async () => (await import('./template.js')).runTemplate,
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE + '\n')
    return name === undefined ? EXIT.usage : EXIT.ok
  }
  const load = COMMANDS[name]
  if (!load) {
    process.stderr.write(`vplan: unknown command '${oneLine(name)}'\n\n${USAGE}\n`)
    return EXIT.usage
  }
  try {
    const command = await load()
    return await command(rest)
  } catch (error) {
    return reportError(error)
  }
}

/**
 * The only place that turns errors into exit codes; users never see a stack trace. Diagnostics
 * are one line each (formatDiagnostic); a message keeps its own line breaks (a usage text) but
 * no control character in it reaches the terminal.
 */
export function reportError(error: unknown): number {
  if (error instanceof VplanError) {
    for (const d of error.diagnostics) process.stderr.write(formatDiagnostic(d) + '\n')
    if (error.diagnostics.length === 0 || error.kind !== 'input') process.stderr.write(`vplan: ${keepLines(error.message)}\n`)
    return error.exitCode
  }
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`vplan: internal error: ${keepLines(message)}\n`)
  if (process.env.VPLAN_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`)
  return EXIT.internal
}
