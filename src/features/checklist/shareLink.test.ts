import { describe, expect, it } from 'vitest'
import type { Assessment } from '../../domain/checklist/schema'
import {
  decodeShareToken,
  encodeShareToken,
  MAX_SHARE_INFLATED_BYTES,
  MAX_SHARE_TOKEN_CHARS,
  shareTokenOf,
  shareUrl,
} from './shareLink'

/** A token made of any bytes, deflated as the app does. */
async function tokenOf(bytes: Uint8Array): Promise<string> {
  const body = new Response(bytes as BodyInit).body!.pipeThrough(new CompressionStream('deflate-raw'))
  const packed = new Uint8Array(await new Response(body).arrayBuffer())
  let binary = ''
  for (const b of packed) binary += String.fromCharCode(b)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

const assessment: Assessment = {
  id: 'a1',
  name: 'Palantir, base case',
  companyId: 'palantir',
  templateId: 'hrdd-investor',
  templateVersion: 1,
  createdAt: 1,
  updatedAt: 2,
  answers: { A1: { value: 'yes', answeredAt: 2 }, C12: { value: 'no', answeredAt: 2 } },
  notes: { C12: 'Amnesty, September 2020: not published' },
}

describe('share links', () => {
  it('carry the assessment compressed, URL-safe, and read it back', async () => {
    const token = await encodeShareToken(assessment, '2026-11-23T00:00:00.000Z')
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(shareUrl('https://example.org', token)).toBe(`https://example.org/checklist#share=${token}`)
    expect(await decodeShareToken(token)).toEqual({ ok: true, assessment })
  })

  it('say a damaged link is damaged', async () => {
    const token = await encodeShareToken(assessment, 'x')
    expect(await decodeShareToken(token.slice(0, 20))).toEqual({
      ok: false,
      message: 'This share link is damaged or incomplete: it could not be unpacked.',
    })
  })

  it.each([
    ['a link in the fragment', '', '#share=abc', 'abc'],
    ['an older link in the query string', '?share=old', '', 'old'],
    ['no link', '?assessment=x', '#D18', null],
  ])('finds the token of %s', (_what, search, hash, token) => {
    expect(shareTokenOf(search, hash)).toBe(token)
  })

  it('refuses a token over the length limit before unpacking it', async () => {
    const result = await decodeShareToken('a'.repeat(MAX_SHARE_TOKEN_CHARS + 1))
    expect(result).toEqual({
      ok: false,
      message:
        'This share link is too long (64,001 characters; the limit is 64,000). Share the assessment as a JSON file instead.',
    })
  })

  it('stops inflating at the size limit (a small link that unpacks to megabytes)', async () => {
    const token = await tokenOf(new Uint8Array(MAX_SHARE_INFLATED_BYTES * 20))
    expect(token.length).toBeLessThan(MAX_SHARE_TOKEN_CHARS)
    expect(await decodeShareToken(token)).toEqual({
      ok: false,
      message: 'This share link unpacks to more than 2 MB, the limit for a shared assessment, so it was not opened.',
    })
  })
})
