import { citeText, type Block, type BriefingDocument } from '../../domain/briefing/document'
import { formatCount, formatUsdMillions } from '../../domain/format/format'

function PreviewBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading':
      return <h4>{block.text}</h4>
    case 'paragraph':
      return <p className={block.emphasis ? 'emphasis' : undefined}>{block.text + citeText(block.cites)}</p>
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>{item.text + citeText(item.cites)}</li>
          ))}
        </ul>
      )
    case 'table':
    case 'bars': {
      const isBars = block.kind === 'bars'
      const fmt = (n: number) => (block.kind === 'bars' && block.unit === 'usd' ? formatUsdMillions(n) : formatCount(n))
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
                    <td>{b.high !== undefined ? `${fmt(b.value)} to ${fmt(b.high)}` : fmt(b.value)}</td>
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
