import type { ArrestStat } from '../../domain/arrests/schema'
import type { ArrestsInput, ContractsInput } from '../../domain/briefing/build'
import type { ContractAward, ReportedTotal } from '../../domain/contracts/schema'
import { formatPartialDate, formatUsd, formatUsdMillions } from '../../domain/format/format'
import { worksiteShare } from '../../domain/overview/headlines'

/** The contract section's rows: one per award, low to high over every reported value. */
export function contractsForBriefing(awards: ContractAward[], totals: ReportedTotal[]): ContractsInput {
  return {
    awards: awards.map((a) => {
      const amounts = a.values.map((v) => v.amountUsd)
      return {
        label: `${a.title} (${formatPartialDate(a.date)})`,
        low: amounts.length ? Math.min(...amounts) : null,
        high: amounts.length ? Math.max(...amounts) : null,
        values: a.values.length
          ? a.values.map((v) => `${formatUsd(v.amountUsd)} (${v.basis}: ${v.note})`).join('; ')
          : 'No value reported for this award alone.',
        sourceIds: [...new Set([...a.sourceIds, ...a.values.flatMap((v) => v.sourceIds)])],
      }
    }),
    totals: totals.map((t) => ({
      label: t.label,
      text: `${t.qualifier === 'exact' ? '' : `${t.qualifier} `}${formatUsdMillions(t.amountUsd)}${t.highUsd ? ` to ${formatUsdMillions(t.highUsd)}` : ''} (as of ${formatPartialDate(t.asOf)}; ${t.scope})`,
      sourceIds: t.sourceIds,
    })),
    note: 'Where sources disagree, every reported value is listed and the bar runs from the lowest to the highest. Awards may overlap (ImmigrationOS modifies the 2022 ICM order), so others\u2019 tallies are listed beside, not summed.',
  }
}

/** The arrests section: HSI's FY2018 breakdown, worksite enforcement by year, and both framings. */
export function arrestsForBriefing(arrests: ArrestStat[]): ArrestsInput {
  const find = (unit: ArrestStat['unit'], category: ArrestStat['category'], fy: number) =>
    arrests.find((a) => a.unit === unit && a.category === category && a.fiscalYear === fy)
  const share = worksiteShare(arrests, 2018)
  const child = find('HSI', 'child predator arrests', 2018)
  const breakdown: ArrestsInput['breakdown'] = []
  if (share) {
    const total = share.total.count
    const worksite = share.worksite.count
    const childCount = child?.count ?? 0
    breakdown.push({
      label: 'Worksite administrative',
      count: worksite,
      share: worksite / total,
      sourceIds: share.worksite.sourceIds,
    })
    if (child)
      breakdown.push({
        label: 'Child-predator',
        count: childCount,
        share: childCount / total,
        sourceIds: child.sourceIds,
      })
    const other = total - worksite - childCount
    breakdown.push({ label: 'Other', count: other, share: other / total, sourceIds: share.total.sourceIds })
  }
  const years = [2017, 2018, 2019]
  const cell = (category: ArrestStat['category'], fy: number) => {
    const stat = find('HSI worksite', category, fy)
    return stat ? stat.count.toLocaleString('en-US') : 'not reported'
  }
  const admin2017 = find('HSI worksite', 'administrative arrests', 2017)
  const admin2018 = find('HSI worksite', 'administrative arrests', 2018)
  return {
    breakdownTitle: share
      ? `HSI arrests in FY2018: ${share.total.count.toLocaleString('en-US')} in all`
      : 'HSI arrests in FY2018 (not available)',
    breakdown,
    byYearColumns: ['Fiscal year', 'Investigations', 'I-9 audits', 'Criminal arrests', 'Administrative arrests'],
    byYear: years.map((fy) => ({
      year: fy,
      cells: [
        cell('investigations', fy),
        cell('I-9 audits', fy),
        cell('criminal arrests', fy),
        cell('administrative arrests', fy),
      ],
      sourceIds: [
        ...new Set(arrests.filter((a) => a.unit === 'HSI worksite' && a.fiscalYear === fy).flatMap((a) => a.sourceIds)),
      ],
    })),
    framings: [
      ...(share
        ? [
            {
              label: "The company's framing",
              text: `worksite administrative arrests were "only ${(share.share * 100).toFixed(1)}%" of HSI's arrests in 2018`,
              sourceIds: share.worksite.sourceIds,
            },
          ]
        : []),
      ...(admin2017 && admin2018
        ? [
            {
              label: "The advocates' framing",
              text: `those arrests rose from ${admin2017.count.toLocaleString('en-US')} in FY2017 to ${admin2018.count.toLocaleString('en-US')} in FY2018, about ${(admin2018.count / admin2017.count).toFixed(1)} times as many`,
              sourceIds: [...admin2017.sourceIds, ...admin2018.sourceIds],
            },
          ]
        : []),
    ],
  }
}
