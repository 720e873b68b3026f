/**
 * Row validation: turns a row classified as an entry into a position, or into a problem named by
 * line and column. The last step of reading a positions export.
 */
import { parseAmount, toCents, type AmountResult, type DecimalMark } from './amount'
import type { ColumnField, ColumnMapping } from './columns'
import { cellCurrency, currencyCode, formatMoneyFromCents, isKnownCurrency } from './currency'
import { isValidIsin } from './identifiers'
import type { Position, PositionKind, RowProblem } from './parse'
import { cell, type RowIdentifiers } from './rowClass'

/** A value beyond this is a typo or a unit error, not a position (the largest funds hold ~$1T). */
export const MAX_POSITION_CENTS = 100_000_000_000_000 // 1 trillion
export const MAX_QUANTITY = 100_000_000_000

const BLANK: AmountResult = { kind: 'blank' }

/** What validation needs to know about the file's columns. */
export interface RowContext {
  headers: readonly string[]
  mapping: ColumnMapping
  decimalMark: DecimalMark
  /** The currency the value column's header names ("Value (EUR)"): the converted account value. */
  valueCurrency: string | null
  /** Where a rate column converts the values: how many rows it converted, and the currencies at a rate of 1 (the account's). */
  rated?: { count: number; atOne: Set<string> }
}

/** A column's header as the file names it, for messages. */
export function columnName(headers: readonly string[], i: number | null, fallback: string): string {
  return i === null ? fallback : headers[i] || `column ${i + 1}`
}

/**
 * The currency of a row's value. A value read from the value column is in the currency its header
 * names where it names one (a converted column), else the row's currency column's, else the one
 * written in the cell. A value computed as quantity × price is in the price's currency: the row's
 * currency column, else the one written in the price cell, never the converted column's. Null
 * means "the account's".
 */
function rowCurrency(
  f: readonly string[],
  ctx: RowContext,
  fromValueColumn: boolean,
): string | null | { unknown: string } | { conflict: string; named: string; column: string } {
  if (ctx.valueCurrency && fromValueColumn) return ctx.valueCurrency
  const raw = cell(f, ctx.mapping.currency)
  if (raw.trim() !== '') {
    const code = currencyCode(raw)
    if (!isKnownCurrency(code)) return { unknown: code }
    // The value cell may name its own currency unmistakably ("£720.00", "720 EUR"; a bare "$" or
    // "¥" is shared by several): where it differs from the column, the amount is not read as the
    // column's. A pence column beside pounds is the price's quote: the value is in pounds.
    const valueCell = fromValueColumn ? cell(f, ctx.mapping.value) : ''
    const named = valueCell !== '' && UNMISTAKABLE.test(valueCell) ? cellCurrency(valueCell) : null
    if (named && named !== code) {
      if (code === 'GBX' && named === 'GBP') return 'GBP'
      return { conflict: valueCell, named, column: code }
    }
    return code
  }
  return cellCurrency(cell(f, fromValueColumn ? ctx.mapping.value : ctx.mapping.price))
}

/** A currency named beyond doubt in an amount cell: a euro or pound sign, or a three-letter code. */
const UNMISTAKABLE = /[€£]|(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])/

/** A problem with one row, named by line and the column the file gives it. */
function rowProblem(
  ctx: RowContext,
  line: number,
  field: ColumnField | null,
  message: string,
  fallback = 'market value',
): RowProblem {
  return { line, column: field === null ? null : columnName(ctx.headers, ctx.mapping[field], fallback), message }
}

