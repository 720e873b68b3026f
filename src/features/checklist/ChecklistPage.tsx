import { Placeholder } from '../../components/Placeholder'

/** Checklist: not built yet. */
export default function ChecklistPage() {
  return (
    <Placeholder title="Checklist">
      The risk-scoring checklist built from the Investor Alliance guidance and the due-diligence frameworks will live
      here: answer each item, see the score and band, and defend each answer with its evidence.
    </Placeholder>
  )
}
