import type { LeftOut, Recipient, Transaction } from './schema'

/** The awarding sub-agency shown by default: the case is Palantir and ICE. */
export const DEFAULT_SUB_AGENCY = 'U.S. Immigration and Customs Enforcement'

/** A recipient's identity in the file: its name and UEI as written. */
export const recipientId = (r: { name: string; uei: string }) => `${r.name}|${r.uei}`
const txRecipientId = (t: Transaction) => `${t.recipientName}|${t.recipientUei}`

/** Every recipient in the file, most rows first. */
export function listRecipients(transactions: readonly Transaction[]): Recipient[] {
  const byId = new Map<string, Recipient>()
  for (const t of transactions) {
    const id = txRecipientId(t)
    const r = byId.get(id)
    if (r) r.rows += 1
    else
      byId.set(id, {
        name: t.recipientName,
        uei: t.recipientUei,
        parentName: t.parentName,
        parentUei: t.parentUei,
        rows: 1,
      })
  }
  return [...byId.values()].sort((a, b) => b.rows - a.rows || a.name.localeCompare(b.name))
}

/**
 * The recipients that look like the company: a name or parent name containing the company's
 * name (for Palantir: "PALANTIR USG, INC." and "PALANTIR TECHNOLOGIES INC."), and any recipient
 * sharing a UEI or parent UEI with one of those. A proposal only: the user confirms.
 */
export function proposeRecipients(recipients: readonly Recipient[], companyName: string): Recipient[] {
  const word = companyName.trim().toUpperCase()
  const named = recipients.filter(
    (r) => r.name.toUpperCase().includes(word) || r.parentName.toUpperCase().includes(word),
  )
  const ueis = new Set(named.flatMap((r) => [r.uei, r.parentUei]).filter((u) => u !== ''))
  return recipients.filter(
    (r) => named.includes(r) || (r.uei !== '' && ueis.has(r.uei)) || (r.parentUei !== '' && ueis.has(r.parentUei)),
  )
}

/** A sub-agency and how many of the company's rows it awarded. */
export interface SubAgencyCount {
  name: string
  rows: number
}

/** The awarding sub-agencies among the given rows, most rows first. */
export function listSubAgencies(transactions: readonly Transaction[]): SubAgencyCount[] {
  const counts = new Map<string, number>()
  for (const t of transactions) counts.set(t.subAgency, (counts.get(t.subAgency) ?? 0) + 1)
  return [...counts]
    .map(([name, rows]) => ({ name, rows }))
    .sort((a, b) => b.rows - a.rows || a.name.localeCompare(b.name))
}

/** The sub-agency name as the file spells it that matches `wanted` ignoring case, or `wanted`. */
export function matchSubAgency(subAgencies: readonly SubAgencyCount[], wanted: string): string {
  return subAgencies.find((s) => s.name.toLowerCase() === wanted.trim().toLowerCase())?.name ?? wanted
}

/**
 * Splits the file into the company's rows (the confirmed recipients, every agency: the view picks
 * one sub-agency) and the rows left out, which are counted by recipient and never summed.
 */
export function selectCompany(
  transactions: readonly Transaction[],
  confirmed: readonly Recipient[],
): { company: Transaction[]; leftOut: LeftOut } {
  const ids = new Set(confirmed.map(recipientId))
  const company: Transaction[] = []
  const others = new Map<string, number>()
  for (const t of transactions) {
    if (ids.has(txRecipientId(t))) company.push(t)
    else others.set(t.recipientName, (others.get(t.recipientName) ?? 0) + 1)
  }
  const recipients = [...others]
    .map(([name, rows]) => ({ name, rows }))
    .sort((a, b) => b.rows - a.rows || a.name.localeCompare(b.name))
  return { company, leftOut: { rows: transactions.length - company.length, recipients } }
}

/** The company's rows awarded by one sub-agency (case-insensitive), and the rest counted apart. */
export function bySubAgency(
  transactions: readonly Transaction[],
  subAgency: string,
): { shown: Transaction[]; elsewhere: SubAgencyCount[] } {
  const wanted = subAgency.trim().toLowerCase()
  const shown = transactions.filter((t) => t.subAgency.toLowerCase() === wanted)
  const elsewhere = listSubAgencies(transactions.filter((t) => t.subAgency.toLowerCase() !== wanted))
  return { shown, elsewhere }
}
