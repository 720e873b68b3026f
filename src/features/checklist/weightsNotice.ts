import type { Assessment } from '../../domain/checklist/schema'

/**
 * What an imported, shared or exported assessment says about its weights: one made with a
 * committee's own weights keeps them, and the person is told so.
 */
export function weightsNotice(assessment: Assessment, verb: 'keeps' | 'carries' = 'keeps'): string {
  if (!assessment.weights) return ''
  return verb === 'keeps'
    ? ' It was made with committee weights (not the published defaults) and keeps them; see “Committee weights”.'
    : ' It carries this assessment’s committee weights (not the published defaults).'
}
