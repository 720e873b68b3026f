import { caseCompanyId } from '../domain/case/case'
import { useSearchParam } from './router'

/**
 * The company every view shows: `?company=<id>` in the URL (kept by in-app links, so it can be
 * bookmarked and shared), else the default case's. Views take it from here, never a constant.
 */
export function useCaseCompanyId(): string {
  return caseCompanyId(useSearchParam('company')[0])
}
