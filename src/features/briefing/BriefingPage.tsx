import { Placeholder } from '../../components/Placeholder'

/** Briefing: not built yet. */
export default function BriefingPage() {
  return (
    <Placeholder title="Briefing">
      Export a briefing PDF for a committee or a company: the assessment, the charts, the claims and the questions, with
      numbered sources.
    </Placeholder>
  )
}
