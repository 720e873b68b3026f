import { formatUsdFromCents, formatCount } from '../../../domain/format/format'
import type { RecordDiff } from '../../../domain/usaspending/diff'
import { isEmptyDiff } from '../../../domain/usaspending/diff'
import type { LeftOut, Recipient, Transaction } from '../../../domain/usaspending/schema'
import { recipientId } from '../../../domain/usaspending/select'
import type { ReadAnswer } from './officialJob'

/** "1 row", "3 rows". */
const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`

export interface PreviewState {
  answer: ReadAnswer
  confirmed: Recipient[]
  company: Transaction[]
  leftOut: LeftOut
}

function DiffList({ diff, previousName }: { diff: RecordDiff; previousName: string }) {
  if (isEmptyDiff(diff)) return <p>Nothing changed since the record from {previousName}.</p>
  return (
    <div className="official-diff">
      <h4>What changed since the record from {previousName}</h4>
      <ul>
        {diff.newAwards.map((a) => (
          <li key={`n-${a.awardKey}`}>
            New award {a.piid}: {formatUsdFromCents(a.cents)} obligated
          </li>
        ))}
        {diff.newModifications.map((m) => (
          <li key={`m-${m.key}`}>
            New modification {m.modification || '(base)'} on {m.piid}
            {m.actionDate ? ` (${m.actionDate})` : ''}: {formatUsdFromCents(m.cents)}
          </li>
        ))}
        {diff.changedTotals.map((c) => (
          <li key={`c-${c.awardKey}`}>
            Total obligated on {c.piid} changed from {formatUsdFromCents(c.fromCents)} to{' '}
            {formatUsdFromCents(c.toCents)} ({c.toCents >= c.fromCents ? '+' : ''}
            {formatUsdFromCents(c.toCents - c.fromCents)})
          </li>
        ))}
        {diff.removedAwards.map((r) => (
          <li key={`r-${r.awardKey}`}>
            Award {r.piid} ({formatUsdFromCents(r.cents)}) is not in the new file
          </li>
        ))}
      </ul>
    </div>
  )
}

/**
 * The file as read, before it replaces anything: which recipients are taken as the company (the
 * proposal, for the user to confirm), what is left out, and what changed since the last import.
 */
export function ImportPreview({
  preview,
  diff,
  previousName,
  busy,
  onToggle,
  onAccept,
  onDiscard,
}: {
  preview: PreviewState
  diff: RecordDiff | null
  previousName: string | null
  busy: boolean
  onToggle: (recipient: Recipient, on: boolean) => void
  onAccept: () => void
  onDiscard: () => void
}) {
  const { answer, confirmed, company, leftOut } = preview
  const chosen = new Set(confirmed.map(recipientId))
  const candidates = answer.recipients.filter((r) => answer.proposed.some((p) => recipientId(p) === recipientId(r)))
  const others = answer.recipients.filter((r) => !candidates.includes(r))
  return (
    <section className="official-preview" aria-label="Check the download before it is used">
      <p role="status">
        Read {answer.fileName}: {formatCount(answer.rowsRead)} rows ({answer.layout}), newest action{' '}
        {answer.asOf ?? 'not dated'}.
      </p>
      <fieldset disabled={busy}>
        <legend>Which recipients are the company?</legend>
        {[...candidates, ...others.slice(0, 8)].map((r) => (
          <label key={recipientId(r)} className="official-recipient">
            <input
              type="checkbox"
              checked={chosen.has(recipientId(r))}
              onChange={(event) => onToggle(r, event.target.checked)}
            />
            {r.name || '(no name)'}
            {r.uei ? ` (UEI ${r.uei})` : ''}
            {r.parentName ? `, parent ${r.parentName}` : ''}: {formatCount(r.rows)} rows
          </label>
        ))}
      </fieldset>
      <p>
        {plural(company.length, 'row')} {company.length === 1 ? 'is' : 'are'} the company&apos;s;{' '}
        {plural(leftOut.rows, 'row')} of {plural(leftOut.recipients.length, 'other recipient')} left out: counted, never
        summed.
      </p>
      {answer.problems.length > 0 && (
        <details>
          <summary>{answer.problems.length} rows could not be read</summary>
          <ul>
            {answer.problems.map((p) => (
              <li key={`${p.line}-${p.message}`}>{p.line ? `Line ${p.line}: ${p.message}` : p.message}</li>
            ))}
          </ul>
        </details>
      )}
      {answer.skipped.length > 0 && (
        <ul>
          {answer.skipped.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      )}
      {diff && previousName && <DiffList diff={diff} previousName={previousName} />}
      <div className="official-actions">
        <button type="button" onClick={onAccept} disabled={busy || confirmed.length === 0}>
          {previousName ? 'Replace the official record' : 'Use as the official record'}
        </button>
        <button type="button" className="secondary" onClick={onDiscard} disabled={busy}>
          Discard this file
        </button>
      </div>
    </section>
  )
}
