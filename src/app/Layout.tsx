import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { companyQueries } from '../api/companies'
import { useCaseCompanyId } from '../components/caseCompany'
import { DEFAULT_CASE } from '../domain/case/case'
import { Link, usePathname } from '../components/router'
import { APP_NAME, CASE_NAME, FOOTER_TEXT, views } from './navigation'
import { preloadRoute as preload } from './routes'

/** The case in the banner: the default case's full name, or the company the URL names. */
function CaseName() {
  const companyId = useCaseCompanyId()
  const other = companyId !== DEFAULT_CASE.companyId
  const company = useQuery({ ...companyQueries.detail(companyId), enabled: other })
  if (!other) return <p className="case-name">{CASE_NAME}</p>
  return <p className="case-name">Case: {company.data?.name ?? companyId}</p>
}

/** The shell: skip link, banner, main navigation, the view, and a footer on where data comes from. */
export function Layout({ children }: { children: ReactNode }) {
  const pathname = usePathname()
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="banner">
        <p className="app-name">{APP_NAME}</p>
        <CaseName />
      </header>
      <nav aria-label="Main" className="main-nav">
        <ul>
          {views.map((item) => (
            <li key={item.path}>
              <Link
                to={item.path}
                aria-current={pathname === item.path ? 'page' : undefined}
                onPointerEnter={() => preload(item.path)}
                onFocus={() => preload(item.path)}
                onTouchStart={() => preload(item.path)}
              >
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{FOOTER_TEXT}</p>
      </footer>
    </>
  )
}
