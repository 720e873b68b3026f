import { useState } from 'react'
import { CLASS_LABELS, type ClassSource, type PositionClass } from '../../domain/holdings/classify'
import { formatCount } from '../../domain/format/format'
import type { ClassesSummary } from '../../domain/holdings/lookthrough'
import { usePortfolioActions, type AcceptedPortfolio } from '../../stores/portfolio/portfolioStore'
import { formatMoneyFromCents } from '../../domain/holdings/currency'

const BY: Record<ClassSource, string> = {
  user: 'your choice',
  data: 'holdings data',
  'fund-file': 'fund file',
  'type-column': 'the file’s security type',
  none: 'nothing decides it',
}
const CLASSES = Object.keys(CLASS_LABELS) as PositionClass[]

/** How each security is classed and why; the user can correct a class, and the choice is kept. */
export function ClassesTable({
  portfolio,
  classes,
  currency,
}: {
  portfolio: AcceptedPortfolio
  classes: ClassesSummary
  currency: string | null
}) {
  const { shown, anyUnknown, count } = classes
  // Open by itself while any class is unknown, until the person opens or closes it.
  const [toggled, setToggled] = useState<boolean | null>(null)
  const open = toggled ?? anyUnknown
  if (count === 0) return null
  return (
    <details open={open} onToggle={(e) => setToggled(e.currentTarget.open)}>
      <summary>What each security is ({formatCount(count)}): check and correct</summary>
      {/* Built when opened: a closed table of 100 rows with a choice in each is 1,200 elements nobody sees. */}
      {open && <ClassRows shown={shown} portfolio={portfolio} currency={currency} />}
      {count > shown.length && <p>…and {formatCount(count - shown.length)} more.</p>}
    </details>
  )
}

function ClassRows({
  shown,
  portfolio,
  currency,
}: {
  shown: ClassesSummary['shown']
  portfolio: AcceptedPortfolio
  currency: string | null
}) {
  const { classChosen } = usePortfolioActions()
  return (
    <div className="table-scroll">
      <table>
        <caption>Securities by class, unknown first, then by value</caption>
        <thead>
          <tr>
            <th scope="col">Security</th>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col">Class</th>
            <th scope="col">Decided by</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => (
            <tr key={`${c.key}-${c.line}`}>
              <th scope="row">
                {c.security} <span className="line-ref">(line {c.line})</span>
              </th>
              <td className="num">
                {c.valueCents === null ? 'no value' : formatMoneyFromCents(c.valueCents, currency)}
              </td>
              <td>
                <select
                  aria-label={`Class of ${c.security} (line ${c.line})`}
                  value={portfolio.classes[c.key] ?? c.cls}
                  onChange={(e) => classChosen(c.key, e.target.value as PositionClass)}
                >
                  {CLASSES.map((k) => (
                    <option key={k} value={k}>
                      {CLASS_LABELS[k]}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                {BY[c.by]}
                {c.by === 'user' && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Undo your class for ${c.security}`}
                      onClick={() => classChosen(c.key, null)}
                    >
                      Undo
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
