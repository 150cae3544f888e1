import { parseArgs } from 'node:util'
import { EXIT, VplanError } from '../diagnostics/index.js'
import { DEFAULTS, isLoopback, startPreview, waitForStopSignal } from '../serve/index.js'
import { findPlanDirs } from './plan-dirs.js'

/** `vplan serve PLAN_DIR [--port N] [--host ADDR]`: live preview until Ctrl-C. */
export async function runServe(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args)
  if (positionals.length !== 1) throw new VplanError('usage', 'serve takes exactly one plan folder: vplan serve PLAN_DIR [--port N] [--host ADDR]')
  const [planDir] = await findPlanDirs(positionals)
  const port = parsePort(values.port)
  const log = (line: string) => process.stderr.write(`${line}\n`)
  // A Ctrl-C during the first build simply ends the process: nothing is written to disk.
  const preview = await startPreview({ planDir: planDir!, port, host: values.host, log })
  const stopped = waitForStopSignal()
  const { id } = preview.state
  log(`vplan serve: ${preview.url}  (PDF: ${preview.url}${id}.pdf, Markdown: ${preview.url}${id}.md)`)
  if (!isLoopback(values.host)) log(`Note: listening on ${values.host}, so other machines on the network can read this draft.`)
  log('Watching the plan and the templates; press Ctrl-C to stop.')
  await stopped
  await preview.close()
  log('vplan serve: stopped')
  return EXIT.ok
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: { port: { type: 'string', short: 'p' }, host: { type: 'string', default: DEFAULTS.host } },
    })
  } catch (error) {
    throw new VplanError('usage', (error as Error).message)
  }
}

function parsePort(option: string | undefined): number {
  if (option === undefined) return DEFAULTS.port
  const port = Number(option)
  if (!/^\d+$/.test(option) || port > 65535) throw new VplanError('usage', `--port takes a number from 0 to 65535 (0 = any free port), got '${option}'`)
  return port
}
