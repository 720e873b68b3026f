import { jsPDF } from 'jspdf'
import type { Bar, Block, BriefingDocument } from '../../domain/briefing/document'
import { citeText } from '../../domain/sources/cite'
import { formatCount, formatUsdMillions } from '../../domain/format/format'
import {
  fontFor,
  hasRightToLeft,
  isStandardText,
  normalizePdfText,
  planText,
  replacementFor,
  type EmbeddedFont,
} from '../../domain/pdfText/scripts'
import { registerPdfFonts, type FontStyle, type LoadedFont } from './pdfFonts'

/*
 * Renders the briefing document model to a PDF with jsPDF's standard Helvetica: real,
 * selectable text, vector bars drawn from the same rows as the screen, tables that break across
 * pages with their header repeated, page numbers, a running header, metadata and live links.
 * Loaded only when the user exports. A text with characters beyond the standard fonts' set is
 * written with the embedded fonts (loaded by the caller, see pdfFonts.ts): Noto Sans, falling
 * back per character to the Arabic, Hebrew or CJK font, Arabic shaped and right-to-left text
 * reordered by jsPDF's own Arabic parser and bidi engine.
 */

const PAGE = { width: 210, height: 297, margin: 18, top: 22, bottom: 20 }
const WIDTH = PAGE.width - PAGE.margin * 2
const INK: [number, number, number] = [27, 31, 36]
const MUTED: [number, number, number] = [74, 83, 96]

