import { expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

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

export const views = [
  'Overview',
  'Checklist',
  'Contracts',
  'Arrests',
  'Claims',
  'Engagement',
  'Holdings',
  'Briefing',
  'Sources',
]
