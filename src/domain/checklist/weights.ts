import type { ChecklistTemplate, ScoringWeights } from './schema'

export type { ScoringWeights } from './schema'

/** The template's published weights: every section ×1, the items' own weights, the bands' thresholds. */
export function defaultWeights(template: ChecklistTemplate): ScoringWeights {
  return {
    sections: Object.fromEntries(template.sections.map((s) => [s.id, 1])),
    items: Object.fromEntries(template.sections.flatMap((s) => s.items.map((i) => [i.id, i.weight]))),
    bands: Object.fromEntries(
      [...template.scoring.bands].sort((a, b) => a.min - b.min).map((b) => [b.id, b.min] as const),
    ),
  }
}

/** The weights in force: the saved ones over the published defaults. */
export function resolveWeights(template: ChecklistTemplate, weights: ScoringWeights | undefined): ScoringWeights {
  const base = defaultWeights(template)
  if (!weights) return base
  const pick = (defaults: Record<string, number>, saved: Record<string, number>) =>
    Object.fromEntries(Object.entries(defaults).map(([id, value]) => [id, saved[id] ?? value]))
  return {
    sections: pick(base.sections, weights.sections),
    items: pick(base.items, weights.items),
    bands: pick(base.bands, weights.bands),
  }
}

/** True when the weights in force are the template's published ones. */
export function isDefaultWeights(template: ChecklistTemplate, weights: ScoringWeights | undefined): boolean {
  if (!weights) return true
  return weightChanges(template, weights).length === 0
}

/** One weight that differs from the template's published value. */
export interface WeightChange {
  kind: 'section' | 'item' | 'band'
  id: string
  label: string
  from: number
  to: number
}

/** The weights that differ from the published defaults, in template order. */
export function weightChanges(template: ChecklistTemplate, weights: ScoringWeights | undefined): WeightChange[] {
  const base = defaultWeights(template)
  const now = resolveWeights(template, weights)
  const out: WeightChange[] = []
  for (const s of template.sections) {
    const from = base.sections[s.id] ?? 1
    const to = now.sections[s.id] ?? from
    if (from !== to) out.push({ kind: 'section', id: s.id, label: `section ${s.id}`, from, to })
  }
  for (const s of template.sections)
    for (const i of s.items)
      if (now.items[i.id] !== i.weight)
        out.push({ kind: 'item', id: i.id, label: i.id, from: i.weight, to: now.items[i.id] ?? i.weight })
  for (const b of template.scoring.bands) {
    const to = now.bands[b.id] ?? b.min
    if (to !== b.min) out.push({ kind: 'band', id: b.id, label: `${b.label} from`, from: b.min, to })
  }
  return out
}

/**
 * The template as these weights score it: each item's weight times its section's, and the bands'
 * thresholds replaced. Every scoring function then works unchanged on the result.
 */
export function applyWeights(template: ChecklistTemplate, weights: ScoringWeights | undefined): ChecklistTemplate {
  if (!weights) return template
  const w = resolveWeights(template, weights)
  return {
    ...template,
    sections: template.sections.map((s) => ({
      ...s,
      items: s.items.map((i) => ({ ...i, weight: (w.sections[s.id] ?? 1) * (w.items[i.id] ?? i.weight) })),
    })),
    scoring: {
      ...template.scoring,
      bands: template.scoring.bands.map((b) => ({ ...b, min: w.bands[b.id] ?? b.min })),
    },
  }
}

/** Which weights an assessment is scored with, in one line for the method panel, the PDF and exports. */
export function describeWeights(template: ChecklistTemplate, weights: ScoringWeights | undefined): string {
  const changes = weightChanges(template, weights)
  const published = `the published defaults of “${template.title}” (version ${template.version}, ${template.publishedOn})`
  if (changes.length === 0) return `Weights: ${published}.`
  return `Weights: committee weights, not the published defaults. Changed from ${published}: ${changes
    .map((c) => `${c.label} ${formatWeight(c.from)} → ${formatWeight(c.to)}`)
    .join('; ')}.`
}

