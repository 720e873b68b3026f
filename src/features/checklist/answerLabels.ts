import type { AnswerValue } from '../../domain/checklist/schema'

export const answerLabels: Record<AnswerValue, string> = {
  yes: 'Yes',
  partial: 'Partial',
  no: 'No',
  unknown: 'Unknown',
  na: 'Not applicable',
}