/** Validates an entry row: identifiers, amounts and limits. Short positions (negative values) are kept. */
export function toPosition(
  f: readonly string[],
  line: number,
  kind: PositionKind,
  ids: RowIdentifiers,
  ctx: RowContext,
): Position | RowProblem {
  const { headers, mapping, decimalMark } = ctx
  if (kind === 'security' && !ids.ticker && !ids.isin && !ids.cusip && !ids.name) {
    const cols = (['ticker', 'isin', 'cusip', 'name'] as ColumnField[])
      .filter((k) => mapping[k] !== null)
      .map((k) => columnName(headers, mapping[k], k))
    return { line, column: cols.join(', '), message: 'No security named: the identifying columns are empty.' }
  }
  if (ids.isin && !isValidIsin(ids.isin))
    return rowProblem(ctx, line, 'isin', `"${ids.isin}" is not a valid ISIN.`, 'ISIN')
  const valueCell = cell(f, mapping.value)
  const qtyCell = cell(f, mapping.quantity)
  const priceCell = cell(f, mapping.price)
  const value = parseAmount(valueCell, decimalMark)
  const qty = parseAmount(qtyCell, decimalMark)
  if (mapping.value !== null && value.kind === 'invalid')
    return rowProblem(ctx, line, 'value', `"${valueCell}" is not a number.`)
  if (mapping.quantity !== null && qty.kind === 'invalid')
    return rowProblem(ctx, line, 'quantity', `"${qtyCell}" is not a number.`, 'quantity')
  // The price matters only for a row without a value: it is then checked and values the row.
  const price = mapping.price === null || value.kind === 'number' ? BLANK : parseAmount(priceCell, decimalMark)
  if (price.kind === 'invalid' && value.kind !== 'number')
    return rowProblem(ctx, line, 'price', `"${priceCell}" is not a number.`, 'price')
  const named = rowCurrency(f, ctx, value.kind === 'number')
  if (named !== null && typeof named === 'object')
    return rowProblem(
      ctx,
      line,
      'currency',
      'unknown' in named
        ? `"${named.unknown}" is not a currency code this app knows (ISO 4217).`
        : `"${named.conflict}" is in ${named.named}, but the currency column says ${named.column}: correct one of them so the amount is read in one currency.`,
      'currency',
    )
  let currency = named
  const quantity = qty.kind === 'number' ? qty.value : null
  let valueCents: number | null = null
  if (value.kind === 'number') valueCents = toCents(value.value)
  else if (quantity !== null && price.kind === 'number') valueCents = toCents(quantity * price.value)
  if (valueCents === null && quantity === null)
    return rowProblem(
      ctx,
      line,
      mapping.value !== null ? 'value' : 'quantity',
      'No amount: the market value (or quantity) is empty.',
    )
  if (valueCents !== null && Math.abs(valueCents) > MAX_POSITION_CENTS)
    return rowProblem(
      ctx,
      line,
      value.kind === 'number' ? 'value' : 'quantity',
      `Implausible market value (${formatMoneyFromCents(valueCents, currency)}): more than a trillion in one position.`,
    )
  if (kind === 'security' && quantity !== null && valueCents !== null && quantity * valueCents < 0)
    return rowProblem(
      ctx,
      line,
      'value',
      `Signs disagree: quantity ${qtyCell} but market value ${formatMoneyFromCents(valueCents, currency)}; a short position has a negative quantity and a negative value.`,
    )
  if (quantity !== null && Math.abs(quantity) > MAX_QUANTITY)
    return rowProblem(ctx, line, 'quantity', `Implausible quantity (${qtyCell}).`, 'quantity')
  // A rate to the account currency on the row (Interactive Brokers' "FXRateToBase"): the value is
  // converted with it and is then in the account currency (currency null, as convertCents reads it).
  // A row without a usable rate keeps its own currency, and a rate is asked for as elsewhere.
  if (mapping.fxRate !== null && valueCents !== null) {
    const rate = parseAmount(cell(f, mapping.fxRate), decimalMark)
    if (rate.kind === 'number' && rate.value > 0) {
      if (ctx.rated) {
        ctx.rated.count += 1
        if (rate.value === 1 && currency !== null) ctx.rated.atOne.add(currency)
      }
      valueCents = Math.round(valueCents * rate.value)
      currency = null
    }
  }
  // Written out, not spread from ids: every position then has one shape.
  return {
    line,
    kind,
    ticker: ids.ticker,
    isin: ids.isin,
    cusip: ids.cusip,
    name: ids.name,
    quantity,
    valueCents,
    currency,
    securityType: cell(f, mapping.type) || null,
  }
}
