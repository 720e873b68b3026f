import { arrestStats } from '../data/arrests'
import { operations } from '../data/operations'
import { getRoute } from './respond'

export const arrestHandlers = [
  getRoute('arrests', '/api/arrests', () => arrestStats),
  getRoute('operations', '/api/operations', () => operations),
]
