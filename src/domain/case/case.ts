/**
 * The case the dashboard opens on when the URL names no company (`?company=`): Palantir
 * Technologies and ICE, assessed against the Investor Alliance's human-rights due-diligence
 * checklist. The only place the app names a company; every other id comes from the data layer.
 */
export const DEFAULT_CASE = { companyId: 'palantir', checklistTemplateId: 'hrdd-investor' } as const

const COMPANY_ID = /^[a-z0-9][a-z0-9-]{0,63}$/

/** The company a `?company=` value names, or the default case's when it is missing or not an id. */
export function caseCompanyId(param: string | null): string {
  return param !== null && COMPANY_ID.test(param) ? param : DEFAULT_CASE.companyId
}
