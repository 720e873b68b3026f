/**
 * Is this file a CSV? Checked on its first bytes, before the whole file is read, so that a PDF
 * statement or an Excel workbook gets a message that says what it is.
 */

/** Files larger than this are refused before they are read into memory. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024

/** Pasted text longer than this is refused before it is put in the page (larger exports: choose the file). */
export const MAX_PASTE_CHARS = 2_000_000

/** Refuses pasted text by its length alone, with the limit stated. */
export function checkPastedText(chars: number): string | null {
  if (chars <= MAX_PASTE_CHARS) return null
  return `The pasted text is ${(chars / 1_000_000).toFixed(1)} million characters; the limit for pasted text is ${MAX_PASTE_CHARS / 1_000_000} million. Choose the file instead (files up to ${MAX_FILE_BYTES / 1024 / 1024} MB).`
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be'

export type SniffResult = { ok: true; encoding: Encoding } | { ok: false; error: string }

/**
 * UTF-16 without a byte-order mark: text in Latin script has a zero byte in every other position
 * (the high byte), odd positions for little-endian, even ones for big-endian.
 */
function utf16WithoutBom(head: Uint8Array): Encoding | null {
  if (head.length < 8) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < head.length; i += 1) {
    if (head[i] !== 0) continue
    if (i % 2 === 0) evenZeros += 1
    else oddZeros += 1
  }
  const half = head.length / 2
  if (oddZeros > half * 0.6 && evenZeros < half * 0.05) return 'utf-16le'
  if (evenZeros > half * 0.6 && oddZeros < half * 0.05) return 'utf-16be'
  return null
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b)
}

/** Refuses a file by size alone, with the limit stated. */
export function checkFileSize(bytes: number): string | null {
  if (bytes === 0) return 'The file is empty: it has no rows to read.'
  if (bytes > MAX_FILE_BYTES)
    return `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB. Export fewer accounts or remove columns you do not need, and try again.`
  return null
}

/** Looks at the first bytes (a few kB) for the signatures of files that are not text. */
export function sniffBytes(head: Uint8Array): SniffResult {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46]))
    return { ok: false, error: 'This is a PDF, not a CSV. Download your positions as CSV from your broker’s website.' }
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]))
    return {
      ok: false,
      error:
        'This looks like an Excel workbook (.xlsx) or a zip archive, not a CSV. In Excel, use File › Save As › CSV UTF-8.',
    }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0]))
    return {
      ok: false,
      error: 'This is an old Excel workbook (.xls), not a CSV. In Excel, use File › Save As › CSV UTF-8.',
    }
  if (startsWith(head, [0xff, 0xfe])) return { ok: true, encoding: 'utf-16le' }
  if (startsWith(head, [0xfe, 0xff])) return { ok: true, encoding: 'utf-16be' }
  const utf16 = utf16WithoutBom(head)
  if (utf16) return { ok: true, encoding: utf16 }
  let control = 0
  for (const b of head) {
    if (b === 0) return { ok: false, error: 'This file is not a CSV: it contains binary data (NUL bytes).' }
    if (b < 9 || (b > 13 && b < 32)) control += 1
  }
  if (head.length > 0 && control / head.length > 0.05)
    return { ok: false, error: 'This file is not a CSV: it contains binary data.' }
  return { ok: true, encoding: 'utf-8' }
}

/**
 * Decodes the whole file once it has passed the checks. A file that is not valid UTF-8 is read as
 * Windows-1252, the encoding Excel on Windows writes for "CSV (Comma delimited)": "Société" stays
 * "Société" instead of "Soci\uFFFDt\uFFFD".
 */
export function decodeBytes(bytes: Uint8Array, encoding: Encoding): string {
  if (encoding !== 'utf-8') return new TextDecoder(encoding).decode(bytes)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}
