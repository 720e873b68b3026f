import { useId } from 'react'
import type { AwardRow, FiscalYearRow } from '../../../domain/contracts/chartRows'
import { formatUsdFromCents, formatCount } from '../../../domain/format/format'
import { obligationsByFiscalYear, toOfficialAwards } from '../../../domain/usaspending/aggregate'
import { reconcileWithPress, sideBySide } from '../../../domain/usaspending/reconcile'
import type { OfficialRecord } from '../../../domain/usaspending/schema'
import { bySubAgency, listSubAgencies } from '../../../domain/usaspending/select'
import { useOfficialRecordActions } from '../../../stores/officialRecord/officialRecordStore'
import { OfficialAwardsTable, ReconcileTable } from './OfficialTables'
import { OfficialYearsFigure, toOfficialYearRows } from './OfficialYearsFigure'

const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`

/** The official record for the chosen sub-agency: years, awards, and the reconciliation with the press. */
export function OfficialRecordView({
  record,
  pressAwards,
  pressYears,
}: {
  record: OfficialRecord
  pressAwards: AwardRow[]
  pressYears: FiscalYearRow[]
}) {
  const selectId = useId()
  const { subAgencyChosen } = useOfficialRecordActions()
  const agencies = listSubAgencies(record.transactions)
  const { shown, elsewhere } = bySubAgency(record.transactions, record.subAgency)
  const awards = toOfficialAwards(shown)
  const years = obligationsByFiscalYear(shown)
  const rows = toOfficialYearRows(years, sideBySide(pressYears, years))
  const total = shown.reduce((s, t) => s + t.obligationCents, 0)
  const source = `Source: USAspending.gov download ${record.fileName}, official record as of ${record.asOf ?? 'an undated file'}; press-reported values as on this page.`
  return (
    <div className="official-record">
      <p role="status">
        Official record as of {record.asOf ?? 'an undated file'} (from {record.fileName}):{' '}
        {plural(shown.length, 'action')} on {plural(awards.length, 'award')}, {formatUsdFromCents(total)} obligated by{' '}
        {record.subAgency}.
      </p>
      <label htmlFor={selectId}>Awarding sub-agency</label>{' '}
      <select id={selectId} value={record.subAgency} onChange={(event) => void subAgencyChosen(event.target.value)}>
        {!agencies.some((a) => a.name === record.subAgency) && (
          <option value={record.subAgency}>{record.subAgency} (0 rows)</option>
        )}
        {agencies.map((a) => (
          <option key={a.name} value={a.name}>
            {a.name || '(not named)'} ({formatCount(a.rows)} rows)
          </option>
        ))}
      </select>
      {elsewhere.length > 0 && (
        <p>
          Shown apart, not in these sums: the company&apos;s rows from{' '}
          {elsewhere.map((e) => `${e.name || '(not named)'} (${formatCount(e.rows)})`).join(', ')}.
        </p>
      )}
      {record.layout === 'summaries' ? (
        <p>
          This is the award summaries file: it gives each award&apos;s total, not its actions by year, so there is no
          chart by fiscal year. Download the transactions file for that.
        </p>
      ) : (
        <OfficialYearsFigure rows={rows} subAgency={record.subAgency} source={source} />
      )}
      <h3>Awards in the official record</h3>
      <OfficialAwardsTable awards={awards} caption={`Awards from ${record.subAgency} in the official record`} />
      <h3>Press-reported awards beside the official record</h3>
      <ReconcileTable rows={reconcileWithPress(awards, pressAwards)} />
      <details>
        <summary>
          Left out: {formatCount(record.leftOut.rows)} rows of {formatCount(record.leftOut.recipients.length)} other
          recipients
        </summary>
        <ul>
          {record.leftOut.recipients.slice(0, 50).map((r) => (
            <li key={r.name}>
              {r.name || '(no name)'}: {formatCount(r.rows)} rows
            </li>
          ))}
          {record.leftOut.recipients.length > 50 && <li>and {record.leftOut.recipients.length - 50} more</li>}
        </ul>
      </details>
    </div>
  )
}
