/**
 * Which column is which. Brokers name the same thing many ways ("Current Value",
 * "Mkt Val (Market Value)", "Market Value (USD)", "Marktwert"); a header is recognised when it
 * names a security (ticker, ISIN, CUSIP or name) and an amount (market value or quantity).
 */
import { headerCurrency, stripHeaderCurrency } from './currency'

/**
 * The fields the look-through reads. `type` is the broker's security type (cash, fund or share);
 * `currency` is each row's own currency; `localValue` is a value in that currency beside the
 * converted account-currency value, recognised so that it is never taken for the value; `fxRate`
 * is each row's rate to the account currency (Interactive Brokers' "FXRateToBase"), which converts
 * the row's value.
 */
export const COLUMN_FIELDS = [
  'ticker',
  'isin',
  'cusip',
  'name',
  'value',
  'quantity',
  'price',
  'type',
  'currency',
  'localValue',
  'fxRate',
] as const
export type ColumnField = (typeof COLUMN_FIELDS)[number]

/** Column index for each field, or null where the file has no such column. */
export type ColumnMapping = Record<ColumnField, number | null>

export const FIELD_LABELS: Record<ColumnField, string> = {
  ticker: 'Ticker / symbol',
  isin: 'ISIN',
  cusip: 'CUSIP',
  name: 'Security name',
  value: 'Market value',
  quantity: 'Quantity',
  price: 'Price',
  type: 'Security type',
  currency: 'Currency (per row)',
  localValue: 'Value in the security’s own currency',
  fxRate: 'Exchange rate to the base currency (per row)',
}

export const emptyMapping = (): ColumnMapping => ({
  ticker: null,
  isin: null,
  cusip: null,
  name: null,
  value: null,
  quantity: null,
  price: null,
  type: null,
  currency: null,
  localValue: null,
  fxRate: null,
})

function norm(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9äöüéè]/g, '')
}

/** Header names per field, normalised (lower case, letters and digits only). Exact matches first. */
const EXACT: Record<ColumnField, readonly string[]> = {
  ticker: ['symbol', 'ticker', 'tickersymbol', 'securitysymbol', 'tradingsymbol', 'instrumentsymbol', 'code', 'epic'],
  isin: ['isin', 'isincode', 'isinnumber', 'securityisin'],
  cusip: ['cusip', 'cusipnumber', 'securitycusip'],
  name: [
    'description',
    'name',
    'securityname',
    'securitydescription',
    'security',
    'instrument',
    'instrumentname',
    'investment',
    'investmentname',
    'holding',
    'holdingname',
    'fundname',
    'assetname',
    'bezeichnung',
    'wertpapier',
    'libellé',
  ],
  value: [
    'value',
    'marketvalue',
    'currentvalue',
    'mktval',
    'mktvalmarketvalue',
    'totalvalue',
    'positionvalue',
    'endingvalue',
    'currentmarketvalue',
    'marktwert',
    'kurswert',
    'valeur',
    'balance',
    'wert',
    'amount',
    'valeurdemarché',
  ],
  quantity: [
    'quantity',
    'qty',
    'qtyquantity',
    'shares',
    'units',
    'sharesunits',
    'position',
    'nominal',
    'anzahl',
    'stück',
    'stueck',
    'quantité',
  ],
  price: [
    'price',
    'lastprice',
    'currentprice',
    'shareprice',
    'priceperunit',
    'pricepriceinusd',
    'closingprice',
    'marketprice',
    'kurs',
  ],
  type: [
    'securitytype',
    'assettype',
    'assetclass',
    'producttype',
    'investmenttype',
    'securitytypesecuritytype',
    'assetcategory',
    'instrumenttype',
    'wertpapierart',
    'gattung',
  ],
  currency: [
    'currency',
    'ccy',
    'curr',
    'währung',
    'wahrung',
    'devise',
    'positioncurrency',
    'securitycurrency',
    'localcurrency',
    'tradingcurrency',
    'currencycode',
    'handelswährung',
    // Interactive Brokers' Flex Query: each position's own currency.
    'currencyprimary',
  ],
  localValue: [],
  fxRate: ['fxratetobase', 'fxrate'],
}

