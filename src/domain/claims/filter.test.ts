import { describe, expect, it } from 'vitest'
import { claims } from '../../../mocks/data/claims'
import { countByStatus, filterClaims, parseClaimStatus } from './filter'

describe('claims filtering', () => {
  it('counts the claims of each status', () => {
    expect(countByStatus(claims)).toEqual({
      'contradicted by records': 2,
      disputed: 5,
      unverified: 2,
      acknowledged: 1,
    })
  })
  it('keeps only the chosen status and puts records-contradicted claims first when showing all', () => {
    expect(filterClaims(claims, 'unverified').map((c) => c.id)).toEqual(['no-detention-role', 'privacy-team'])
    expect(
      filterClaims(claims, null)
        .slice(0, 2)
        .map((c) => c.id),
    ).toEqual(['no-ero-work', 'no-software-to-ero'])
  })
  it('treats an unknown status in the URL as all', () => {
    expect(parseClaimStatus('bogus')).toBeNull()
    expect(parseClaimStatus('disputed')).toBe('disputed')
  })
})
