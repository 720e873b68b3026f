import { describe, expect, it } from 'vitest'
import { caseCompanyId, DEFAULT_CASE } from './case'

describe('caseCompanyId', () => {
  it.each([
    [null, DEFAULT_CASE.companyId],
    ['', DEFAULT_CASE.companyId],
    ['northwind-analytics', 'northwind-analytics'],
    ['../api', DEFAULT_CASE.companyId],
    ['Palantir', DEFAULT_CASE.companyId],
    ['a'.repeat(65), DEFAULT_CASE.companyId],
  ])('reads ?company=%s as %s', (param, expected) => {
    expect(caseCompanyId(param)).toBe(expected)
  })
})
