import { memo, useState } from 'react'
import type { ChecklistTemplate, ScoringWeights } from '../../domain/checklist/schema'
import {
  describeWeights,
  isDefaultWeights,
  validateWeights,
  weightsToDraft,
  type WeightFieldKey,
  type WeightsDraft,
} from '../../domain/checklist/weights'
import { useAssessmentActions } from '../../stores/assessments/assessmentsStore'

function WeightField({
  field,
  label,
  draft,
  errors,
  onChange,
  readOnly = false,
}: {
  field: WeightFieldKey
  label: string
  draft: WeightsDraft
  errors: Partial<Record<WeightFieldKey, string>>
  onChange: (field: WeightFieldKey, text: string) => void
  readOnly?: boolean
}) {
  const id = `weight-${field.replace(':', '-')}`
  const error = errors[field]
  return (
    <span className="weight-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        size={5}
        value={draft[field] ?? ''}
        readOnly={readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(field, e.target.value)}
      />
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </span>
  )
}

/**
 * Memoised: an answer re-renders the score, not the hundreds of weight fields (only the weights do).
 *
 * The committee's weights: section multipliers, item weights and band thresholds, starting from
 * the template's published values. Each valid change is saved with the assessment at once; an
 * invalid one is refused on its field, and the last valid weights stay in force.
 */
export const WeightsPanel = memo(function WeightsPanel({
  assessmentId,
  template,
  weights,
}: {
  assessmentId: string
  template: ChecklistTemplate
  weights: ScoringWeights | undefined
}) {
  const actions = useAssessmentActions()
  const [draft, setDraft] = useState<WeightsDraft>(() => weightsToDraft(template, weights))
  const [errors, setErrors] = useState<Partial<Record<WeightFieldKey, string>>>({})
  const change = (field: WeightFieldKey, text: string) => {
    const next = { ...draft, [field]: text }
    setDraft(next)
    const result = validateWeights(template, next)
    if (!result.ok) {
      setErrors(result.errors)
      return
    }
    setErrors({})
    actions.weightsChanged(assessmentId, isDefaultWeights(template, result.weights) ? null : result.weights)
  }
  const restore = () => {
    setDraft(weightsToDraft(template, undefined))
    setErrors({})
    actions.weightsChanged(assessmentId, null)
  }
  const refused = Object.keys(errors).length
  const bands = [...template.scoring.bands].sort((a, b) => a.min - b.min)
  const props = { draft, errors, onChange: change }
  return (
    <details className="weights-panel">
      <summary>Committee weights</summary>
      <p>
        Start from the template’s published weights and change what your committee weighs differently. Each valid change
        re-scores at once and is saved with this assessment (and its exports, share links and briefing).
      </p>
      <p role="status" className={refused ? 'field-error' : undefined}>
        {refused
          ? `${refused === 1 ? 'One field is' : `${refused} fields are`} not valid (see below); the last valid weights stay in force.`
          : describeWeights(template, weights)}
      </p>
      <button
        type="button"
        className="secondary"
        onClick={restore}
        disabled={isDefaultWeights(template, weights) && !refused}
      >
        Restore the published defaults
      </button>
      {template.sections.map((s) => (
        <fieldset key={s.id} className="weights-section">
          <legend>
            {s.id}. {s.title}
          </legend>
          <WeightField field={`section:${s.id}`} label={`Section ${s.id} weight (×)`} {...props} />
          {s.items.map((i) => (
            <WeightField key={i.id} field={`item:${i.id}`} label={`Item ${i.id} weight`} {...props} />
          ))}
        </fieldset>
      ))}
      <fieldset className="weights-section">
        <legend>Band thresholds (each band starts at its threshold)</legend>
        {bands.map((b, index) => (
          <WeightField key={b.id} field={`band:${b.id}`} label={`${b.label} from`} readOnly={index === 0} {...props} />
        ))}
      </fieldset>
    </details>
  )
})
