import { parseAssessmentFile, toAssessmentFile, type ParsedAssessmentFile } from '../../domain/checklist/assessmentFile'
import type { Assessment } from '../../domain/checklist/schema'

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/')
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

/** A share token longer than this (about 48 kB of compressed assessment) is refused before it is read. */
export const MAX_SHARE_TOKEN_CHARS = 64_000
/** A shared assessment that inflates past this is refused as it inflates: no assessment needs more. */
export const MAX_SHARE_INFLATED_BYTES = 2_000_000

class TooLargeError extends Error {}

/** Inflates, counting bytes as they come and cancelling the stream the moment the limit is passed. */
async function inflateWithLimit(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
  const body = new Response(bytes as BodyInit).body
  if (!body) throw new Error('no stream')
  const reader = body.pipeThrough(new DecompressionStream('deflate-raw')).getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit) {
      await reader.cancel()
      throw new TooLargeError()
    }
    chunks.push(value)
  }
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const body = new Response(bytes as BodyInit).body
  if (!body) throw new Error('no stream')
  const stream = body.pipeThrough(transform)
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** The assessment as a URL-safe token: its export file, deflated with the browser's own CompressionStream. */
export async function encodeShareToken(assessment: Assessment, exportedAt: string): Promise<string> {
  const json = JSON.stringify(toAssessmentFile(assessment, exportedAt))
  return toBase64Url(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')))
}

/**
 * Reads a share token back; a damaged or oversized token gives a message, never a half-read
 * assessment. Limits: the token's length before anything is decoded, and the inflated size while
 * inflating (the stream is cancelled at the limit, so a "zip bomb" never fills memory).
 */
export async function decodeShareToken(token: string): Promise<ParsedAssessmentFile> {
  if (token.length > MAX_SHARE_TOKEN_CHARS)
    return {
      ok: false,
      message: `This share link is too long (${token.length.toLocaleString('en-GB')} characters; the limit is ${MAX_SHARE_TOKEN_CHARS.toLocaleString('en-GB')}). Share the assessment as a JSON file instead.`,
    }
  let text: string
  try {
    text = new TextDecoder().decode(await inflateWithLimit(fromBase64Url(token), MAX_SHARE_INFLATED_BYTES))
  } catch (error) {
    if (error instanceof TooLargeError)
      return {
        ok: false,
        message: `This share link unpacks to more than ${MAX_SHARE_INFLATED_BYTES / 1_000_000} MB, the limit for a shared assessment, so it was not opened.`,
      }
    return { ok: false, message: 'This share link is damaged or incomplete: it could not be unpacked.' }
  }
  return parseAssessmentFile(text)
}

/**
 * The link that opens the assessment as a copy in another browser. The token travels in the
 * fragment (`#share=`), which the browser never sends to a server: no request line carries the
 * assessment, and no server refuses a long link before the app can speak.
 */
export function shareUrl(origin: string, token: string): string {
  return `${origin}/checklist#share=${token}`
}

/** The share token of a link: `#share=` (current links) or `?share=` (links made before). */
export function shareTokenOf(search: string, hash: string): string | null {
  const fromHash = new URLSearchParams(hash.replace(/^#/, '')).get('share')
  return fromHash || new URLSearchParams(search).get('share') || null
}
