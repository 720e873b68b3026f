import { describe, expect, it } from 'vitest'
import { chartSvgDocument, wrapText } from './chartImage'

describe('wrapText', () => {
  it('breaks at spaces into lines no longer than the limit, every word kept in order', () => {
    const title =
      'Official obligations by fiscal year, U.S. Immigration and Customs Enforcement, beside the press ranges'
    const lines = wrapText(title, 30)
    expect(lines.length).toBeGreaterThan(3)
    expect(lines.every((l) => l.length <= 30)).toBe(true)
    expect(lines.join(' ')).toBe(title)
  })

  it('leaves a title that fits on one line alone', () => {
    expect(wrapText('Awards by ICE component', 40)).toEqual(['Awards by ICE component'])
  })

  it('splits a word longer than a line instead of letting it run off the image', () => {
    expect(wrapText('see https://www.usaspending.gov/award/CONT_AWD', 12)).toEqual([
      'see',
      'https://www.',
      'usaspending.',
      'gov/award/CO',
      'NT_AWD',
    ])
  })

  it('gives no lines for empty text', () => {
    expect(wrapText('  ', 10)).toEqual([])
  })
})

describe('chartSvgDocument', () => {
  function chart(): HTMLElement {
    const container = document.createElement('div')
    container.innerHTML =
      '<div class="recharts-wrapper"><svg width="320" height="200"><rect width="10" height="10" /></svg></div>'
    return container
  }
  /** The title lines (bold text) of the document, with their baselines. */
  const titleLines = (svg: string) =>
    [...svg.matchAll(/<text x="\d+" y="(\d+)"[^>]*font-weight="bold"[^>]*>([^<]*)<\/text>/g)].map((m) => ({
      y: Number(m[1]),
      text: m[2],
    }))
  const titles = (svg: string) => titleLines(svg).map((l) => l.text)

  it('wraps a long title onto as many lines as it needs, and makes the image taller for them', () => {
    const long =
      'HSI and ERO arrests and removals by fiscal year, with the counts the research file has and those it marks not reported'
    const short = chartSvgDocument(chart(), { title: 'Arrests', footer: 'Source: ICE.' })
    const wrapped = chartSvgDocument(chart(), { title: long, footer: 'Source: ICE.' })
    expect(titles(wrapped!.svg).length).toBeGreaterThan(1)
    expect(titles(wrapped!.svg).join(' ')).toBe(long)
    expect(wrapped!.height - short!.height).toBe((titles(wrapped!.svg).length - 1) * 20)
  })

  it('puts the chart below the last title line', () => {
    const doc = chartSvgDocument(chart(), { title: 'A '.repeat(60).trim(), footer: 'Source: ICE.' })
    const lastTitle = titleLines(doc!.svg).at(-1)
    const chartTop = Number(/<svg [^>]*\by="(\d+)"/.exec(doc!.svg)?.[1])
    expect(titleLines(doc!.svg).length).toBeGreaterThan(2)
    expect(chartTop).toBeGreaterThan(lastTitle!.y)
  })
})
