import { APP_NAME, CASE_NAME, FOOTER_TEXT, views } from './navigation'

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * The shell as plain HTML, written into index.html at build time (see vite.config.ts), so the
 * banner, the navigation (real links) and a loading line paint as soon as the page's HTML and CSS
 * arrive, before any JavaScript runs. React replaces it with the same markup when it starts.
 */
export function renderStaticShell(): string {
  const links = views.map((item) => `<li><a href="${escape(item.path)}">${escape(item.label)}</a></li>`).join('')
  return [
    '<a class="skip-link" href="#main">Skip to content</a>',
    `<header class="banner"><p class="app-name">${escape(APP_NAME)}</p><p class="case-name">${escape(CASE_NAME)}</p></header>`,
    `<nav aria-label="Main" class="main-nav"><ul>${links}</ul></nav>`,
    '<main id="main" tabindex="-1"><p role="status" class="state state-loading"><span class="spinner" aria-hidden="true"></span>Loading the dashboard…</p></main>',
    `<footer class="site-footer"><p>${escape(FOOTER_TEXT)}</p></footer>`,
  ].join('')
}
