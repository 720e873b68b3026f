import { planTexts, type EmbeddedFont, type UnshownReport } from '../pdfText/scripts'
import { SECTIONS, type Block, type BriefingDocument } from './document'

/** Every text the PDF writes, with where a reader would find it: the section as the view lists it ("Cover: Prepared by"). */
export function briefingTexts(model: BriefingDocument): { where: string; text: string }[] {
  const { meta } = model
  const out: { where: string; text: string }[] = [
    { where: 'the running header', text: `${meta.company} ${meta.assessmentName}` },
  ]
  for (const section of model.sections) {
    const name = SECTIONS.find((s) => s.id === section.id)?.label ?? section.title
    const at = (detail?: string) => (detail ? `${name}: ${detail}` : name)
    out.push({ where: at(), text: section.title })
    section.blocks.forEach((block) => out.push(...blockTexts(block, at)))
  }
  return out
}

function blockTexts(block: Block, at: (detail?: string) => string): { where: string; text: string }[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [{ where: at(), text: block.text }]
    case 'list':
      return block.items.map((item) => ({ where: at(), text: item.text }))
    case 'fact':
      return [{ where: at(block.label), text: `${block.label} ${block.text}` }]
    case 'link':
      return [{ where: at(), text: block.text }]
    case 'table':
      return [block.caption, ...block.columns, ...block.rows.flat()].map((text) => ({ where: at(block.caption), text }))
    case 'bars':
      return [block.caption, ...block.bars.map((b) => b.label)].map((text) => ({ where: at(block.caption), text }))
    case 'sources':
      return block.items.flatMap((item) => [
        { where: at(), text: item.text },
        ...(item.url ? [{ where: at(), text: item.url }] : []),
      ])
  }
}

/**
 * What exporting this briefing needs: the font files to load (none when every character is in
 * the standard fonts' set, so such a PDF is made as before) and the characters it still cannot
 * show, each with the places it occurs, for the warning before export.
 */
export function briefingPdfPlan(model: BriefingDocument): { fonts: EmbeddedFont[]; unshown: UnshownReport[] } {
  const { fonts, unshown } = planTexts(briefingTexts(model))
  return { fonts: [...fonts], unshown }
}
