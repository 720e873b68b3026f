import { Link } from '../components/router'
import { PageHeading } from '../components/PageHeading'

export function NotFound({ pathname }: { pathname: string }) {
  return (
    <>
      <PageHeading title="Page not found">Page not found</PageHeading>
      <p>
        There is no view at <code>{pathname}</code>. It may have moved, or the link may be mistyped.
      </p>
      <p>
        <Link to="/">Back to the overview</Link>
      </p>
    </>
  )
}
