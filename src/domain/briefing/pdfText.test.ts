import { describe, expect, it } from 'vitest'
import type { BriefingDocument, Section } from './document'
import { briefingPdfPlan } from './pdfText'

function doc(sections: Section[], assessmentName = 'Q4 review'): BriefingDocument {
  return {
    meta: {
      title: 'Palantir Technologies: human-rights exposure briefing',
      subject: 'Due-diligence briefing',
      keywords: 'human rights',
      company: 'Palantir Technologies',
      assessmentName,
      date: '2026-12-02',
      fileName: 'x.pdf',
      usesSampleData: false,
    },
    sections,
  }
}

describe('briefingPdfPlan', () => {
  it('needs no embedded font for a briefing written in the standard fonts set', () => {
    const plan = briefingPdfPlan(
      doc([{ id: 'cover', title: 'Cover', blocks: [{ kind: 'fact', label: 'Prepared by', text: 'Zoë Société' }] }]),
    )
    expect(plan).toEqual({ fonts: [], unshown: [] })
  })

  it('asks for the fonts of the scripts the user wrote, wherever they wrote them', () => {
    const plan = briefingPdfPlan(
      doc([
        { id: 'cover', title: 'Cover', blocks: [{ kind: 'fact', label: 'Prepared by', text: 'Gökçe Yılmaz' }] },
        {
          id: 'engagement',
          title: 'Engagement questions and log',
          blocks: [
            {
              kind: 'table',
              caption: 'Log',
              columns: ['Date', 'Note'],
              widths: [0.3, 0.7],
              rows: [['2026-11-02', 'اجتماع مع الشركة']],
            },
          ],
        },
        {
          id: 'holdings',
          title: 'Holdings exposure',
          blocks: [{ kind: 'bars', caption: 'Exposure', unit: 'usd', bars: [{ label: '腾讯控股', value: 1 }] }],
        },
      ]),
    )
    expect(plan.fonts.sort()).toEqual(['arabic', 'base', 'cjk'])
    expect(plan.unshown).toEqual([])
  })

  it('names each character the PDF cannot show and the sections and fields it is in', () => {
    const plan = briefingPdfPlan(
      doc(
        [
          { id: 'cover', title: 'Cover', blocks: [{ kind: 'fact', label: 'Prepared by', text: 'Ana 🌍' }] },
          {
            id: 'checklist',
            title: 'Checklist answers and evidence',
            blocks: [
              {
                kind: 'table',
                caption: 'Every checklist item',
                columns: ['Item', 'Note'],
                widths: [0.5, 0.5],
                rows: [['A1', 'Good 🌍 👍']],
              },
            ],
          },
        ],
        'Review 👍',
      ),
    )
    expect(plan.unshown).toEqual([
      {
        char: '👍',
        code: 'U+1F44D',
        where: ['the running header', 'Checklist answers and evidence: Every checklist item'],
      },
      {
        char: '🌍',
        code: 'U+1F30D',
        where: ['Cover: Prepared by', 'Checklist answers and evidence: Every checklist item'],
      },
    ])
  })
})
