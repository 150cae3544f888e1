import { describe, expect, it } from 'vitest'
import { diffPlans } from '../../src/diff/index.js'
import type { PlanInput } from '../../src/model/index.js'
import { copy, knivstaBase, snapshot } from './make-plan.js'

// Seed values: Knivsta's goal 4.1 and its indicators, volumes and suppliers.
function withGoals(): PlanInput {
  return {
    ...knivstaBase(),
    goals: [
      {
        id: 'vard-stod-och-omsorg',
        title: 'Vård, stöd och omsorg med kvalitet (SN)',
        focus: ['Skapa kvalitetsförbättringar i äldreomsorgen och LSS.', 'Utveckla hälsofrämjande insatser.'],
        assignments: [{ text: 'Utvärdera arbetet med tillitsbaserad styrning inom hemtjänsten', period: '2024-2025', level: 'Uppdrag från kommunfullmäktige' }],
        indicatorTables: [
          {
            columns: ['Utfall 2021', 'Utfall 2022', 'Utfall 2023'],
            rows: [
              { name: 'Brucarbedömning hemtjänst äldreomsorg (helhetssyn), andel (%)', kolada: 'U21468', values: [null, { total: 85, women: 85, men: 85 }, { total: 94, women: 92, men: 96 }], direction: 'Öka' },
            ],
          },
        ],
        boardGoals: [
          {
            title: 'Socialnämndens verksamheter ska möta omvärldsförändringar med ständig utveckling och tillvaratagande av invånarnas egna resurser.',
            indicatorTables: [
              { columns: ['Utfall 2021', 'Utfall 2022', 'Prognos 2023'], rows: [{ name: 'Kontinuiteten inom hemtjänsten ska förbättras', values: [19, 14, 16], direction: 'Minska' }] },
            ],
          },
        ],
      },
      { id: 'ekonomi-i-balans', title: 'Kommunen ska säkerställa en långsiktig ekonomi i balans (alla nämnder)' },
    ],
    volumes: {
      columns: ['Utfall 2022', 'Prognos 2023', 'Plan 2024'],
      groups: [
        { area: 'Hemtjänst', rows: [{ name: 'Antal brukare totalt', values: [249, 245, 250] }] },
        { area: 'Särskilt boende äldre', rows: [{ name: 'Antal brukare totalt', values: [145, 145, 150] }] },
      ],
    },
    suppliers: {
      rows: [
        { year: 2024, form: 'LOU', supplier: 'Big Care', service: 'Sjukskötersketjänster för beredskap' },
        { year: 2025, form: 'LOU', supplier: 'Appva', service: 'Digital signering delegerad HSL' },
      ],
    },
  }
}

const paths = (before: PlanInput, after: PlanInput) => diffPlans(snapshot(before), snapshot(after)).changes.map((c) => `${c.kind} ${c.path.join(' › ')}`)

