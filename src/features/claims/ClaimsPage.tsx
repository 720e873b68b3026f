import { Placeholder } from '../../components/Placeholder'

/** Claims: not built yet. */
export default function ClaimsPage() {
  return (
    <Placeholder title="Claims">
      The company's statements beside the counter-evidence, each with its sources and status, will live here.
    </Placeholder>
  )
}
