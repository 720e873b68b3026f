import type { ReactNode } from 'react'
import { Link, usePathname } from '../components/router'
import { navItems } from './routes'

/** The shell: skip link, banner, main navigation, the view, and a footer on where data comes from. */
export function Layout({ children }: { children: ReactNode }) {
  const pathname = usePathname()
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="banner">
        <p className="app-name">Rights Exposure Dashboard</p>
        <p className="case-name">Case: Palantir Technologies and US Immigration and Customs Enforcement (ICE)</p>
      </header>
      <nav aria-label="Main" className="main-nav">
        <ul>
          {navItems.map((item) => (
            <li key={item.path}>
              <Link to={item.path} aria-current={pathname === item.path ? 'page' : undefined}>
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
        <p>
          Figures come from the app&apos;s embedded data layer, built from cited public documents; each figure names its
          sources and their confidence. Where sources disagree, every reported value is shown.
        </p>
      </footer>
    </>
  )
}
