import { Placeholder } from '../../components/Placeholder'

/** Engagement: not built yet. */
export default function EngagementPage() {
  return (
    <Placeholder title="Engagement">
      Engagement questions built from the checklist's gaps and the contested claims, and an engagement log with the
      escalation ladder, will live here.
    </Placeholder>
  )
}
