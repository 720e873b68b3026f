import { engagementTemplates } from '../data/engagement'
import { getRoute } from './respond'

export const engagementHandlers = [getRoute('engagement', '/api/engagement-templates', () => engagementTemplates)]
