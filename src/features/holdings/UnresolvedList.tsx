import { formatCount } from '../../domain/format/format'
import type { UnresolvedPosition } from '../../domain/holdings/lookthrough'

const SHOWN = 100

/** Positions the look-through could not weigh: listed, never dropped silently. */
export function UnresolvedList({ items }: { items: UnresolvedPosition[] }) {
  return (
    <section aria-labelledby="unresolved-heading">
      <h3 id="unresolved-heading">Not looked through ({formatCount(items.length)})</h3>
      {items.length === 0 ? (
        <p>Every security in the portfolio was found in the holdings data.</p>
      ) : (
        <>
          <p>
            These securities are not in the holdings data (or have no value), so their exposure is unknown: it is not
            counted as zero. Check them by hand or with the fund’s own holdings report.
          </p>
          <div className="table-scroll">
            <table>
              <caption>Securities the look-through could not identify or weigh</caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Security</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {items.slice(0, SHOWN).map((u) => (
                  <tr key={u.line}>
                    <td>{u.line}</td>
                    <td>{u.security}</td>
                    <td>{u.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {items.length > SHOWN && <p>…and {formatCount(items.length - SHOWN)} more.</p>}
        </>
      )}
    </section>
  )
}