/** Standard PDF fonts cover Windows-1252 only: what falls outside it is shown as its code. */
function pdfText(text: string): string {
  return normalizePdfText(text).replace(
    /[^\u0020-\u00ff\n\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/gu,
    (c) => replacementFor(c.codePointAt(0) ?? 0),
  )
}

type Style = 'normal' | 'bold' | 'italic'

/** A line to draw, and whether it is written with the embedded fonts. */
interface Line {
  text: string
  embedded: boolean
}

/** Spaces, single CJK characters (a line may break beside each) and runs of anything else. */
const CJK_OR_SPACE =
  /\s+|[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+/g

interface BidiEngine {
  doBidiReorder(text: string): string
}
/** jsPDF's Unicode bidi engine (not in its type definitions). */
const BidiEngineCtor = (jsPDF as unknown as { __bidiEngine__?: new (options: object) => BidiEngine }).__bidiEngine__

interface PubSub {
  getTopics(): Record<string, Record<string, [unknown, boolean]>>
  unsubscribe(token: string): void
}

/**
 * jsPDF shapes Arabic in every text it writes (a "preProcessText" event). Lines written with the
 * embedded fonts are shaped once, before they are put in visual order: shaping them again in
 * visual order would join the wrong letters (lam and alef read backwards form a false ligature).
 */
function stopReshaping(doc: jsPDF): void {
  const events = (doc.internal as unknown as { events?: PubSub }).events
  const topic = events?.getTopics().preProcessText ?? {}
  for (const [token, [callback]] of Object.entries(topic)) {
    if (callback === doc.processArabic) events?.unsubscribe(token)
  }
}

/** Logical to visual order for one line, its base direction taken from its first strong letter. */
function toVisual(text: string): string {
  if (!BidiEngineCtor) return text
  const first = /[\p{L}]/u.exec(text)?.[0] ?? ''
  const engine = new BidiEngineCtor({
    isInputVisual: false,
    isOutputVisual: true,
    isInputRtl: hasRightToLeft(first),
    isOutputRtl: false,
    isSymmetricSwapping: true,
  })
  return engine.doBidiReorder(text)
}

class Writer {
  readonly doc: jsPDF
  y = PAGE.top
  private size = 10
  private style: Style = 'normal'
  /** The embedded fonts and the file of each style they have. */
  private readonly embedded = new Map<EmbeddedFont, Map<FontStyle, LoadedFont>>()
  /** Font files already added to this document: each is parsed and embedded only once it is used. */
  private readonly registered = new Set<LoadedFont>()

  constructor(
    private readonly model: BriefingDocument,
    fonts: readonly LoadedFont[] = [],
  ) {
    this.doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true })
    if (fonts.length) stopReshaping(this.doc)
    for (const f of fonts) this.embedded.set(f.font, (this.embedded.get(f.font) ?? new Map()).set(f.style, f))
  }

  private newPage(): void {
    this.doc.addPage()
    this.y = PAGE.top
  }

  /** Makes room for `height` mm, starting a page if needed. */
  ensure(height: number): void {
    if (this.y + height > PAGE.height - PAGE.bottom) this.newPage()
  }

  font(size: number, style: Style = 'normal', color = INK): void {
    this.size = size
    this.style = style
    this.doc.setFont('helvetica', style)
    this.doc.setFontSize(size)
    this.doc.setTextColor(...color)
  }

  /** Whether a text needs the embedded fonts (and they were loaded). */
  needsEmbedded(text: string): boolean {
    return this.embedded.size > 0 && !isStandardText(normalizePdfText(text))
  }

  lines(text: string, width: number, embedded = this.needsEmbedded(text)): Line[] {
    if (!embedded)
      return (this.doc.splitTextToSize(pdfText(text), width) as string[]).map((t) => ({ text: t, embedded }))
    return this.wrap(planText(text).text, width).map((t) => ({ text: t, embedded }))
  }

  /** Selects the embedded font for a run, in the current style where that font has it. */
  private runFont(font: EmbeddedFont): void {
    const styles = this.embedded.get(font) ?? this.embedded.get('base')
    const file = styles?.get(this.style) ?? styles?.get('normal')
    if (!file) return
    if (!this.registered.has(file)) {
      registerPdfFonts(this.doc, [file])
      this.registered.add(file)
    }
    this.doc.setFont(file.family, file.style)
  }

  /** Splits a text into runs of one font each: the base font wherever it has the character. */
  private runs(text: string): { font: EmbeddedFont; text: string }[] {
    const out: { font: EmbeddedFont; text: string }[] = []
    for (const char of text) {
      const found = fontFor(char.codePointAt(0) ?? 0) ?? 'base'
      const font = this.embedded.has(found) ? found : 'base'
      const last = out[out.length - 1]
      if (last && last.font === font) last.text += char
      else out.push({ font, text: char })
    }
    return out
  }

  /** Widths of each run in the current size and style (Arabic measured as shaped, as jsPDF draws it). */
  private runWidths(runs: readonly { font: EmbeddedFont; text: string }[]): number[] {
    const widths = runs.map((run) => {
      this.runFont(run.font)
      return this.doc.getTextWidth(run.text)
    })
    this.doc.setFont('helvetica', this.style)
    return widths
  }

  private measure(text: string): number {
    return this.runWidths(this.runs(text)).reduce((a, b) => a + b, 0)
  }

  /** Wraps a text for the embedded fonts: at spaces, and between CJK characters, which take none. */
  private wrap(text: string, width: number): string[] {
    const out: string[] = []
    const fits = (s: string) => this.measure(s) <= width
    for (const paragraph of text.split('\n')) {
      let line = ''
      for (const token of paragraph.match(CJK_OR_SPACE) ?? []) {
        if (/^\s/.test(token)) {
          if (line) line += token
          continue
        }
        if (fits(line + token)) {
          line += token
          continue
        }
        // Every token boundary may break: a space, or a CJK character on one side.
        if (line.trim() !== '') {
          out.push(line.trimEnd())
          line = ''
        }
        if (fits(line + token)) {
          line += token
          continue
        }
        // A word longer than the line: break it where it reaches the edge.
        for (const char of token) {
          if (line && !fits(line + char)) {
            out.push(line.trimEnd())
            line = ''
          }
          line += char
        }
      }
      out.push(line.trimEnd())
    }
    return out
  }

  /** Draws one line: standard lines as before; embedded ones shaped, in visual order, run by run. */
  drawLine(line: Line, x: number, y: number, opts: { align?: 'right'; url?: string } = {}): void {
    if (!line.embedded) {
      if (opts.url) this.doc.textWithLink(line.text, x, y, { url: opts.url })
      else if (opts.align) this.doc.text(line.text, x, y, { align: opts.align })
      else this.doc.text(line.text, x, y)
      return
    }
    // Arabic shaped on the logical line (joining forms, lam-alef), then the line put in visual order.
    const rtl = hasRightToLeft(line.text)
    const runs = this.runs(rtl ? toVisual(this.doc.processArabic(line.text)) : line.text)
    // Shaped text measured glyph by glyph: jsPDF's measuring would shape it a second time.
    const widths = rtl
      ? runs.map((run) =>
          this.runWidths([...run.text].map((text) => ({ font: run.font, text }))).reduce((a, b) => a + b, 0),
        )
      : this.runWidths(runs)
    const total = widths.reduce((a, b) => a + b, 0)
    const left = opts.align === 'right' ? x - total : x
    let cx = left
    runs.forEach((run, i) => {
      this.runFont(run.font)
      // Already in visual order: jsPDF's own bidi pass must leave it as it is.
      this.doc.text(run.text, cx, y, { isInputVisual: true, isOutputVisual: true })
      cx += widths[i] ?? 0
    })
    this.doc.setFont('helvetica', this.style)
    if (opts.url) this.doc.link(left, y - this.size * 0.3528, total, this.size * 0.3528 * 1.2, { url: opts.url })
  }

  lineHeight(size: number): number {
    return size * 0.3528 * 1.35
  }

  text(
    text: string,
    opts: { size?: number; style?: Style; indent?: number; after?: number; embedded?: boolean } = {},
  ): void {
    const size = opts.size ?? 10
    this.font(size, opts.style)
    const indent = opts.indent ?? 0
    const lh = this.lineHeight(size)
    for (const line of this.lines(text, WIDTH - indent, opts.embedded)) {
      this.ensure(lh)
      this.drawLine(line, PAGE.margin + indent, this.y + lh * 0.75)
      this.y += lh
    }
    this.y += opts.after ?? 2
  }

  heading(text: string, size: number): void {
    this.ensure(this.lineHeight(size) + 12)
    this.y += 2
    this.text(text, { size, style: 'bold', after: 2 })
  }

  block(block: Block): void {
    switch (block.kind) {
      case 'heading':
        return this.heading(block.text, 12)
      case 'paragraph':
        return this.text(block.text + citeText(block.cites), { style: block.emphasis ? 'bold' : 'normal' })
      case 'list':
        // One marker per item: a bullet, or the item's number for an ordered list (never both).
        block.items.forEach((item, i) =>
          this.text(`${block.ordered ? `${i + 1}.` : '\u2022'} ${item.text}${citeText(item.cites)}`, {
            indent: 2,
            after: 1,
          }),
        )
        this.y += 1
        return
      case 'fact':
        return this.fact(block)
      case 'link':
        return this.link(block)
      case 'table':
        return this.table(block)
      case 'bars':
        return this.bars(block)
      case 'sources':
        return this.sources(block)
    }
  }

  /** "Label: text" with the label in bold, wrapped as one paragraph. */
  fact(block: Extract<Block, { kind: 'fact' }>): void {
    const size = 10
    const lh = this.lineHeight(size)
    const label = pdfText(`${block.label}: `)
    this.font(size, 'bold')
    const labelWidth = this.doc.getTextWidth(label)
    // The label on its own line when it would leave too little room for the text beside it.
    const inline = labelWidth < WIDTH * 0.45
    this.ensure(lh)
    this.doc.text(label, PAGE.margin, this.y + lh * 0.75)
    if (!inline) this.y += lh
    this.font(size)
    const body = block.text + citeText(block.cites)
    const embedded = this.needsEmbedded(body)
    const first = inline ? (this.lines(body, WIDTH - labelWidth, embedded)[0] ?? { text: '', embedded }) : null
    if (first) {
      this.drawLine(first, PAGE.margin + labelWidth, this.y + lh * 0.75)
      this.y += lh
    }
    const written = embedded ? planText(body).text : pdfText(body)
    const rest = first ? written.slice(first.text.length).trimStart() : body
    if (rest) this.text(rest, { after: 0, embedded })
    this.y += 1.5
  }

  link(block: Extract<Block, { kind: 'link' }>): void {
    const size = 8.5
    this.font(size, 'normal', [11, 87, 208])
    for (const line of this.lines(block.text, WIDTH)) {
      this.ensure(this.lineHeight(size))
      this.drawLine(line, PAGE.margin, this.y + this.lineHeight(size) * 0.75, { url: block.url })
      this.y += this.lineHeight(size)
    }
    this.y += 2
  }

  /** Starts a page unless the current one is still empty. */
  pageBreak(): void {
    if (this.y > PAGE.top) this.newPage()
  }

  table(block: Extract<Block, { kind: 'table' }>): void {
    const size = 8.5
    const lh = this.lineHeight(size)
    const pad = 1.5
    const widths = block.widths.map((w) => w * WIDTH)
    const rowLines = (cells: string[]) => cells.map((c, i) => this.lines(c, (widths[i] ?? 20) - pad * 2))
    const drawRow = (cells: Line[][], header: boolean) => {
      const height = Math.max(...cells.map((c) => c.length)) * lh + pad * 2
      if (header) {
        this.doc.setFillColor(228, 232, 237)
        this.doc.rect(PAGE.margin, this.y, WIDTH, height, 'F')
      }
      this.font(size, header ? 'bold' : 'normal')
      let x = PAGE.margin
      cells.forEach((lines, i) => {
        lines.forEach((line, j) => this.drawLine(line, x + pad, this.y + pad + lh * (j + 0.75)))
        x += widths[i] ?? 0
      })
      this.doc.setDrawColor(201, 206, 214)
      this.doc.line(PAGE.margin, this.y + height, PAGE.margin + WIDTH, this.y + height)
      this.y += height
    }
    this.text(block.caption + citeText(block.cites), { size: 9, style: 'italic', after: 1 })
    this.font(size, 'bold')
    const header = rowLines(block.columns)
    const headerHeight = Math.max(...header.map((c) => c.length)) * lh + pad * 2
    this.ensure(headerHeight * 2)
    drawRow(header, true)
    for (const row of block.rows) {
      this.font(size)
      const cells = rowLines(row)
      const height = Math.max(...cells.map((c) => c.length)) * lh + pad * 2
      if (this.y + height > PAGE.height - PAGE.bottom) {
        this.newPage()
        drawRow(header, true) // the header again on every page the table reaches
      }
      if (height > PAGE.height - PAGE.top - PAGE.bottom - headerHeight) {
        // A cell longer than a page: write it as running text instead of clipping it.
        this.text(row.join(' | '), { size })
        continue
      }
      drawRow(cells, false)
    }
    this.y += 4
  }

  bars(block: Extract<Block, { kind: 'bars' }>): void {
    const fmt = (n: number) =>
      block.unit === 'usd' ? formatUsdMillions(n) : block.unit === 'percent' ? `${n.toFixed(1)}%` : formatCount(n)
    const labelWidth = 62
    const valueWidth = 34
    const barArea = WIDTH - labelWidth - valueWidth
    const max = Math.max(1, ...block.bars.map((b: Bar) => b.high ?? b.value))
    const rowHeight = 6
    this.text(block.caption + citeText(block.cites), { size: 9, style: 'italic', after: 1 })
    if (block.bars.length === 0) {
      this.text('No values to chart.', { size: 9 })
      return
    }
    for (const bar of block.bars) {
      this.ensure(rowHeight)
      this.font(8)
      const label = this.lines(bar.label, labelWidth - 2)[0]
      if (label) this.drawLine(label, PAGE.margin, this.y + 4)
      const x0 = PAGE.margin + labelWidth
      const w = (bar.value / max) * barArea
      this.doc.setFillColor(29, 53, 87)
      this.doc.rect(x0, this.y + 1, Math.max(w, 0.3), rowHeight - 2, 'F')
      if (bar.high !== undefined) {
        // The range where sources disagree: an outlined extension, not a second colour.
        this.doc.setDrawColor(29, 53, 87)
        this.doc.rect(x0 + w, this.y + 1, ((bar.high - bar.value) / max) * barArea, rowHeight - 2, 'S')
      }
      this.font(8, 'normal', MUTED)
      const value = bar.high !== undefined ? `${fmt(bar.value)} to ${fmt(bar.high)}` : fmt(bar.value)
      this.doc.text(value, PAGE.margin + WIDTH, this.y + 4, { align: 'right' })
      this.y += rowHeight
    }
    this.y += 3
  }

  sources(block: Extract<Block, { kind: 'sources' }>): void {
    for (const item of block.items) {
      this.text(`[${item.n}] ${item.text}`, { size: 9, after: 0.5 })
      if (item.url) {
        this.font(8.5, 'normal', [11, 87, 208])
        for (const line of this.lines(item.url, WIDTH - 6)) {
          this.ensure(this.lineHeight(8.5))
          this.drawLine(line, PAGE.margin + 6, this.y + this.lineHeight(8.5) * 0.75, { url: item.url })
          this.y += this.lineHeight(8.5)
        }
      } else {
        this.text('No public link recorded.', { size: 8.5, indent: 6, after: 0.5 })
      }
      this.y += 1.5
    }
  }

  /** The running header and "Page i of n" footer on every page. */
  finish(): void {
    const pages = this.doc.getNumberOfPages()
    const { company, assessmentName, date } = this.model.meta
    for (let i = 1; i <= pages; i += 1) {
      this.doc.setPage(i)
      this.font(8, 'normal', MUTED)
      const header = `${company} \u2022 ${assessmentName} \u2022 ${date}`
      const embedded = this.needsEmbedded(header)
      this.drawLine({ text: embedded ? planText(header).text : pdfText(header), embedded }, PAGE.margin, 12)
      this.doc.text(`Page ${i} of ${pages}`, PAGE.width - PAGE.margin, PAGE.height - 10, { align: 'right' })
      this.doc.setDrawColor(201, 206, 214)
      this.doc.line(PAGE.margin, 14, PAGE.width - PAGE.margin, 14)
    }
  }
}