describe('goals, indicators, volumes, suppliers', () => {
  it('reports a revised indicator value per column and per women/men', () => {
    const after = copy(withGoals())
    // values may also be 'kolada' in a plan's input; here it is the seed's list.
    ;(after.goals![0]!.indicatorTables![0]!.rows[0]!.values as unknown[])[2] = { total: 95, women: 93, men: 96 }
    expect(paths(withGoals(), after)).toEqual([
      'value Indikatorer › Brucarbedömning hemtjänst äldreomsorg (helhetssyn), andel (%) › Utfall 2023',
      'value Indikatorer › Brucarbedömning hemtjänst äldreomsorg (helhetssyn), andel (%) › Utfall 2023, kvinnor',
    ])
  })

  it('reports a forecast that became an outcome as one renamed column, with the revised value', () => {
    const after = copy(withGoals())
    const table = after.goals![0]!.boardGoals![0]!.indicatorTables![0]!
    table.columns = ['Utfall 2021', 'Utfall 2022', 'Utfall 2023']
    table.rows[0]!.values = [19, 14, 15]
    const diff = diffPlans(snapshot(withGoals()), snapshot(after))
    expect(diff.changes).toEqual([
      expect.objectContaining({ kind: 'columnRenamed', column: 'Utfall 2023', oldColumn: 'Prognos 2023' }),
      expect.objectContaining({ kind: 'value', field: 'Utfall 2023', old: 16, new: 15, delta: -1 }),
    ])
  })

  it('reports a new year in every indicator table once, listing the tables', () => {
    const after = copy(withGoals())
    after.goals![0]!.indicatorTables![0]!.columns!.push('Utfall 2024')
    after.goals![0]!.boardGoals![0]!.indicatorTables![0]!.columns!.push('Utfall 2024')
    const diff = diffPlans(snapshot(withGoals()), snapshot(after))
    expect(diff.changes).toEqual([expect.objectContaining({ kind: 'columnAdded', column: 'Utfall 2024', tables: [expect.any(String), expect.any(String)] })])
  })

  it('reports a reworded goal, focus item and assignment with their word changes', () => {
    const after = copy(withGoals())
    after.goals![1]!.title = 'Kommunen ska säkerställa en långsiktigt hållbar ekonomi i balans (alla nämnder)'
    after.goals![0]!.focus![1] = 'Utveckla förebyggande och hälsofrämjande insatser.'
    after.goals![0]!.assignments![0]!.period = '2024-2026'
    expect(paths(withGoals(), after)).toEqual([
      'renamed Mål › Vård, stöd och omsorg med kvalitet (SN) › Utveckla förebyggande och hälsofrämjande insatser.',
      'value Uppdrag › Utvärdera arbetet med tillitsbaserad styrning inom hemtjänsten › Tidsperiod',
      'renamed Mål › Kommunen ska säkerställa en långsiktigt hållbar ekonomi i balans (alla nämnder)',
    ])
  })

  it('reports an assignment moved to another goal as moved', () => {
    const after = copy(withGoals())
    after.goals![1]!.assignments = after.goals![0]!.assignments!.splice(0, 1)
    const diff = diffPlans(snapshot(withGoals()), snapshot(after))
    expect(diff.changes).toEqual([
      expect.objectContaining({ kind: 'moved', area: 'assignments', from: ['Mål', 'Vård, stöd och omsorg med kvalitet (SN)'], to: ['Mål', 'Kommunen ska säkerställa en långsiktig ekonomi i balans (alla nämnder)'] }),
    ])
  })

  it('tells rows with the same label apart by their group', () => {
    const after = copy(withGoals())
    after.volumes!.groups[1]!.rows[0]!.values[2] = 152
    expect(paths(withGoals(), after)).toEqual(['value Volymer och nyckeltal › Särskilt boende äldre › Antal brukare totalt › Plan 2024'])
  })

  it('reports a supplier followed up in another year as moved, and a new supplier as added', () => {
    const after = copy(withGoals())
    after.suppliers!.rows[1]!.year = 2026
    after.suppliers!.rows.push({ year: 2025, form: 'LOV', supplier: 'Humana Assistans AB', service: 'Hemtjänst' })
    expect(paths(withGoals(), after)).toEqual(['moved Privata utförare › 2026 › Appva', 'added Privata utförare › 2025 › Humana Assistans AB'])
  })

  it('reports a supplier renamed beyond recognition but otherwise the same as renamed', () => {
    const after = copy(withGoals())
    after.suppliers!.rows[0]!.supplier = 'Nurse Partner Sverige AB'
    expect(paths(withGoals(), after)).toEqual(['renamed Privata utförare › 2024 › Nurse Partner Sverige AB'])
  })

  it('reports metadata changes', () => {
    const after = copy(withGoals())
    after.meta.date = '2024-01-15'
    expect(diffPlans(snapshot(withGoals()), snapshot(after)).changes).toEqual([expect.objectContaining({ kind: 'value', path: ['Uppgifter', 'Datum'], old: '2023-12-13', new: '2024-01-15' })])
  })

  it('reports each part of the decision and the other particulars as a change of its own', () => {
    const before = copy(withGoals())
    before.meta.decision = { body: 'Socialnämnden', date: '2023-12' }
    const after = copy(before)
    after.meta.decision = { body: 'Socialnämnden', date: '2023-12-04', paragraph: 123 }
    after.meta.registrationNumber = 'SN 2023/123'
    const changes = diffPlans(snapshot(before), snapshot(after)).changes.map((c) => [c.path.join(' › '), 'old' in c ? c.old : undefined, 'new' in c ? c.new : undefined])
    expect(changes).toEqual([
      ['Uppgifter › Diarienummer', null, 'SN 2023/123'],
      ['Uppgifter › Beslutsdatum', '2023-12', '2023-12-04'],
      ['Uppgifter › Paragraf', null, '123'],
    ])
  })

  it('names a plan without a date by its id alone, and gives null as its date in JSON', () => {
    const undated = copy(withGoals())
    delete undated.meta.date
    const diff = diffPlans(snapshot(undated), snapshot(undated))
    expect(diff.old.date).toBeNull()
    expect(Object.keys(diff.old)).toEqual(['id', 'title', 'year', 'date'])
  })
})

