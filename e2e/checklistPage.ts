import { expect, type Page } from '@playwright/test'
import { openView } from './app'

/** The checklist view, as a person uses it. */
export class ChecklistPage {
  constructor(readonly page: Page) {}

  async start() {
    await openView(this.page, '/checklist')
    await this.page.getByRole('button', { name: 'Start an assessment of Palantir' }).click()
    await expect(this.item('A1')).toBeVisible()
  }

  item(id: string) {
    return this.page.getByRole('radiogroup', { name: new RegExp(`^${id}\\. `) })
  }

  async answer(id: string, label: string) {
    await this.item(id).getByRole('radio', { name: label, exact: true }).check()
  }

  score() {
    return this.page.getByRole('status').filter({ hasText: /Band:|No score/ })
  }

  assessmentSelect() {
    return this.page.getByLabel('Open assessment')
  }
}
