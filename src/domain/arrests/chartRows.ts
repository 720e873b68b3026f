import type { Operation, OperationFigure } from '../operations/schema'
import { worksiteShare } from '../overview/headlines'
import type { Verification } from '../sources/schema'
import type { ArrestCategory, ArrestStat, EnforcementUnit } from './schema'

const unique = (ids: string[]) => [...new Set(ids)]

/** A share as a percentage rounded to one decimal, as the sources state them: 0.034605 -> 3.5. */
export function percentOneDecimal(share: number): number {
  return Math.round(share * 1000) / 10
}

/** One slice of a year's HSI arrests. */
export interface BreakdownRow {
  key: 'worksite-administrative' | 'child-predator' | 'other'
  label: string
  count: number
  /** count / total, unrounded. */
  share: number
  /** The share in percent, one decimal. */
  percent: number
  /** True for "other": computed here as the total minus the named slices, not stated by a source. */
  derived: boolean
  /** What the fact check could not confirm about the count ("other": about the total it comes from). */
  verification: Verification | null
  sourceIds: string[]
}

/**
 * A fiscal year's HSI arrests split into worksite administrative arrests, child-predator arrests
 * and the rest. The worksite share comes from `worksiteShare` (the Overview's figure); "other" is
 * the total minus the two named slices. Null when a figure is missing or the slices exceed the total.
 */
export function hsiArrestBreakdown(
  arrests: readonly ArrestStat[],
  fiscalYear: number,
): { total: ArrestStat; rows: BreakdownRow[] } | null {
  const share = worksiteShare([...arrests], fiscalYear)
  const child = arrests.find(
    (a) => a.unit === 'HSI' && a.category === 'child predator arrests' && a.fiscalYear === fiscalYear,
  )
  if (!share || !child) return null
  const { total, worksite } = share
  const other = total.count - worksite.count - child.count
  if (other < 0) return null
  const row = (key: BreakdownRow['key'], label: string, count: number, derived: boolean, from: ArrestStat) => ({
    key,
    label,
    count,
    share: count / total.count,
    percent: percentOneDecimal(count / total.count),
    derived,
    verification: from.verification ?? null,
    sourceIds: from.sourceIds,
  })
  return {
    total,
    rows: [
      row('worksite-administrative', 'Worksite administrative arrests', worksite.count, false, worksite),
      row('child-predator', 'Child-predator arrests', child.count, false, child),
      row('other', 'Other HSI arrests', other, true, total),
    ],
  }
}

/** A series read from the arrest statistics: one unit and category. */
export interface YearSeries {
  key: string
  label: string
  unit: EnforcementUnit
  category: ArrestCategory
}

/** One fiscal year of several series; a series the sources do not report that year is null. */
export interface YearSeriesRow {
  fiscalYear: number
  label: string
  values: Record<string, number | null>
  /** Other counts sources give for a value, e.g. "1,716" beside 1,691 investigations. */
  variants: Record<string, number[]>
  notes: string[]
  /** The counts of the year the fact check could not confirm: "ERO removals: <reason>". */
  unverified: string[]
  sourceIds: string[]
}

/** The statistics to one row per fiscal year that has at least one of the series, oldest first. */
export function toYearSeriesRows(arrests: readonly ArrestStat[], series: readonly YearSeries[]): YearSeriesRow[] {
  const stats = (s: YearSeries) => arrests.filter((a) => a.unit === s.unit && a.category === s.category)
  const years = [...new Set(series.flatMap((s) => stats(s).map((a) => a.fiscalYear)))].sort((a, b) => a - b)
  return years.map((fiscalYear) => {
    const found = series.map((s) => ({ s, stat: stats(s).find((a) => a.fiscalYear === fiscalYear) ?? null }))
    const values: Record<string, number | null> = {}
    const variants: Record<string, number[]> = {}
    for (const { s, stat } of found) {
      values[s.key] = stat?.count ?? null
      variants[s.key] = stat ? stat.variants.map((v) => v.count) : []
    }
    const present = found.flatMap(({ s, stat }) => (stat ? [{ s, stat }] : []))
    return {
      fiscalYear,
      label: `FY${fiscalYear}`,
      values,
      variants,
      notes: present.flatMap(({ s, stat }) => (stat.note ? [`${s.label}: ${stat.note}`] : [])),
      unverified: present.flatMap(({ s, stat }) =>
        stat.verification ? [`${s.label}: ${stat.verification.reason}`] : [],
      ),
      sourceIds: unique(
        present.flatMap(({ stat }) => [...stat.sourceIds, ...stat.variants.flatMap((v) => v.sourceIds)]),
      ),
    }
  })
}

