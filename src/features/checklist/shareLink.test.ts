import { describe, expect, it } from 'vitest'
import type { Assessment } from '../../domain/checklist/schema'
import { decodeShareToken, encodeShareToken, shareUrl } from './shareLink'

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
    expect(shareUrl('https://example.org', token)).toBe(`https://example.org/checklist?share=${token}`)
    expect(await decodeShareToken(token)).toEqual({ ok: true, assessment })
  })

  it('say a damaged link is damaged', async () => {
    const token = await encodeShareToken(assessment, 'x')
    expect(await decodeShareToken(token.slice(0, 20))).toEqual({
      ok: false,
      message: 'This share link is damaged or incomplete: it could not be unpacked.',
    })
  })
})
