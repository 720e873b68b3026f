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

/** Reads a share token back; a damaged token gives a message, never a half-read assessment. */
export async function decodeShareToken(token: string): Promise<ParsedAssessmentFile> {
  let text: string
  try {
    text = new TextDecoder().decode(await pipe(fromBase64Url(token), new DecompressionStream('deflate-raw')))
  } catch {
    return { ok: false, message: 'This share link is damaged or incomplete: it could not be unpacked.' }
  }
  return parseAssessmentFile(text)
}

/** The link that opens the assessment as a copy in another browser. */
export function shareUrl(origin: string, token: string): string {
  return `${origin}/checklist?share=${token}`
}
