import type { Block, BriefingDocument } from '../../domain/briefing/document'
import { barValue } from '../../domain/briefing/sections'
import { citeText } from '../../domain/sources/cite'

function PreviewBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading':
      return <h4>{block.text}</h4>
    case 'paragraph':
      return <p className={block.emphasis ? 'emphasis' : undefined}>{block.text + citeText(block.cites)}</p>
    case 'list': {
      const items = block.items.map((item, i) => <li key={i}>{item.text + citeText(item.cites)}</li>)
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>
    }
    case 'fact':
      return (
        <p className="fact">
          <strong>{block.label}:</strong> {block.text + citeText(block.cites)}
        </p>
      )
    case 'link':
      return (
        <p className="preview-link">
          <a href={block.url}>{block.text}</a>
        </p>
      )
    case 'table':
    case 'bars': {
      const isBars = block.kind === 'bars'
      return (
        <table className="preview-table">
          <caption>{block.caption + citeText(block.cites)}</caption>
          <thead>
            <tr>
              {(isBars ? ['Label', 'Value'] : block.columns).map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.kind === 'bars'
              ? block.bars.map((b) => (
                  <tr key={b.label}>
                    <td>{b.label}</td>
                    <td>{barValue(b, block.unit)}</td>
                  </tr>
                ))
              : block.rows.map((row, i) => (
                  <tr key={i}>
                    {row.map((cell, j) => (
                      <td key={j}>{cell}</td>
                    ))}
                  </tr>
                ))}
          </tbody>
        </table>
      )
    }
    case 'sources':
      return (
        <ol className="preview-sources">
          {block.items.map((s) => (
            <li key={s.n} value={s.n}>
              {s.text}{' '}
              {s.url ? (
                <a href={s.url} target="_blank" rel="noreferrer noopener">
                  {s.url}
                </a>
              ) : (
                'No public link recorded.'
              )}
            </li>
          ))}
        </ol>
      )
  }
}

/** The document as it will be exported, in the page (and what the browser's Print prints). */
export function BriefingPreview({ model }: { model: BriefingDocument }) {
  return (
    <article className="briefing-preview" aria-label="Briefing preview">
      <p className="preview-running-head">
        {model.meta.company} • {model.meta.assessmentName} • {model.meta.date}
      </p>
      {model.sections.map((section) => (
        <section key={section.id} aria-labelledby={`preview-${section.id}`}>
          <h2 id={`preview-${section.id}`}>{section.title}</h2>
          {section.blocks.map((block, i) => (
            <PreviewBlock key={i} block={block} />
          ))}
        </section>
      ))}
    </article>
  )
}
