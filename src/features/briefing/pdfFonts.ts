import type { jsPDF } from 'jspdf'
import type { EmbeddedFont } from '../../domain/pdfText/scripts'
import cjkRegular from './fonts/DroidSansFallback-CJK.ttf?url'
import notoBold from './fonts/NotoSans-Bold.ttf?url'
import notoItalic from './fonts/NotoSans-Italic.ttf?url'
import notoRegular from './fonts/NotoSans-Regular.ttf?url'
import arabicBold from './fonts/NotoSansArabic-Bold.ttf?url'
import arabicRegular from './fonts/NotoSansArabic-Regular.ttf?url'
import hebrewBold from './fonts/NotoSansHebrew-Bold.ttf?url'
import hebrewRegular from './fonts/NotoSansHebrew-Regular.ttf?url'

/*
 * The TrueType files the briefing PDF embeds when its text goes beyond the standard fonts
 * (see src/domain/pdfText/scripts.ts and scripts/pdf-fonts/build.py). Each is a build asset of
 * the app, fetched from its own origin only when a text needs it and kept for later exports.
 * jsPDF embeds only the glyphs a document uses.
 */

export type FontStyle = 'normal' | 'bold' | 'italic'

/** The jsPDF family of each embedded font, and a file per style it has (others fall back to normal). */
export const PDF_FONT_FILES: Record<EmbeddedFont, { family: string; files: Partial<Record<FontStyle, string>> }> = {
  base: { family: 'NotoSans', files: { normal: notoRegular, bold: notoBold, italic: notoItalic } },
  arabic: { family: 'NotoSansArabic', files: { normal: arabicRegular, bold: arabicBold } },
  hebrew: { family: 'NotoSansHebrew', files: { normal: hebrewRegular, bold: hebrewBold } },
  cjk: { family: 'DroidSansFallback', files: { normal: cjkRegular } },
}

/** One font file, read as the binary string jsPDF's virtual file system takes. */
export interface LoadedFont {
  font: EmbeddedFont
  family: string
  style: FontStyle
  name: string
  data: string
}

const cache = new Map<string, Promise<string>>()

async function fetchBinary(url: string): Promise<string> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`The font file ${url} could not be loaded (HTTP ${response.status}).`)
  const bytes = new Uint8Array(await response.arrayBuffer())
  let out = ''
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return out
}

/** Fetches (once per session) the files of the fonts a document needs. */
export async function loadPdfFonts(fonts: readonly EmbeddedFont[]): Promise<LoadedFont[]> {
  const wanted = fonts.flatMap((font) =>
    Object.entries(PDF_FONT_FILES[font].files).map(([style, url]) => ({
      font,
      family: PDF_FONT_FILES[font].family,
      style: style as FontStyle,
      url,
    })),
  )
  return Promise.all(
    wanted.map(async ({ url, ...rest }) => {
      let data = cache.get(url)
      if (!data) {
        data = fetchBinary(url)
        cache.set(url, data)
        data.catch(() => cache.delete(url)) // a failed fetch is tried again on the next export
      }
      return { ...rest, name: `${rest.family}-${rest.style}.ttf`, data: await data }
    }),
  )
}

/** Makes the loaded fonts available to one document. */
export function registerPdfFonts(doc: jsPDF, fonts: readonly LoadedFont[]): void {
  for (const f of fonts) {
    doc.addFileToVFS(f.name, f.data)
    doc.addFont(f.name, f.family, f.style) // Identity-H: jsPDF's Unicode encoding for TrueType
  }
}
