import { Placeholder } from '../../components/Placeholder'

/** Arrests: not built yet. */
export default function ArrestsPage() {
  return (
    <Placeholder title="Arrests">
      Charts of HSI arrest breakdowns, worksite enforcement by year and single operations will live here.
    </Placeholder>
  )
}
