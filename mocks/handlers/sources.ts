import { sources } from '../data/sources'
import { getRoute } from './respond'

export const sourceHandlers = [getRoute('sources', '/api/sources', () => sources)]
