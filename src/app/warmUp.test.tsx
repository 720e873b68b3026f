import { QueryClient } from '@tanstack/react-query'
import { screen, waitFor } from '@testing-library/react'
import { useEffect } from 'react'
import { describe, expect, it } from 'vitest'
import { warmUpOffscreen } from './warmUp'

describe('warmUpOffscreen', () => {
  it('renders once where nothing on the page finds it, then removes every trace', async () => {
    let mounted = false
    function Chart() {
      useEffect(() => {
        mounted = true
      }, [])
      return <p>Contract awards by fiscal year</p>
    }
    const before = document.body.childElementCount
    const done = warmUpOffscreen(<Chart />, new QueryClient())
    await waitFor(() => expect(mounted).toBe(true))
    expect(screen.queryByText('Contract awards by fiscal year')).toBeNull()
    await done
    expect(document.body.childElementCount).toBe(before)
  })
})
