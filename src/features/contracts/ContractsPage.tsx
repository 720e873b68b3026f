import { Placeholder } from '../../components/Placeholder'

/** Contracts: not built yet. */
export default function ContractsPage() {
  return (
    <Placeholder title="Contracts">
      Charts of Palantir's ICE contract awards over time, with every value each source reports, will live here.
    </Placeholder>
  )
}
