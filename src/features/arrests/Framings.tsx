import { Link } from '../../components/router'
import { SourceRefs } from '../../components/SourceRefs'
import type { BreakdownRow, YearOverYear } from '../../domain/arrests/chartRows'
import type { ArrestStat } from '../../domain/arrests/schema'
import { formatCount, formatPercent } from '../../domain/format/format'

/**
 * The same figures read two ways, side by side: the company's share of one year's arrests and
 * the advocates' rise from one year to the next. Both computed from the data, both sourced.
 */
export function Framings({
  total,
  worksite,
  change,
}: {
  total: ArrestStat
  worksite: BreakdownRow
  change: YearOverYear | null
}) {
  return (
    <section aria-labelledby="framings-heading">
      <h2 id="framings-heading">Two framings of the same figures</h2>
      <div className="framings">
        <article className="framing" aria-labelledby="framing-company">
          <h3 id="framing-company">The company: &ldquo;only {formatPercent(worksite.share)}&rdquo;</h3>
          <p className="framing-figure">{formatPercent(worksite.share)}</p>
          <p>
            {formatCount(worksite.count)} worksite administrative arrests of {formatCount(total.count)} HSI arrests in
            FY
            {total.fiscalYear}: &ldquo;only 3.5%&rdquo;, in Palantir&apos;s letter to Amnesty International (18 Sep
            2020).
          </p>
          <SourceRefs ids={[...new Set([...worksite.sourceIds, ...total.sourceIds])]} />
        </article>
        <article className="framing" aria-labelledby="framing-advocates">
          <h3 id="framing-advocates">The advocates: a year-over-year rise</h3>
          {change ? (
            <>
              <p className="framing-figure">
                {formatCount(change.from.count)} → {formatCount(change.to.count)}
              </p>
              <p>
                Worksite administrative arrests went from {formatCount(change.from.count)} in FY{change.from.fiscalYear}{' '}
                to {formatCount(change.to.count)} in FY{change.to.fiscalYear}: {formatCount(change.difference)} more,{' '}
                {change.ratio.toFixed(1)} times as many.
              </p>
              <SourceRefs ids={change.sourceIds} />
            </>
          ) : (
            <p>The year-over-year figures are not in the data.</p>
          )}
        </article>
      </div>
      <p>
        The figures agree; the framing does not. See the claim{' '}
        <Link to="/claims#only-3-5-percent">&ldquo;only 3.5%&rdquo; and its counter-evidence</Link>.
      </p>
    </section>
  )
}
