import { Link } from '../../components/router'
import { SourceRefs, UnverifiedNote } from '../../components/SourceRefs'
import { formatPartialDate } from '../../domain/format/format'
import type { Claim } from '../../domain/claims/schema'

/** One statement and its counter-evidence, side by side on wide screens. */
export function ClaimCard({ claim }: { claim: Claim }) {
  const headingId = `claim-${claim.id}-heading`
  return (
    <article id={claim.id} tabIndex={-1} className="claim" aria-labelledby={headingId}>
      <h2 id={headingId} className="claim-heading">
        {claim.statedBy}, {formatPartialDate(claim.statedOn)}
      </h2>
      <p className="claim-status">
        <strong>Status: {claim.status}.</strong> {claim.statusReason}
      </p>
      <div className="claim-sides">
        <section className="claim-side" aria-label="The company's statement">
          {claim.statementKind === 'quotation' ? (
            <>
              <h3>The company said</h3>
              <blockquote>
                <p>{claim.statement}</p>
              </blockquote>
            </>
          ) : (
            <>
              <h3>The company&apos;s position</h3>
              <p>
                <span className="paraphrase-label">Paraphrase</span>
                {claim.statement}
              </p>
            </>
          )}
          <UnverifiedNote verification={claim.verification} />
          <SourceRefs ids={claim.statementSourceIds} />
        </section>
        <section className="claim-side" aria-label="Counter-evidence">
          <h3>The evidence</h3>
          <ul>
            {claim.counterEvidence.map((e) => (
              <li key={e.text}>
                <p>{e.text}</p>
                <UnverifiedNote verification={e.verification} />
                <SourceRefs ids={e.sourceIds} />
              </li>
            ))}
          </ul>
        </section>
      </div>
      {claim.checklistItemIds.length > 0 && (
        <p className="claim-items">
          Bears on checklist items:{' '}
          {claim.checklistItemIds.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <Link to={`/checklist#${id}`}>{id}</Link>
            </span>
          ))}
        </p>
      )}
    </article>
  )
}
