import path from 'node:path'
import { diagnosticAt, VplanError, type Diagnostic } from '../diagnostics/index.js'
import { KOLADA_SNAPSHOT_FILE, type KoladaSnapshot } from '../model/index.js'
import { createFolderReader, loadPlan, readKoladaSnapshot } from '../load/index.js'
import { writeAtomic } from '../write/write-atomic.js'
import { buildSnapshot, swedishDate } from './build-snapshot.js'
import { compareSnapshots, type SnapshotSummary } from './compare-snapshots.js'
import { fetchKolada } from './fetch-kolada.js'
import { createKoladaClient, type ClientOptions } from './http-client.js'
import { planRequest } from './plan-requests.js'
import { snapshotYaml } from './snapshot-yaml.js'

export interface UpdateOptions extends ClientOptions {
  dir: string
  /** Overrides the plan's outcome years. */
  years?: readonly number[]
  /** The retrieval date's clock (tests fix it). */
  now?: Date
  /** One line per request batch (the CLI passes one only on a terminal). */
  progress?: (line: string) => void
}

export interface UpdateResult {
  /** Display path of kolada.yaml. */
  file: string
  snapshot: KoladaSnapshot
  summary: SnapshotSummary
  /** Unknown ids at the id in plan.yaml, and what the plan now says about the new values. */
  diagnostics: Diagnostic[]
}

/**
 * `vplan kolada PLAN_DIR`: fetch every Kolada id's values for the plan's outcome years and write
 * kolada.yaml. Nothing is written until every request has succeeded, and then in one atomic
 * rename, so on any failure the previous snapshot is kept byte for byte.
 */
export async function updateKoladaSnapshot(options: UpdateOptions): Promise<UpdateResult> {
  // The plan is read without its snapshot: a plan whose values come from Kolada cannot load
  // before they have been fetched for the first time.
  const loaded = await loadPlan(options.dir, { kolada: 'ignore' })
  const request = planRequest(loaded)
  const years = options.years ?? request.years
  if (years.length === 0) throw new VplanError('usage', 'kolada: the tables with Kolada ids have no outcome columns ("Utfall 2022"); give the years with --years 2021,2022,2023')
  const displayDir = path.dirname(loaded.planFile)
  const file = path.join(displayDir, KOLADA_SNAPSHOT_FILE)
  const previous = await readKoladaSnapshot(createFolderReader(loaded.dir), displayDir)

  const client = createKoladaClient(options)
  let fetched
  try {
    fetched = await fetchKolada(client, {
      ids: request.ids,
      municipality: request.municipality,
      years,
      comparisons: request.comparisons,
      onBatch: (done, total, what) => options.progress?.(`kolada: request ${done}/${total}: ${what}`),
    })
  } catch (error) {
    if (error instanceof VplanError && error.kind === 'environment') throw new VplanError('environment', `${error.message}; ${file} is unchanged`)
    throw error
  }
  const snapshot = buildSnapshot({ api: client.api, municipality: request.municipality, ids: request.ids, years, comparisons: request.comparisons, retrieved: swedishDate(options.now ?? new Date()) }, fetched)
  await writeAtomic(path.join(loaded.dir, KOLADA_SNAPSHOT_FILE), snapshotYaml(snapshot))

  const diagnostics: Diagnostic[] = request.rows
    .filter((row) => snapshot.unknown.includes(row.id))
    .map((row) => diagnosticAt(loaded.planFile, loaded.locate(row.path), 'warning', 'kolada-unknown-id', `Kolada does not know ${row.id}: check the id at kolada.se (vplan kolada --search "words of its title")`))
  diagnostics.push(...(await planDiagnostics(options.dir)).filter((d) => d.ruleId !== 'kolada-unknown-id'))
  return { file, snapshot, summary: compareSnapshots(previous.kind === 'ok' ? previous.snapshot : undefined, snapshot), diagnostics }
}

/** What a build will now say about the plan's Kolada values (a stated value Kolada revised). */
async function planDiagnostics(dir: string): Promise<Diagnostic[]> {
  try {
    return (await loadPlan(dir)).warnings.filter((d) => d.ruleId.startsWith('kolada-'))
  } catch (error) {
    if (error instanceof VplanError && error.kind === 'input') return error.diagnostics
    throw error
  }
}
