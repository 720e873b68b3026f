import { hsiArrestBreakdown, toYearSeriesRows, WORKSITE_SERIES, yearOverYear } from '../../domain/arrests/chartRows'
import type { ArrestStat } from '../../domain/arrests/schema'
import type { ArrestsInput, ContractsInput } from '../../domain/briefing/build'
import { toAwardRows } from '../../domain/contracts/chartRows'
import { verificationText } from '../../domain/sources/cite'
import type { ContractAward, ReportedTotal } from '../../domain/contracts/schema'
import {
  formatUsdFromCents,
  formatCount,
  formatPartialDate,
  formatUsd,
  formatUsdMillions,
  plural,
} from '../../domain/format/format'
import { obligationsByFiscalYear, toOfficialAwards } from '../../domain/usaspending/aggregate'
import type { OfficialRecord } from '../../domain/usaspending/schema'
import { bySubAgency } from '../../domain/usaspending/select'

/** The official record's part of the contract section: its as-of date, years, and awards beside the press. */
export function officialForBriefing(record: OfficialRecord, awards: ContractAward[]): ContractsInput['official'] {
  const { shown } = bySubAgency(record.transactions, record.subAgency)
  const official = toOfficialAwards(shown)
  const press = toAwardRows(awards)
  const total = shown.reduce((s, t) => s + t.obligationCents, 0)
  return {
    summary: `Official record (USAspending download ${record.fileName}), as of ${record.asOf ?? 'an undated file'}: ${formatUsdFromCents(total)} obligated by ${record.subAgency} on ${plural(official.length, 'award')}. The press-reported values follow, beside it and never added to it.`,
    obligatedUsd: total / 100,
    asOf: record.asOf,
    source: `USAspending download ${record.fileName}, ${record.subAgency}`,
    years: obligationsByFiscalYear(shown).map((y) => ({ label: `FY${y.fiscalYear}`, value: y.cents / 100 })),
    rows: official.map((a) => {
      const reported = press.filter((p) => p.piid !== null && p.piid.toUpperCase() === a.piid.toUpperCase())
      const values = reported.flatMap((p) => p.values.map((v) => `${formatUsd(v.amountUsd)} (${v.basis}: ${v.note})`))
      return [a.piid, formatUsdFromCents(a.obligatedCents), values.length ? values.join('; ') : 'none with this PIID']
    }),
  }
}

/** The contract section, from the same award rows the Contracts view charts. */
export function contractsForBriefing(
  awards: ContractAward[],
  totals: ReportedTotal[],
  official: OfficialRecord | null = null,
): ContractsInput {
  return {
    official: official ? officialForBriefing(official, awards) : null,
    awards: toAwardRows(awards).map((row) => ({
      label: `${row.vehicle} ${formatPartialDate(row.date)}`,
      low: row.low,
      high: row.high,
      values: row.values.length
        ? `${row.title}: ${row.values.map((v) => `${formatUsd(v.amountUsd)} (${v.basis}: ${v.note}${v.verification ? `; ${verificationText(v.verification)}` : ''})`).join('; ')}${row.inSums ? '' : ' Low confidence: kept out of the sums.'}${row.verification ? ` ${verificationText(row.verification)}` : ''}`
        : `${row.title}: no value reported for this award alone.`,
      sourceIds: row.sourceIds,
    })),
    totals: totals.map((t) => ({
      label: t.label,
      text: `${t.qualifier === 'exact' ? '' : `${t.qualifier} `}${formatUsdMillions(t.amountUsd)}${t.highUsd ? ` to ${formatUsdMillions(t.highUsd)}` : ''} (as of ${formatPartialDate(t.asOf)}; ${t.scope})${t.verification ? ` ${verificationText(t.verification)}` : ''}`,
      sourceIds: t.sourceIds,
      lowUsd: t.amountUsd,
      highUsd: t.highUsd,
    })),
    note: 'Where sources disagree, every reported value is listed and the bar runs from the lowest to the highest. Awards may overlap (ImmigrationOS modifies the 2022 ICM order; the $29.9M follow-on may be ImmigrationOS itself), so others\u2019 tallies are listed beside, not summed. Low-confidence values are kept out of every sum.',
  }
}

/** The arrests section, from the same rows the Arrests view charts. */
export function arrestsForBriefing(arrests: ArrestStat[]): ArrestsInput {
  const breakdown = hsiArrestBreakdown(arrests, 2018)
  const rise = yearOverYear(arrests, 'HSI worksite', 'administrative arrests', 2017, 2018)
  const worksite = breakdown?.rows.find((r) => r.key === 'worksite-administrative')
  const years = toYearSeriesRows(arrests, WORKSITE_SERIES)
  return {
    breakdownTitle: breakdown
      ? `HSI arrests in FY2018: ${formatCount(breakdown.total.count)} in all${breakdown.total.verification ? ` (${verificationText(breakdown.total.verification)})` : ''}`
      : 'HSI arrests in FY2018 (not available)',
    breakdown: (breakdown?.rows ?? []).map((r) => ({
      label: r.derived ? `${r.label}, computed` : r.label,
      count: r.count,
      share: r.share,
      sourceIds: r.sourceIds,
    })),
    byYearColumns: ['Fiscal year', ...WORKSITE_SERIES.map((s) => s.label)],
    byYear: years.map((row) => ({
      year: row.fiscalYear,
      cells: WORKSITE_SERIES.map((s) => {
        const value = row.values[s.key]
        return value === null || value === undefined ? 'not reported' : formatCount(value)
      }),
      sourceIds: row.sourceIds,
    })),
    framings: [
      ...(worksite
        ? [
            {
              label: "The company's framing",
              text: `worksite administrative arrests were "only ${worksite.percent}%" of HSI's arrests in FY2018`,
              sourceIds: worksite.sourceIds,
            },
          ]
        : []),
      ...(rise
        ? [
            {
              label: "The advocates' framing",
              text: `those arrests rose from ${formatCount(rise.from.count)} in FY2017 to ${formatCount(rise.to.count)} in FY2018, ${rise.ratio.toFixed(1)} times as many`,
              sourceIds: rise.sourceIds,
            },
          ]
        : []),
    ],
  }
}
