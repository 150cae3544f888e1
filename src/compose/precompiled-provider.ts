import type { PrecompiledTemplates } from './precompiled-set.js'

/** Precompiled template sets by name, as scripts/precompile-templates.js generates them. */
export type PrecompiledTable = Readonly<Record<string, PrecompiledTemplates>>

type Provider = () => Promise<{ default: PrecompiledTable }>

let provider: Provider | undefined
let table: Promise<PrecompiledTable | undefined> | undefined

/**
 * Says where the precompiled template sets come from. The CLI bundle does this at start-up
 * (scripts/bundle/use-precompiled-templates.js): it is built in one go from the same compiled
 * sources as the table, so the checks recorded in the table are the checks the bundle runs.
 * Without a provider (tests, dist/cli/main.js), every set is checked and compiled at run time.
 */
export function providePrecompiledTemplates(load: Provider | undefined): void {
  provider = load
  table = undefined
}

/** Loaded on first use, so commands that never compose (check, diff, --help) never pay for it. */
export function precompiledTemplates(): Promise<PrecompiledTable | undefined> {
  // A table that fails to load only costs speed: the sets are then compiled at run time.
  table ??= provider ? provider().then((module) => module.default, () => undefined) : Promise.resolve(undefined)
  return table
}
