import { arrestHandlers } from './arrests'
import { checklistHandlers } from './checklists'
import { claimHandlers } from './claims'
import { companyHandlers } from './companies'
import { contractHandlers } from './contracts'
import { engagementHandlers } from './engagement'
import { fundHandlers } from './funds'
import { sourceHandlers } from './sources'
import { timelineHandlers } from './timeline'

export const handlers = [
  ...sourceHandlers,
  ...companyHandlers,
  ...contractHandlers,
  ...arrestHandlers,
  ...claimHandlers,
  ...timelineHandlers,
  ...engagementHandlers,
  ...checklistHandlers,
  ...fundHandlers,
]
