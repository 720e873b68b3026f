import { expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { views as viewTable } from '../src/app/navigation'

/** Opens a view with no mock latency unless the test asks for it. */
export async function openView(page: Page, path: string, query = 'mockLatency=0'): Promise<void> {
  await page.goto(`${path}${path.includes('?') ? '&' : '?'}${query}`)
}

/** axe, WCAG 2.2 A and AA: returns the violations so a failure names them. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([])
}

/** The views' labels, in navigation order, from the app's one route table. */
export const views = viewTable.map((v) => v.label)

/** The path of the view the navigation calls `label`. */
export function viewPath(label: string): string {
  const view = viewTable.find((v) => v.label === label)
  if (!view) throw new Error(`No view called ${label}`)
  return view.path
}
