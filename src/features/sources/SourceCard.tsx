import { Link } from '../../components/router'
import { SourceTitle, UnverifiedNote } from '../../components/SourceRefs'
import { formatPartialDate } from '../../domain/format/format'
import type { Source } from '../../domain/sources/schema'
import type { SourceUse } from '../../domain/sources/usage'

/** What rests on a source: each record with a link back to where the app shows it. */
function Uses({ uses, title }: { uses: SourceUse[] | null; title: string }) {
  if (uses === null) return <p>The records that cite this source could not be loaded.</p>
  if (uses.length === 0) return <p>Nothing shown in the app rests on this source alone.</p>
  return (
    <ul className="source-uses" aria-label={`What rests on “${title}”`}>
      {uses.map((u) => (
        <li key={`${u.href}|${u.label}`}>
          <span className="source-use-kind">{u.kind}:</span> <Link to={u.href}>{u.label}</Link>{' '}
          <UnverifiedNote verification={u.verification} inline />
        </li>
      ))}
    </ul>
  )
}

/** One source as a committee would cite it, with everything in the app that rests on it. */
export function SourceCard({ source, uses }: { source: Source; uses: SourceUse[] | null }) {
  const headingId = `source-${source.id}-heading`
  return (
    <article id={`source-${source.id}`} className="source-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="source-card-title">
        <SourceTitle source={source} />
      </h2>
      <dl className="source-facts">
        <div>
          <dt>Publisher</dt>
          <dd>{source.publisher}</dd>
        </div>
        <div>
          <dt>Published</dt>
          <dd>{formatPartialDate(source.date)}</dd>
        </div>
        <div>
          <dt>Tier</dt>
          <dd>{source.tier}</dd>
        </div>
        <div>
          <dt>Confidence</dt>
          <dd>{source.confidence}</dd>
        </div>
        <div>
          <dt>Retrieved</dt>
          <dd>{formatPartialDate(source.retrieved)}</dd>
        </div>
        <div>
          <dt>Link</dt>
          <dd>{source.url ? 'original' : 'no public link recorded'}</dd>
        </div>
      </dl>
      {source.titleIsDescription && (
        <p className="source-note">
          The title in square brackets is the app&apos;s description: no headline was recorded.
        </p>
      )}
      {source.note && <p className="source-note">{source.note}</p>}
      <h3>Rests on it ({uses?.length ?? '?'})</h3>
      <Uses uses={uses} title={source.title} />
    </article>
  )
}
