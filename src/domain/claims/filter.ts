import { claimStatusSchema, type Claim, type ClaimStatus } from './schema'

/** The statuses in the order a reader should meet them: the strongest finding first. */
export const CLAIM_STATUSES: readonly ClaimStatus[] = claimStatusSchema.options

/** Reads a status from the URL; anything else means "all". */
export function parseClaimStatus(value: string | null): ClaimStatus | null {
  return CLAIM_STATUSES.find((s) => s === value) ?? null
}

/** How many claims have each status, for the filter's labels. */
export function countByStatus(claims: Claim[]): Record<ClaimStatus, number> {
  const counts = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>
  for (const claim of claims) counts[claim.status] += 1
  return counts
}

/** Claims with the given status (all when null), strongest status first, then oldest first. */
export function filterClaims(claims: Claim[], status: ClaimStatus | null): Claim[] {
  const rank = (c: Claim) => CLAIM_STATUSES.indexOf(c.status)
  return claims
    .filter((c) => status === null || c.status === status)
    .sort((a, b) => rank(a) - rank(b) || a.statedOn.localeCompare(b.statedOn))
}
