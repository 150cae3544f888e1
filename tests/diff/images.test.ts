import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { diffPlans, snapshotOf } from '../../src/diff/index.js'
import { renderText } from '../../src/diff/index.js'
import { loadPlan } from '../../src/load/index.js'
import { copyImagePlan } from '../support/image-plan.js'
import { makeBarChartPng } from '../support/make-png.js'

const CHAPTER = 'kapitel/01-styr-och-ledningsmodell.md'

async function edit(dir: string, file: string, change: (text: string) => string) {
  await writeFile(path.join(dir, file), change(await readFile(path.join(dir, file), 'utf8')))
}

describe('vplan diff and images', () => {
  it('reports an image added, removed, replaced (by content) and its alt text reworded', async () => {
    const [before, after] = [await copyImagePlan(), await copyImagePlan()]
    // Replaced: same name, other pixels. Reworded: the diagram's alt text. Removed: the divider. Added: a new PNG.
    await writeFile(path.join(after, 'bilder/stapeldiagram.png'), makeBarChartPng(480, 240, [0.5, 0.6, 0.7, 0.9]))
    await writeFile(path.join(after, 'bilder/ny.png'), makeBarChartPng(100, 50))
    await edit(after, CHAPTER, (text) =>
      text
        .replace('![Processen i fyra steg:', '![Processen i fem steg:')
        .replace('![](bilder/avdelare.svg "dekorativ")', '![Ny tabell som bild](bilder/ny.png)'),
    )
    const diff = diffPlans(snapshotOf(await loadPlan(before)), snapshotOf(await loadPlan(after)))
    const images = diff.changes.filter((change) => change.area === 'images')
    expect(images.map((change) => [change.kind, change.path.slice(1).join(' › ')])).toEqual([
      ['text', 'bilder/process.svg › Alt-text'],
      ['added', 'bilder/ny.png'],
      ['value', 'bilder/stapeldiagram.png › Bildfil'],
      ['removed', 'bilder/avdelare.svg'],
    ])
    expect(images[0]).toMatchObject({ kind: 'text', parts: expect.arrayContaining([{ op: 'delete', text: 'fyra' }, { op: 'insert', text: 'fem' }]) })
    expect(images[2]).toMatchObject({ old: expect.stringMatching(/^sha256:[0-9a-f]{12}$/), new: expect.stringMatching(/^sha256:[0-9a-f]{12}$/) })
    expect(renderText(diff)).toContain('Bilder › bilder/stapeldiagram.png › Bildfil')
  })

  it('finds two drafts with the same images equal, and reports a replaced logo file', async () => {
    const [before, after] = [await copyImagePlan(), await copyImagePlan()]
    expect(diffPlans(snapshotOf(await loadPlan(before)), snapshotOf(await loadPlan(after))).equal).toBe(true)
    await edit(after, 'bilder/logotyp.svg', (text) => text.replace('#1f4e79', '#00695c'))
    const diff = diffPlans(snapshotOf(await loadPlan(before)), snapshotOf(await loadPlan(after)))
    expect(diff.changes.map((change) => [change.area, change.path.join(' › ')])).toEqual([['images', 'Bilder › Logotyp › Bildfil']])
  })
})
