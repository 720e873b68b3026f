/**
 * The briefing as data: what the PDF (and the on-screen preview) will show, built by a pure
 * function so it can be tested without a PDF library. Citations are numbers into the sources
 * section, assigned in order of first use.
 */

export type SectionId =
  | 'cover'
  | 'decision'
  | 'summary'
  | 'checklist'
  | 'contracts'
  | 'arrests'
  | 'claims'
  | 'engagement'
  | 'holdings'
  | 'method'
  | 'appendix'
  | 'sources'

/** The sections in the order the document lists them, with the labels the view offers. */
export const SECTIONS: readonly { id: SectionId; label: string }[] = [
  { id: 'cover', label: 'Cover' },
  { id: 'decision', label: 'Decision summary (first page)' },
  { id: 'summary', label: 'Executive summary' },
  { id: 'checklist', label: 'Checklist answers and evidence' },
  { id: 'contracts', label: 'Contract values' },
  { id: 'arrests', label: 'Arrest breakdowns' },
  { id: 'claims', label: 'Contested claims' },
  { id: 'engagement', label: 'Engagement questions and log' },
  { id: 'holdings', label: 'Holdings exposure' },
  { id: 'method', label: 'Method' },
  { id: 'appendix', label: 'Appendix: chart data and links' },
  { id: 'sources', label: 'Sources' },
]

export interface Bar {
  label: string
  /** The low end (or the only value). */
  value: number
  /** The high end, where sources disagree. */
  high?: number
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; cites?: number[]; emphasis?: boolean }
  /** A list: bulleted, or numbered when `ordered` (the renderer numbers it; the text carries no number). */
  | { kind: 'list'; items: { text: string; cites?: number[] }[]; ordered?: boolean }
  /** A labelled line on the first page: "Exposure: ..." with the label in bold. */
  | { kind: 'fact'; label: string; text: string; cites?: number[] }
  /** A link a reader can follow: an absolute address. */
  | { kind: 'link'; text: string; url: string }
  | { kind: 'table'; caption: string; columns: string[]; widths: number[]; rows: string[][]; cites?: number[] }
  | { kind: 'bars'; caption: string; unit: 'usd' | 'count' | 'percent'; bars: Bar[]; cites?: number[] }
  | { kind: 'sources'; items: { n: number; text: string; url: string | null }[] }

export interface Section {
  id: SectionId
  title: string
  blocks: Block[]
  /** Starts on a new page in the PDF (the cover, the first page, the appendix). */
  newPage?: boolean
}

export interface BriefingDocument {
  meta: {
    title: string
    subject: string
    keywords: string
    company: string
    assessmentName: string
    /** YYYY-MM-DD */
    date: string
    fileName: string
    /** Any section rests on sample (illustrative) data: the cover says so. */
    usesSampleData: boolean
  }
  sections: Section[]
}

/** Numbers sources by first citation. */
export function createCitations() {
  const order: string[] = []
  return {
    cite(ids: readonly string[]): number[] {
      return [...new Set(ids)].map((id) => {
        let i = order.indexOf(id)
        if (i === -1) i = order.push(id) - 1
        return i + 1
      })
    },
    order: () => [...order],
  }
}

/** A file name a person would keep: company, assessment and date. */
export function briefingFileName(company: string, assessmentName: string, date: string): string {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '') // accents off: "Scénario" -> "scenario"
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
  return `${[slug(company), slug(assessmentName), 'briefing', date].filter(Boolean).join('-')}.pdf`
}
