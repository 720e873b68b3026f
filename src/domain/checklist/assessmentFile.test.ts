import { describe, expect, it } from 'vitest'
import { checkAssessmentFileSize, parseAssessmentFile, toAssessmentFile } from './assessmentFile'
import type { Assessment } from './schema'

const assessment: Assessment = {
  id: 'a1',
  name: 'Palantir, base case',
  companyId: 'palantir',
  templateId: 'hrdd-investor',
  templateVersion: 1,
  createdAt: 1,
  updatedAt: 2,
  answers: { A1: { value: 'yes', answeredAt: 2 } },
  notes: { A1: 'HSI contracts since 2011' },
}

describe('assessment files', () => {
  it('reads back what it exports', () => {
    const text = JSON.stringify(toAssessmentFile(assessment, '2026-11-23T12:00:00.000Z'))
    expect(parseAssessmentFile(text)).toEqual({ ok: true, assessment })
  })

  it('keeps the committee weights, and says in words which weights were used', () => {
    const weighted = { ...assessment, weights: { sections: { B: 2 }, items: { A1: 5 }, bands: { severe: 50 } } }
    const file = toAssessmentFile(
      weighted,
      '2026-12-02T09:00:00.000Z',
      'Weights: committee weights, not the published defaults.',
    )
    expect(file.weightsUsed).toBe('Weights: committee weights, not the published defaults.')
    expect(parseAssessmentFile(JSON.stringify(file))).toEqual({ ok: true, assessment: weighted })
  })

  it('reads a version 1 file, made before weights could be changed', () => {
    const v1 = { format: 'rights-exposure-dashboard/assessment', formatVersion: 1, assessment }
    expect(parseAssessmentFile(JSON.stringify(v1))).toEqual({ ok: true, assessment })
  })

  it.each([
    ['{not json', 'This file is not valid JSON, so it cannot be an exported assessment.'],
    ['[1, 2]', 'This file is JSON but not an exported assessment (expected an object).'],
    ['{"holdings": []}', 'This file is not an assessment exported by this dashboard (its "format" is missing).'],
    [
      '{"format": "something-else"}',
      'This file is not an assessment exported by this dashboard (its "format" is "something-else").',
    ],
    [
      '{"format": "rights-exposure-dashboard/assessment", "formatVersion": 9}',
      'This file was exported by a newer version of the dashboard (file version 9; this one reads up to 2).',
    ],
  ])('refuses %s with a specific message', (text, message) => {
    expect(parseAssessmentFile(text)).toEqual({ ok: false, message })
  })

  it('names the damaged field of an incomplete file', () => {
    const broken = toAssessmentFile({ ...assessment, answers: { A1: { value: 'maybe' as 'yes', answeredAt: 1 } } }, 'x')
    const result = parseAssessmentFile(JSON.stringify(broken))
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.message).toMatch(
      /^This assessment file is damaged or incomplete \(assessment\.answers\.A1\.value: /,
    )
  })
})

describe('checkAssessmentFileSize', () => {
  it.each([
    [1_000, null],
    [5_000_000, null],
    [50_000_000, 'The file is 50.0 MB; the limit for an assessment file is 5 MB.'],
  ])('a file of %d bytes: %s', (bytes, message) => {
    expect(checkAssessmentFileSize(bytes)).toBe(message)
  })
})
