import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

/** What a person (or a committee's tooling) can read off an exported PDF, via poppler and qpdf. */
export function inspectPdf(path: string) {
  const bytes = readFileSync(path)
  const qpdfCheck = (() => {
    try {
      return { ok: true, output: execFileSync('qpdf', ['--check', path], { encoding: 'utf8' }) }
    } catch (error) {
      return { ok: false, output: String((error as { stdout?: string }).stdout ?? error) }
    }
  })()
  // -raw keeps the order the text was written in, so a table cell reads as one phrase.
  const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' })
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  // Link annotations: uncompress the file's objects and read the /URI entries.
  const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', path, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  }).toString('latin1')
  const uris = [...qdf.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1])
  return { header: bytes.subarray(0, 5).toString('latin1'), size: bytes.length, qpdfCheck, text, info, uris }
}
