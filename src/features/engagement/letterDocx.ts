import { citeText } from '../../domain/sources/cite'
import { letterSourceText, type Letter } from '../../domain/engagement/letter'

/**
 * The letter as a Word document. The docx library (about 100 kB gzip) is loaded only when the
 * person exports, never with the view.
 */
export async function letterToDocx(letter: Letter): Promise<Blob> {
  const { Document, HeadingLevel, Packer, Paragraph, TextRun } = await import('docx')
  const para = (text: string, options: { bold?: boolean; spaceAfter?: number } = {}) =>
    new Paragraph({
      children: [new TextRun({ text, bold: options.bold })],
      spacing: { after: options.spaceAfter ?? 160 },
    })
  const lines = (texts: string[]) =>
    texts.map(
      (t, i) => new Paragraph({ children: [new TextRun(t)], spacing: { after: i === texts.length - 1 ? 240 : 0 } }),
    )

  const children = [
    para(letter.date, { spaceAfter: 240 }),
    ...lines(letter.recipient),
    para(letter.subject, { bold: true, spaceAfter: 240 }),
    para(letter.salutation),
    para(letter.context.map((c) => `${c.text}${citeText(c.refs)}`).join(' ')),
    ...letter.groups.flatMap((g) => [
      new Paragraph({ text: g.heading, heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 } }),
      ...g.questions.map((q) => para(`${q.number}. ${q.text}${citeText(q.refs)}`)),
    ]),
    para(letter.request, { spaceAfter: 240 }),
    para(letter.closing, { spaceAfter: 480 }),
    ...lines(letter.signature),
    ...(letter.sources.length
      ? [
          new Paragraph({ text: 'Sources', heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 } }),
          ...letter.sources.map((s) => para(letterSourceText(s), { spaceAfter: 80 })),
        ]
      : []),
  ]
  const doc = new Document({
    title: letter.title,
    subject: letter.subject,
    creator: letter.signature.join(', '),
    sections: [{ children }],
  })
  return Packer.toBlob(doc)
}
