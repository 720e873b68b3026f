import { expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { views as viewTable } from '../src/app/navigation'

/** Opens a view with no mock latency unless the test asks for it. */
export async function openView(page: Page, path: string, query = 'mockLatency=0'): Promise<void> {
  await page.goto(`${path}${path.includes('?') ? '&' : '?'}${query}`)
}

/**
 * axe, WCAG 2.2 A and AA, over the whole page: returns the violations so a failure names them.
 * Run in the page itself (legacy mode: the app has no frames from other origins), not through
 * runPartial, which opens a second page, injects axe into it again and sends it every node's result;
 * and only violations are kept with all their nodes (axe builds a selector for each node it keeps).
 * On the long views that halves the run on two cores; the same rules run on the same nodes.
 */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .setLegacyMode()
    .analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([])
}

/**
 * Waits until a view shows its data, not its loading line: layout and axe are checked on what a
 * person reads, with every part of the view that loads on its own in place.
 */
export async function viewReady(page: Page, view: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: view })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0)
  if (view === 'Overview') await expect(page.getByText('44,069', { exact: true })).toBeVisible()
  if (view === 'Contracts' || view === 'Arrests') await expect(page.getByRole('application').first()).toBeVisible()
  if (view === 'Claims') await expect(page.getByRole('article').first()).toBeVisible()
  if (view === 'Engagement') await expect(page.getByLabel('Question 1', { exact: true })).toBeVisible()
  if (view === 'Briefing') await expect(page.getByRole('article', { name: 'Briefing preview' })).toBeVisible()
  if (view === 'Sources') await expect(page.getByRole('list', { name: /What rests on/ }).first()).toBeVisible()
}

/** The views' labels, in navigation order, from the app's one route table. */
export const views = viewTable.map((v) => v.label)

/** The path of the view the navigation calls `label`. */
export function viewPath(label: string): string {
  const view = viewTable.find((v) => v.label === label)
  if (!view) throw new Error(`No view called ${label}`)
  return view.path
}
