import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ScrollRegion } from './ScrollRegion'

describe('ScrollRegion', () => {
  it('is a region named by its label, holding its content', () => {
    render(
      <ScrollRegion label="What the bands mean (table)">
        <table>
          <caption>What the bands mean</caption>
        </table>
      </ScrollRegion>,
    )
    const region = screen.getByRole('region', { name: 'What the bands mean (table)' })
    expect(region).toContainElement(screen.getByRole('table', { name: 'What the bands mean' }))
  })

  it('takes keyboard focus from Tab, so it can be scrolled without a mouse', async () => {
    render(
      <>
        <button type="button">Before</button>
        <ScrollRegion label="Awards (table)">
          <p>A wide table</p>
        </ScrollRegion>
      </>,
    )
    const user = userEvent.setup()
    await user.tab()
    expect(screen.getByRole('button', { name: 'Before' })).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('region', { name: 'Awards (table)' })).toHaveFocus()
  })
})