/** HSI worksite enforcement by year: the series of ICE's worksite page and the FY2021 budget. */
export const WORKSITE_SERIES: readonly YearSeries[] = [
  { key: 'investigations', label: 'Investigations', unit: 'HSI worksite', category: 'investigations' },
  { key: 'i9Audits', label: 'I-9 audits', unit: 'HSI worksite', category: 'I-9 audits' },
  { key: 'criminal', label: 'Criminal arrests', unit: 'HSI worksite', category: 'criminal arrests' },
  { key: 'administrative', label: 'Administrative arrests', unit: 'HSI worksite', category: 'administrative arrests' },
]

/** HSI and ERO arrests and removals by year, where the research file has them. */
export const UNIT_SERIES: readonly YearSeries[] = [
  { key: 'hsiAll', label: 'HSI arrests (all)', unit: 'HSI', category: 'arrests (all)' },
  { key: 'hsiCriminal', label: 'HSI criminal arrests', unit: 'HSI', category: 'criminal arrests' },
  { key: 'eroAdministrative', label: 'ERO administrative arrests', unit: 'ERO', category: 'administrative arrests' },
  { key: 'eroRemovals', label: 'ERO removals', unit: 'ERO', category: 'removals' },
]

/** The change in one count from one fiscal year to another: the advocates' framing. */
export interface YearOverYear {
  from: ArrestStat
  to: ArrestStat
  difference: number
  /** to / from, e.g. 8.9 for 172 -> 1,525. */
  ratio: number
  sourceIds: string[]
}

/** The change in a unit's category between two fiscal years; null if either is missing or zero. */
export function yearOverYear(
  arrests: readonly ArrestStat[],
  unit: EnforcementUnit,
  category: ArrestCategory,
  fromYear: number,
  toYear: number,
): YearOverYear | null {
  const find = (y: number) => arrests.find((a) => a.unit === unit && a.category === category && a.fiscalYear === y)
  const from = find(fromYear)
  const to = find(toYear)
  if (!from || !to || from.count === 0) return null
  return {
    from,
    to,
    difference: to.count - from.count,
    ratio: to.count / from.count,
    sourceIds: unique([...from.sourceIds, ...to.sourceIds]),
  }
}

/** Figures that count people (arrested, released, targeted), the ones the operations chart compares. */
export const PEOPLE_FIGURE_IDS: readonly string[] = ['arrested', 'released', 'targets']

/** One figure of one operation. */
export interface OperationFigureRow {
  id: string
  operationId: string
  operation: string
  date: string
  status: Operation['status']
  figure: string
  count: number
  /** How the source qualifies the count: "about" 300, 8,400 "planned". */
  qualifier: OperationFigure['qualifier']
  /** True for counts of people, the figures the operations chart compares. */
  countsPeople: boolean
  /** What the fact check could not confirm about the operation the figure comes from. */
  verification: Verification | null
  sourceIds: string[]
}

/** Operations to one row per figure, in date order; `countsPeople` marks those the chart draws. */
export function toOperationFigureRows(operations: readonly Operation[]): OperationFigureRow[] {
  return [...operations]
    .sort((a, b) => a.date.localeCompare(b.date))
    .flatMap((o) =>
      o.figures.map((f) => ({
        id: `${o.id}-${f.id}`,
        operationId: o.id,
        operation: o.name,
        date: o.date,
        status: o.status,
        figure: f.label,
        count: f.count,
        qualifier: f.qualifier,
        countsPeople: PEOPLE_FIGURE_IDS.includes(f.id),
        verification: o.verification ?? null,
        sourceIds: f.sourceIds,
      })),
    )
}
