import { describe, expect, it } from 'vitest'
import type { Assessment } from '../../domain/checklist/schema'
import { weightsNotice } from './weightsNotice'

const base: Assessment = {
  id: 'a',
  name: 'Q4',
  companyId: 'palantir',
  templateId: 'hrdd-investor',
  templateVersion: 1,
  createdAt: 0,
  updatedAt: 0,
  answers: {},
  notes: {},
}

describe('weightsNotice', () => {
  it('says an imported assessment keeps the committee weights it was made with', () => {
    const weighted = { ...base, weights: { sections: { B: 2 }, items: {}, bands: {} } }
    expect(weightsNotice(weighted)).toBe(
      ' It was made with committee weights (not the published defaults) and keeps them; see “Committee weights”.',
    )
    expect(weightsNotice(weighted, 'carries')).toBe(
      ' It carries this assessment’s committee weights (not the published defaults).',
    )
  })

  it('says nothing for an assessment on the published defaults', () => {
    expect(weightsNotice(base)).toBe('')
  })
})
