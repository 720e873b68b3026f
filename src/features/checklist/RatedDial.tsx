import type { Rating, ScoreWords } from '../../domain/checklist/wording'
import { ScoreDial } from './ScoreDial'

/** The dial for a rated assessment: the range while unsettled, the needle once settled. */
export function RatedDial({ rating, words }: { rating: Rating; words: ScoreWords }) {
  const { low, high } = rating.range
  return (
    <ScoreDial
      bands={rating.template.scoring.bands}
      range={words.value !== null && low !== null && high !== null ? { low, high } : null}
      settled={words.settled}
      text={words.short}
      bandText={words.shortBand}
    />
  )
}