/**
 * The briefing as PDF bytes. `fonts` are the embedded fonts its text needs (none for a text in
 * the standard fonts' set: the PDF is then made exactly as without them).
 */
export function renderBriefingPdf(model: BriefingDocument, fonts: readonly LoadedFont[] = []): Blob {
  const writer = new Writer(model, fonts)
  const { doc } = writer
  const [y, m, d] = model.meta.date.split('-').map(Number)
  doc.setProperties({
    title: pdfText(model.meta.title),
    subject: pdfText(model.meta.subject),
    keywords: pdfText(model.meta.keywords),
    creator: 'Rights Exposure Dashboard',
    author: 'Rights Exposure Dashboard',
  })
  doc.setCreationDate(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)))
  const outline: { title: string; page: number }[] = []
  model.sections.forEach((section, i) => {
    if (section.id === 'cover') {
      writer.y = 60
      outline.push({ title: 'Cover', page: doc.getNumberOfPages() })
      writer.text(section.title, { size: 20, style: 'bold', after: 6 })
      section.blocks.forEach((b) => writer.block(b))
      if (i < model.sections.length - 1) {
        doc.addPage()
        writer.y = PAGE.top
      }
      return
    }
    if (section.newPage) writer.pageBreak()
    writer.ensure(writer.lineHeight(15) + 12)
    outline.push({ title: section.title, page: doc.getNumberOfPages() })
    writer.heading(section.title, 15)
    section.blocks.forEach((b) => writer.block(b))
    writer.y += 4
  })
  // Bookmarks: one per section, at the page its heading is on.
  for (const item of outline) doc.outline.add(null, pdfText(item.title), { pageNumber: item.page })
  writer.finish()
  if (fonts.length === 0) return doc.output('blob')
  // jsPDF names the CID fonts' character collection "Identity-H" (the encoding), where readers
  // expect "Identity" and poppler complains: corrected in place, padded so no offset moves.
  const out = doc.output().split('/Ordering (Identity-H)').join('/Ordering (Identity)  ')
  const bytes = new Uint8Array(out.length)
  for (let i = 0; i < out.length; i += 1) bytes[i] = out.charCodeAt(i)
  return new Blob([bytes], { type: 'application/pdf' })
}
