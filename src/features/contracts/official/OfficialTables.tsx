import { DataTable, type TableColumn } from '../../../components/DataTable'
import { formatUsdFromCents, formatUsd } from '../../../domain/format/format'
import type { OfficialAward } from '../../../domain/usaspending/aggregate'
import type { ReconciledAward } from '../../../domain/usaspending/reconcile'

const cents = (v: number | null) => (v === null ? '—' : formatUsdFromCents(v))
const dates = (a: string | null, b: string | null) => `${a ?? '—'} to ${b ?? '—'}`

const AWARD_COLUMNS: TableColumn<OfficialAward>[] = [
  { header: 'PIID', value: (a) => a.piid, rowHeader: true },
  { header: 'Parent PIID', value: (a) => a.parentPiid || null },
  { header: 'Description', value: (a) => a.description || null },
  { header: 'Awarding office', value: (a) => a.office || null },
  { header: 'Actions (first to latest)', value: (a) => dates(a.firstActionDate, a.latestActionDate) },
  { header: 'Performance (start to current end)', value: (a) => dates(a.startDate, a.currentEndDate) },
  {
    header: 'Obligated to date (USD)',
    value: (a) => a.obligatedCents / 100,
    cell: (a) => formatUsdFromCents(a.obligatedCents),
    numeric: true,
  },
  {
    header: 'Current total value (USD)',
    value: (a) => (a.currentValueCents === null ? null : a.currentValueCents / 100),
    cell: (a) => cents(a.currentValueCents),
    numeric: true,
  },
  {
    header: 'Potential total value (USD)',
    value: (a) => (a.potentialValueCents === null ? null : a.potentialValueCents / 100),
    cell: (a) => cents(a.potentialValueCents),
    numeric: true,
  },
  {
    header: 'On USAspending',
    value: (a) => a.url,
    cell: (a) => (
      <a href={a.url} target="_blank" rel="noreferrer">
        Award {a.piid} on USAspending
      </a>
    ),
  },
]

/** One row per award: what the record says, and a link to the award's USAspending page. */
export function OfficialAwardsTable({ awards, caption }: { awards: OfficialAward[]; caption: string }) {
  return <DataTable caption={caption} columns={AWARD_COLUMNS} rows={awards} rowKey={(a) => a.awardKey} />
}

interface ReconcileRow {
  key: string
  award: string
  official: number
  reported: number
  basis: string
  difference: number
}

const RECONCILE_COLUMNS: TableColumn<ReconcileRow>[] = [
  { header: 'Award (PIID)', value: (r) => r.award, rowHeader: true },
  {
    header: 'Official obligated to date (USD)',
    value: (r) => r.official / 100,
    cell: (r) => formatUsdFromCents(r.official),
    numeric: true,
  },
  { header: 'Reported value (USD)', value: (r) => r.reported, cell: (r) => formatUsd(r.reported), numeric: true },
  { header: 'What the report measures', value: (r) => r.basis },
  {
    header: 'Reported minus official (USD)',
    value: (r) => r.difference / 100,
    cell: (r) => `${r.difference > 0 ? '+' : ''}${formatUsdFromCents(r.difference)}`,
    numeric: true,
  },
]

/** Every press-reported value beside the official obligations of the award with the same PIID. */
export function ReconcileTable({ rows }: { rows: ReconciledAward[] }) {
  const flat: ReconcileRow[] = rows.flatMap((r) =>
    r.values.map((v, i) => ({
      key: `${r.pressId}-${i}`,
      award: `${r.title} (${r.piid})`,
      official: r.officialCents,
      reported: v.amountUsd,
      basis: `${v.basis}: ${v.note}`,
      difference: v.differenceCents,
    })),
  )
  if (flat.length === 0) return <p>No press-reported award with a value has the PIID of an award in this record.</p>
  return (
    <DataTable
      caption="Press-reported values beside the official record, by PIID"
      columns={RECONCILE_COLUMNS}
      rows={flat}
      rowKey={(r) => r.key}
    />
  )
}
