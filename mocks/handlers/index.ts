import { claimHandlers } from './claims'
import { companyHandlers } from './companies'
import { contractHandlers } from './contracts'
import { enforcementHandlers } from './enforcement'
import { fundHandlers } from './funds'
import { sourceHandlers } from './sources'
import { timelineHandlers } from './timeline'

export const handlers = [
  ...sourceHandlers,
  ...companyHandlers,
  ...contractHandlers,
  ...enforcementHandlers,
  ...claimHandlers,
  ...timelineHandlers,
  ...fundHandlers,
]
