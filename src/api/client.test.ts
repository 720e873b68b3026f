import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { server } from '../../mocks/node'
import { ApiError, getJson, shouldRetry } from './client'

const schema = z.object({ name: z.string() })

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ApiError) return error
    throw error
  }
  throw new Error('expected the request to fail')
}

describe('getJson', () => {
  it('returns the parsed body', async () => {
    server.use(http.get('/api/thing', () => HttpResponse.json({ name: 'ICM' })))
    await expect(getJson('/api/thing', schema)).resolves.toEqual({ name: 'ICM' })
  })

  it('raises a network error when the service cannot be reached', async () => {
    server.use(http.get('/api/thing', () => HttpResponse.error()))
    const error = await failure(getJson('/api/thing', schema))
    expect(error.kind).toBe('network')
    expect(error.message).toMatch(/could not be reached/)
  })

  it('raises an HTTP error with the status', async () => {
    server.use(http.get('/api/thing', () => HttpResponse.json({ message: 'down' }, { status: 503 })))
    const error = await failure(getJson('/api/thing', schema))
    expect(error).toMatchObject({ kind: 'http', status: 503 })
    expect(error.message).toContain('HTTP 503')
  })

  it('raises a shape error naming the field when the body does not match the schema', async () => {
    server.use(http.get('/api/thing', () => HttpResponse.json({ name: 42 })))
    const error = await failure(getJson('/api/thing', schema))
    expect(error.kind).toBe('shape')
    expect(error.message).toContain('name')
  })

  it('raises a shape error when the body is not JSON', async () => {
    server.use(http.get('/api/thing', () => new HttpResponse('<html>', { headers: { 'Content-Type': 'text/html' } })))
    const error = await failure(getJson('/api/thing', schema))
    expect(error.kind).toBe('shape')
  })

  it('gives up on a slow service with a timeout error', async () => {
    server.use(
      http.get('/api/thing', async () => {
        await delay(500)
        return HttpResponse.json({ name: 'late' })
      }),
    )
    const error = await failure(getJson('/api/thing', schema, { timeoutMs: 50 }))
    expect(error.kind).toBe('timeout')
  })
})

describe('shouldRetry', () => {
  it('retries a server error once but never a bad shape or a 404', () => {
    expect(shouldRetry(0, new ApiError('http', '/x', 'down', 500))).toBe(true)
    expect(shouldRetry(1, new ApiError('http', '/x', 'down', 500))).toBe(false)
    expect(shouldRetry(0, new ApiError('http', '/x', 'missing', 404))).toBe(false)
    expect(shouldRetry(0, new ApiError('shape', '/x', 'bad'))).toBe(false)
  })
})
