import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * A scratch copy of a real plan and of the templates, so a test can edit and break them while
 * other work goes on in the repository's own plans/ and templates/.
 */
export async function copyPlan(id: string): Promise<{ root: string; planDir: string; templates: string; remove(): Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), 'vplan-serve-'))
  const planDir = path.join(root, id)
  const templates = path.join(root, 'templates')
  await cp(path.resolve('plans', id), planDir, { recursive: true })
  await cp(path.resolve('templates'), templates, { recursive: true })
  return { root, planDir, templates, remove: () => rm(root, { recursive: true, force: true }) }
}
