import type { ReactNode } from 'react'
import { Link, usePathname } from '../components/router'
import { APP_NAME, CASE_NAME, FOOTER_TEXT, views } from './navigation'
import { preloadRoute as preload } from './routes'

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
        <p className="case-name">{CASE_NAME}</p>
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
