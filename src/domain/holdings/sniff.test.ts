import { describe, expect, it } from 'vitest'
import { checkFileSize, checkPastedText, decodeBytes, MAX_PASTE_CHARS, sniffBytes } from './sniff'

const bytes = (s: string) => new TextEncoder().encode(s)

describe('checkFileSize', () => {
  it('refuses a 50 MB file and states the 20 MB limit', () => {
    expect(checkFileSize(50 * 1024 * 1024)).toBe(
      'The file is 50.0 MB; the limit is 20 MB. Export fewer accounts or remove columns you do not need, and try again.',
    )
  })
  it('refuses an empty file and accepts a small one', () => {
    expect(checkFileSize(0)).toBe('The file is empty: it has no rows to read.')
    expect(checkFileSize(1024)).toBeNull()
  })
})

describe('sniffBytes', () => {
  it.each([
    ['a PDF', bytes('%PDF-1.7\n'), /This is a PDF/],
    ['an XLSX workbook', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]), /Excel workbook \(\.xlsx\)/],
    ['an XLS workbook', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), /old Excel workbook/],
    ['binary with NUL bytes', new Uint8Array([0x41, 0x00, 0x42]), /NUL bytes/],
  ])('refuses %s with its own message', (_name, head, message) => {
    const r = sniffBytes(head)
    expect(r.ok ? 'accepted' : r.error).toMatch(message)
  })

  it('accepts UTF-8 text with a byte-order mark, and UTF-16 by its mark', () => {
    expect(sniffBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x2c, 0x42]))).toEqual({ ok: true, encoding: 'utf-8' })
    expect(sniffBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toEqual({ ok: true, encoding: 'utf-16le' })
  })

  it('decodes UTF-16 little-endian text', () => {
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x2c, 0x00]), 'utf-16le')).toBe('A,')
  })

  it.each([
    ['little-endian', 'utf-16le', (c: number) => [c, 0]],
    ['big-endian', 'utf-16be', (c: number) => [0, c]],
  ] as const)('recognises UTF-16 %s without a byte-order mark and decodes it', (_name, encoding, pair) => {
    const text = 'Symbol,Quantity\nPLTR,150\n'
    const head = new Uint8Array([...text].flatMap((ch) => pair(ch.charCodeAt(0))))
    expect(sniffBytes(head)).toEqual({ ok: true, encoding })
    expect(decodeBytes(head, encoding)).toBe(text)
  })

  it('reads a Windows-1252 file (Excel’s "CSV (Comma delimited)") without replacement characters', () => {
    // "Société Générale" in Windows-1252: é is the single byte 0xE9.
    const cp1252 = new Uint8Array([...'Soci\u00e9t\u00e9 G\u00e9n\u00e9rale,1'].map((c) => c.charCodeAt(0)))
    expect(sniffBytes(cp1252)).toEqual({ ok: true, encoding: 'utf-8' })
    expect(decodeBytes(cp1252, 'utf-8')).toBe('Société Générale,1')
    expect(decodeBytes(bytes('Société,1'), 'utf-8')).toBe('Société,1')
  })
})

describe('checkPastedText', () => {
  it('accepts text up to the limit and refuses 25 million characters, naming the limit', () => {
    expect(checkPastedText(MAX_PASTE_CHARS)).toBeNull()
    expect(checkPastedText(25_000_000)).toBe(
      'The pasted text is 25.0 million characters; the limit for pasted text is 2 million. Choose the file instead (files up to 20 MB).',
    )
  })
})
