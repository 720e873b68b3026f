import { CJK_COVERAGE, FONT_COVERAGE } from './coverage'

/**
 * Which font can show each character of a text in the briefing PDF. The standard PDF fonts
 * (Helvetica) show Windows-1252 only; past that the PDF embeds Noto Sans (Latin Extended, Greek,
 * Cyrillic), and, only when the text has them, Noto Sans Arabic, Noto Sans Hebrew and a subset
 * of Droid Sans Fallback for common Chinese, Japanese and Korean. What none of them covers (emoji,
 * other scripts, rare ideographs) is shown as a visible code, and listed before export.
 */

/** A font file family the PDF can embed; `standard` is Helvetica, which needs no file. */
export type PdfFont = 'standard' | 'base' | 'arabic' | 'hebrew' | 'cjk'

/** The fonts loaded on demand, in the order a character is looked up in them. */
export const EMBEDDED_FONTS = ['base', 'arabic', 'hebrew', 'cjk'] as const
export type EmbeddedFont = (typeof EMBEDDED_FONTS)[number]

/** Characters Helvetica in jsPDF shows as they are (the set the PDF used before fonts were embedded). */
const STANDARD = /^[\u0020-\u00ff\n\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]*$/

/**
 * Symbols from the app's own wording that no embedded font has either: written the way a reader
 * would type them, in every font, so Latin-1 documents stay as they were.
 */
export function asciiSymbols(text: string): string {
  return text
    .replace(/[\u2010-\u2012\u2212]/g, '-')
    .replace(/\u2192/g, '->')
    .replace(/\u2265/g, '>=')
    .replace(/\u2264/g, '<=')
}

/**
 * Invisible presentation hints (variation selectors, the zero-width joiner of emoji sequences)
 * that no PDF font draws: dropped, since the character they modify is reported on its own.
 */
const IGNORABLE = /[\uFE00-\uFE0F\u200D]|\uDB40[\uDD00-\uDDEF]/g

/** Canonical composition (e + combining acute -> é) so precomposed glyphs are used, then the symbols above. */
export function normalizePdfText(text: string): string {
  return asciiSymbols(text.normalize('NFC').replace(IGNORABLE, '').replace(/\t/g, ' '))
}

/** True when the standard fonts show every character of a normalized text. */
export function isStandardText(text: string): boolean {
  return STANDARD.test(text)
}

function inRanges(ranges: readonly number[], cp: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) {
    if (cp < (ranges[i] ?? 0)) return false
    if (cp <= (ranges[i + 1] ?? -1)) return true
  }
  return false
}

let cjkBits: Uint8Array | null = null
function inCjk(cp: number): boolean {
  if (cp < CJK_COVERAGE.start || cp > CJK_COVERAGE.end) return false
  cjkBits ??= Uint8Array.from(atob(CJK_COVERAGE.bitmap), (c) => c.charCodeAt(0))
  const i = cp - CJK_COVERAGE.start
  return ((cjkBits[i >> 3] ?? 0) & (1 << (i & 7))) !== 0
}

/**
 * The embedded font that shows a code point, or null when none does. Characters outside the
 * Basic Multilingual Plane (emoji, rare ideographs) never have one: jsPDF encodes text by UTF-16
 * unit.
 */
export function fontFor(cp: number): EmbeddedFont | null {
  if (cp === 0x0a) return 'base'
  if (inRanges(FONT_COVERAGE.base, cp)) return 'base'
  if (inRanges(FONT_COVERAGE.arabic, cp)) return 'arabic'
  if (inRanges(FONT_COVERAGE.hebrew, cp)) return 'hebrew'
  if (inCjk(cp)) return 'cjk'
  return null
}

/** How a character no font can show appears in the PDF: its code, visibly, never a silent "?". */
export function replacementFor(cp: number): string {
  return `[U+${cp.toString(16).toUpperCase().padStart(4, '0')}]`
}

/** A character the PDF cannot show. */
export interface UnshownChar {
  char: string
  /** "U+1F600" */
  code: string
}

/** What a text needs in the PDF: the fonts, the text as it will be written, and what it cannot show. */
export interface TextPlan {
  /** The normalized text with each unshown character replaced by its code. */
  text: string
  fonts: Set<EmbeddedFont>
  unshown: UnshownChar[]
}

/** Plans one text: standard texts need no font and come back as they were normalized. */
export function planText(raw: string): TextPlan {
  const text = normalizePdfText(raw)
  const fonts = new Set<EmbeddedFont>()
  const unshown: UnshownChar[] = []
  if (isStandardText(text)) return { text, fonts, unshown }
  let out = ''
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0
    const font = fontFor(cp)
    if (font) {
      fonts.add(font)
      out += char
    } else {
      const replacement = replacementFor(cp)
      if (!unshown.some((u) => u.char === char)) unshown.push({ char, code: replacement.slice(1, -1) })
      out += replacement
    }
  }
  // Embedded fonts need the base font for spaces, digits and punctuation around other scripts.
  fonts.add('base')
  return { text: out, fonts, unshown }
}

/** A character the PDF cannot show, with every place it occurs. */
export interface UnshownReport extends UnshownChar {
  where: string[]
}

/** Everything a set of texts needs: fonts to load, and what the PDF will still not show, with where. */
export function planTexts(texts: readonly { where: string; text: string }[]): {
  fonts: Set<EmbeddedFont>
  unshown: UnshownReport[]
} {
  const fonts = new Set<EmbeddedFont>()
  const byChar = new Map<string, UnshownReport>()
  for (const { where, text } of texts) {
    const plan = planText(text)
    plan.fonts.forEach((f) => fonts.add(f))
    for (const u of plan.unshown) {
      const report = byChar.get(u.char) ?? { ...u, where: [] }
      if (!report.where.includes(where)) report.where.push(where)
      byChar.set(u.char, report)
    }
  }
  return { fonts, unshown: [...byChar.values()] }
}

/** Right-to-left characters (Hebrew, Arabic and their presentation forms): the line needs reordering. */
export function hasRightToLeft(text: string): boolean {
  return /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(text)
}
