import { setupServer } from 'msw/node'
import { handlers } from './handlers'

/** The same handlers for Vitest. Tests override endpoints with server.use(...). */
export const server = setupServer(...handlers)