describe('goal areas (the goal overview)', () => {
  function withAreas(): PlanInput {
    const plan = withGoals()
    plan.goals![0]!.area = 'Omsorg och hälsa'
    plan.goals![1]!.area = 'Ekonomi och organisation'
    return plan
  }

  it('reports a goal given another area as moved between the areas', () => {
    const after = copy(withAreas())
    after.goals![1]!.area = 'Omsorg och hälsa'
    const diff = diffPlans(snapshot(withAreas()), snapshot(after))
    expect(diff.changes).toEqual([
      expect.objectContaining({ kind: 'moved', area: 'goals', path: ['Mål', 'Kommunen ska säkerställa en långsiktig ekonomi i balans (alla nämnder)'], from: ['Mål', 'Ekonomi och organisation'], to: ['Mål', 'Omsorg och hälsa'] }),
    ])
  })

  it('reports a goal that gets its first area, and one that loses it', () => {
    const after = copy(withGoals())
    after.goals![0]!.area = 'Omsorg och hälsa'
    expect(diffPlans(snapshot(withGoals()), snapshot(after)).changes).toEqual([expect.objectContaining({ kind: 'moved', from: ['Mål', 'utan målområde'], to: ['Mål', 'Omsorg och hälsa'] })])
    expect(diffPlans(snapshot(after), snapshot(withGoals())).changes).toEqual([expect.objectContaining({ kind: 'moved', from: ['Mål', 'Omsorg och hälsa'], to: ['Mål', 'utan målområde'] })])
  })

  it('reports an indicator moved to a goal in another area as moved between the goals', () => {
    const after = copy(withAreas())
    after.goals![1]!.indicatorTables = after.goals![0]!.indicatorTables!.splice(0, 1)
    expect(diffPlans(snapshot(withAreas()), snapshot(after)).changes).toEqual([
      expect.objectContaining({
        kind: 'moved',
        area: 'indicators',
        from: ['Mål', 'Vård, stöd och omsorg med kvalitet (SN)'],
        to: ['Mål', 'Kommunen ska säkerställa en långsiktig ekonomi i balans (alla nämnder)'],
      }),
    ])
  })

  it('says so in the text report', async () => {
    const { renderText } = await import('../../src/diff/report/render-text.js')
    const after = copy(withAreas())
    after.goals![1]!.area = 'Omsorg och hälsa'
    expect(renderText(diffPlans(snapshot(withAreas()), snapshot(after)))).toContain('flyttad från Mål › Ekonomi och organisation till Mål › Omsorg och hälsa')
  })
})
