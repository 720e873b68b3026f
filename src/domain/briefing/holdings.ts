/**
 * The briefing's holdings input, from the Holdings view's look-through and levers: figures kept in
 * cents of the account's currency (the section formats them), the issuers' fund files with their
 * "as of" dates, and the short side apart so the document never nets it silently. Pure.
 */
import { formatPartialDate, formatPercent } from '../format/format'
import type { Lever } from '../holdings/levers'
import type { ExposureRow, LookThroughResult } from '../holdings/lookthrough'
import type { HoldingsInput } from './input'

/** How a row is held, as the table names it: the fund, where its weight comes from, and the weight. */
function routeText(row: ExposureRow): string {
  if (!row.via) return 'Direct holding'
  const from = row.via.sample
    ? ' (sample data)'
    : row.via.source === 'file'
      ? ` (issuer's file, ${row.via.asOf ? `as of ${formatPartialDate(row.via.asOf)}` : 'undated'})`
      : ''
  return `${row.via.name}${from}, weight ${formatPercent(row.via.weight, 2)}`
}

/** The holdings section's input: what the Holdings view shows, for the PDF and its first page. */
export function holdingsForBriefing(label: string, r: LookThroughResult, levers: readonly Lever[] = []): HoldingsInput {
  return {
    label,
    sample: r.usesSampleData,
    currency: r.currency,
    totalCents: r.totalCents,
    totalExCashCents: r.totalExCashCents,
    directCents: r.directCents,
    indirectCents: r.indirectCents,
    exposureCents: r.exposureCents,
    directShare: r.directShare,
    indirectShare: r.indirectShare,
    exposureShare: r.exposureShare,
    grossExposureCents: r.grossExposureCents,
    grossExposureShare: r.grossExposureShare,
    shortExposureCents: r.shortExposureCents,
    fundFiles: r.fundFilesUsed.map((f) => ({
      fund: f.fundName,
      file: f.sheet ? `${f.fileName} (sheet “${f.sheet}”)` : f.fileName,
      asOf: f.asOf,
      weight: f.found
        ? `company weight ${formatPercent(f.weight, 2)} (found by ${f.matchedBy ?? 'name'})`
        : f.notes?.length
          ? 'no line of the company’s shares found (a weight of zero; see the notes)'
          : 'the company is not among its holdings (a known zero)',
      notes: f.notes ?? [],
    })),
    // With nothing counted there is no share to give: "not measured", not 0%.
    coverage: r.coverage.consideredCents > 0 ? r.coverage.share : null,
    levers: levers.map((l) => `${l.text}${l.proposal ? ` Rule 14a-8(b): ${l.proposal.text}` : ''}`),
    rows: r.rows.map((row) => ({
      position: `${row.security}${row.short ? ' (short)' : ''}`,
      route: routeText(row),
      valueCents: row.effectiveCents,
      share: row.share,
    })),
    unresolved: r.unresolved.length,
    companyWithoutValue: r.companyWithoutValue.length,
    missingRates: r.missingRates,
    sourceIds: [],
  }
}