/** Looser rules for headers with units or currencies: "Market Value (USD)", "Price ($)". */
const PREFIX: Record<ColumnField, readonly string[]> = {
  ticker: ['symbol', 'ticker'],
  isin: ['isin'],
  cusip: ['cusip'],
  name: ['securityname', 'securitydescription', 'description'],
  value: ['marketvalue', 'currentvalue', 'mktval', 'positionvalue', 'totalmarketvalue', 'marktwert', 'kurswert'],
  quantity: ['quantity', 'qty', 'shares'],
  price: ['lastprice', 'currentprice', 'priceusd', 'price'],
  type: ['securitytype', 'assettype', 'assetclass'],
  currency: [],
  localValue: [],
  fxRate: [],
}

/** Headers that contain a field's words but are something else. */
const NOT = /change|gain|loss|cost|basis|percent|pct|accountname|accountnumber|yield|date|%|weight|income/

/** Headers of a value in each security's own currency, beside the account-currency value. */
const LOCAL = /local|lokal|handelsw|originalw|instrumentcurrency|securitycurrency|tradingcurrency/

/** The field a header names, or null. A currency in the header ("Value (EUR)") does not hide the field. */
export function fieldForHeader(header: string): ColumnField | null {
  const h = norm(stripHeaderCurrency(header))
  if (h === '') return null
  if (LOCAL.test(h) && /value|wert|valeur|amount|betrag/.test(h)) return 'localValue'
  for (const f of COLUMN_FIELDS) if (EXACT[f].includes(h)) return f
  if (NOT.test(h) || NOT.test(header.toLowerCase())) return null
  for (const f of COLUMN_FIELDS) if (PREFIX[f].some((p) => h.startsWith(p))) return f
  return null
}

/**
 * Maps a header row's cells to fields; the first column naming a field wins, except that a value
 * column naming its currency ("Market value (EUR)") wins over one that does not.
 */
export function mapHeader(cells: readonly string[]): ColumnMapping {
  const mapping = emptyMapping()
  cells.forEach((cell, i) => {
    const f = fieldForHeader(cell)
    if (!f) return
    const current = mapping[f]
    if (current === null) mapping[f] = i
    else if (f === 'value' && !headerCurrency(cells[current] ?? '') && headerCurrency(cell)) mapping[f] = i
  })
  return mapping
}

/** A mapping is usable when it names a security and an amount (a value, or a quantity). */
export function missingFields(mapping: ColumnMapping): ('security' | 'amount')[] {
  const missing: ('security' | 'amount')[] = []
  if (mapping.ticker === null && mapping.isin === null && mapping.cusip === null && mapping.name === null)
    missing.push('security')
  if (mapping.value === null && mapping.quantity === null) missing.push('amount')
  return missing
}

/**
 * The header row: the first of the opening rows whose cells name a security and an amount.
 * Title and account lines above it are skipped. Returns the row's index, or -1.
 */
export function findHeaderRow(rows: readonly { fields: string[] }[], scan = 60): number {
  const limit = Math.min(rows.length, scan)
  for (let i = 0; i < limit; i += 1) {
    const fields = rows[i]?.fields ?? []
    if (fields.length < 2) continue
    if (missingFields(mapHeader(fields)).length === 0) return i
  }
  return -1
}

/**
 * A best guess at the header when none is recognised, for the user to map by hand: the first
 * of the opening rows with the most non-empty, non-numeric cells.
 */
export function guessHeaderRow(rows: readonly { fields: string[] }[], scan = 60): number {
  let best = -1
  let bestCount = 1
  const limit = Math.min(rows.length, scan)
  for (let i = 0; i < limit; i += 1) {
    const count = (rows[i]?.fields ?? []).filter((f) => f !== '' && !/^[\d\s.,$€£()+-]+$/.test(f)).length
    if (count > bestCount) [best, bestCount] = [i, count]
  }
  return best
}
