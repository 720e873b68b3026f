// The schemas the Overview's requests parse with, in one chunk (with zod) that the first requests
// load while they are on their way: the first paint and React's first render do not wait for zod,
// and one chunk instead of one per schema. Import it only as `import('./firstViewSchemas')`.
export { arrestStatListSchema } from '../domain/arrests/schema'
export { claimListSchema } from '../domain/claims/schema'
export { companySchema } from '../domain/company/schema'
export { contractsResponseSchema } from '../domain/contracts/schema'
export { operationListSchema } from '../domain/operations/schema'
export { sourceListSchema } from '../domain/sources/schema'
export { timelineSchema } from '../domain/timeline/schema'
