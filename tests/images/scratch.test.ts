import { it } from 'vitest'
import { buildFolder, copyImagePlan } from '../support/image-plan.js'
import { writeFileSync } from 'node:fs'
it('scratch', async () => {
  const dir = await copyImagePlan()
  const built = await buildFolder(dir, ['html', 'pdf'])
  console.log(built.diagnostics)
  writeFileSync('/tmp/img-scratch.html', built.outputs.html as string)
  if (built.outputs.pdf) writeFileSync('/tmp/img-scratch.pdf', built.outputs.pdf as Uint8Array)
}, 60000)
