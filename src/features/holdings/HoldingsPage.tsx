import { Placeholder } from '../../components/Placeholder'

/** Holdings: not built yet. */
export default function HoldingsPage() {
  return (
    <Placeholder title="Holdings">
      Upload a portfolio to see its exposure to the company, directly and through funds. Holdings will be parsed in your
      browser, never uploaded.
    </Placeholder>
  )
}