function formatWeight(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000)
}

/** The form's field keys: `section:A`, `item:A1`, `band:low`. */
export type WeightFieldKey = `${'section' | 'item' | 'band'}:${string}`

/** What the weights form holds: the text typed in each field. */
export type WeightsDraft = Record<WeightFieldKey, string>

/** The weights as the form shows them. */
export function weightsToDraft(template: ChecklistTemplate, weights: ScoringWeights | undefined): WeightsDraft {
  const w = resolveWeights(template, weights)
  const draft: WeightsDraft = {}
  for (const [id, v] of Object.entries(w.sections)) draft[`section:${id}`] = formatWeight(v)
  for (const [id, v] of Object.entries(w.items)) draft[`item:${id}`] = formatWeight(v)
  for (const [id, v] of Object.entries(w.bands)) draft[`band:${id}`] = formatWeight(v)
  return draft
}

export type ValidatedWeights =
  { ok: true; weights: ScoringWeights } | { ok: false; errors: Partial<Record<WeightFieldKey, string>> }

/**
 * Reads the form. Refuses, field by field with a reason, what would make the score meaningless:
 * a weight that is not a number or is negative, every exposure (or every management) weight zero,
 * band thresholds out of order or above 100. The first band always starts at 0.
 */
export function validateWeights(template: ChecklistTemplate, draft: WeightsDraft): ValidatedWeights {
  const errors: Partial<Record<WeightFieldKey, string>> = {}
  const read = (key: WeightFieldKey, what: string): number | null => {
    const text = (draft[key] ?? '').trim()
    const value = text === '' ? NaN : Number(text)
    if (!Number.isFinite(value)) {
      errors[key] = `${what}: enter a number, such as 1 or 2.5.`
      return null
    }
    if (value < 0) {
      errors[key] = `${what}: a weight cannot be negative.`
      return null
    }
    return value
  }
  const weights: ScoringWeights = { sections: {}, items: {}, bands: {} }
  for (const s of template.sections) {
    const sw = read(`section:${s.id}`, `Section ${s.id}`)
    if (sw !== null) weights.sections[s.id] = sw
    for (const i of s.items) {
      const iw = read(`item:${i.id}`, `Item ${i.id}`)
      if (iw !== null) weights.items[i.id] = iw
    }
  }
  // A kind whose weights are all zero could never be measured.
  for (const kind of ['exposure', 'management'] as const) {
    const sections = template.sections.filter((s) => s.kind === kind)
    if (sections.length === 0) continue
    const readable = sections.every(
      (s) => weights.sections[s.id] !== undefined && s.items.every((i) => weights.items[i.id] !== undefined),
    )
    const total = sections.reduce(
      (sum, s) => sum + (weights.sections[s.id] ?? 0) * s.items.reduce((t, i) => t + (weights.items[i.id] ?? 0), 0),
      0,
    )
    if (readable && total === 0)
      for (const s of sections)
        errors[`section:${s.id}`] =
          `Section ${s.id}: every ${kind} weight is zero, so ${kind} could not be measured. Give at least one item a weight above 0.`
  }
  const bands = [...template.scoring.bands].sort((a, b) => a.min - b.min)
  let previous: { label: string; min: number } | null = null
  for (const [index, b] of bands.entries()) {
    const key: WeightFieldKey = `band:${b.id}`
    if (index === 0) {
      weights.bands[b.id] = 0
      previous = { label: b.label, min: 0 }
      continue
    }
    const value = read(key, `${b.label} threshold`)
    if (value === null) {
      previous = null
      continue
    }
    if (value > 100) errors[key] = `${b.label} threshold: the score runs from 0 to 100, so it must be 100 or less.`
    else if (previous && value <= previous.min)
      errors[key] =
        `${b.label} threshold: must be above ${previous.label}’s (${formatWeight(previous.min)}); the bands must rise in order.`
    weights.bands[b.id] = value
    previous = { label: b.label, min: value }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, weights }
}
