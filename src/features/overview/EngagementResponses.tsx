import { useQuery } from '@tanstack/react-query'
import { companyQueries } from '../../api/companies'
import { responseRate, responseRateText } from '../../domain/engagement/responses'
import { useResponses } from '../../stores/engagement/store'

/**
 * The company's response rate from the engagement log (see the Engagement view). Its own chunk:
 * the engagement store (its schema, zod and the cross-tab sync) loads beside the Overview's figures,
 * not in the first route's bytes.
 */
export function EngagementResponses({ companyId }: { companyId: string }) {
  const responses = useResponses(companyId)
  const company = useQuery(companyQueries.detail(companyId))
  return <p>{responseRateText(company.data?.name ?? 'The company', responseRate(responses))}</p>
}
