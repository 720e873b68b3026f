import type { Source } from '../sources/schema'
import type { Audience } from './schema'

export interface ExportQuestion {
  text: string
  cites: string
  sourceIds: string[]
}

function numberSources(questions: ExportQuestion[]): string[] {
  return [...new Set(questions.flatMap((q) => q.sourceIds))]
}

function sourceLine(source: Source | undefined, id: string): string {
  if (!source) return id
  return `${source.title}, ${source.publisher}, ${source.date}${source.url ? `: ${source.url}` : ' (no public link recorded)'}`
}

/**
 * The question list as Markdown: numbered questions, each with what it cites and its sources by
 * number, then the numbered sources with their URLs.
 */
export function questionsToMarkdown(input: {
  companyName: string
  audience: Audience
  questions: ExportQuestion[]
  sources: Source[]
}): string {
  const order = numberSources(input.questions)
  const ref = (ids: string[]) => ids.map((id) => `[${order.indexOf(id) + 1}]`).join('')
  const lines = [`# Engagement questions: ${input.companyName}`, '', `Audience: ${input.audience}.`, '']
  input.questions.forEach((q, i) => {
    lines.push(`${i + 1}. ${q.text}`, `   - Cites: ${q.cites}${q.sourceIds.length ? ` ${ref(q.sourceIds)}` : ''}`)
  })
  if (order.length) {
    lines.push('', '## Sources', '')
    order.forEach((id, i) => {
      const source = input.sources.find((s) => s.id === id)
      const line = sourceLine(source, id)
      lines.push(
        source?.url
          ? `${i + 1}. [${source.title}](${source.url}), ${source.publisher}, ${source.date}`
          : `${i + 1}. ${line}`,
      )
    })
  }
  return `${lines.join('\n')}\n`
}

/** The same list as plain text, for an email or a letter. */
export function questionsToText(input: {
  companyName: string
  audience: Audience
  questions: ExportQuestion[]
  sources: Source[]
}): string {
  const order = numberSources(input.questions)
  const ref = (ids: string[]) => ids.map((id) => `[${order.indexOf(id) + 1}]`).join('')
  const lines = [`Engagement questions: ${input.companyName} (audience: ${input.audience})`, '']
  input.questions.forEach((q, i) => {
    lines.push(`${i + 1}. ${q.text}`, `   Cites: ${q.cites}${q.sourceIds.length ? ` ${ref(q.sourceIds)}` : ''}`, '')
  })
  if (order.length) {
    lines.push('Sources')
    order.forEach((id, i) =>
      lines.push(
        `[${i + 1}] ${sourceLine(
          input.sources.find((s) => s.id === id),
          id,
        )}`,
      ),
    )
  }
  return `${lines.join('\n')}\n`
}
