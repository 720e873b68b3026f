import { CHART_COLORS } from './theme'

const SVG_NS = 'http://www.w3.org/2000/svg'
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif'
/** The title: 16 px bold, its first baseline 22 px from the top, 20 px between lines. */
const TITLE_SIZE = 16
const TITLE_FIRST_BASELINE = 22
const TITLE_LINE_HEIGHT = 20
/** From the last title line's baseline to the chart. */
const TITLE_GAP = 14
const LINE_HEIGHT = 16
const LEGEND_HEIGHT = 24
const SIDE_MARGIN = 8
/** Average glyph widths of the system font, in px: how many characters fit on a line. */
const TITLE_CHAR_WIDTH = 9
const FOOTER_CHAR_WIDTH = 6.5

/**
 * Text broken into lines of at most `maxChars` characters, at spaces; a word longer than a line
 * (a long address) is split, so nothing runs past the image's edge and nothing is cut off.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const width = Math.max(1, Math.floor(maxChars))
  const lines: string[] = []
  let line = ''
  for (const whole of text.split(/\s+/).filter(Boolean)) {
    let word = whole
    while (word.length > width) {
      if (line) lines.push(line)
      lines.push(word.slice(0, width))
      word = word.slice(width)
      line = ''
    }
    if (!word) continue
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

function text(x: number, y: number, content: string, size: number, weight = 'normal'): SVGTextElement {
  const el = document.createElementNS(SVG_NS, 'text')
  el.setAttribute('x', String(x))
  el.setAttribute('y', String(y))
  el.setAttribute('font-size', String(size))
  el.setAttribute('font-weight', weight)
  el.setAttribute('fill', CHART_COLORS.ink)
  el.textContent = content
  return el
}

/** The drawn chart inside a container: recharts' main surface, not a legend icon. */
export function findChartSvg(container: HTMLElement): SVGSVGElement | null {
  return container.querySelector<SVGSVGElement>('.recharts-wrapper > svg') ?? container.querySelector('svg')
}

/**
 * A standalone SVG document of a chart a reader can take away: the title above, the legend
 * (recharts draws it as HTML, so its entries are copied in as text beside their swatches) and the
 * sources below, so the image still says what it shows and where the figures come from.
 */
export function chartSvgDocument(
  container: HTMLElement,
  { title, footer }: { title: string; footer: string },
): { svg: string; width: number; height: number } | null {
  const chart = findChartSvg(container)
  if (!chart) return null
  const box = chart.getBoundingClientRect()
  const width = Math.max(320, Math.round(box.width))
  // recharts draws the legend as HTML inside the chart's box; crop the empty band it leaves in
  // the SVG, and draw the legend entries below instead.
  const legend = container.querySelector('.recharts-legend-wrapper')?.getBoundingClientRect()
  const legendTop = legend && legend.top > box.top && legend.top < box.bottom ? legend.top - box.top : box.height
  const chartHeight = Math.round(legendTop)
  const legendItems = [...container.querySelectorAll<HTMLElement>('.recharts-legend-item')]
  const titleLines = wrapText(title, (width - 2 * SIDE_MARGIN) / TITLE_CHAR_WIDTH)
  const titleHeight = TITLE_FIRST_BASELINE + (titleLines.length - 1) * TITLE_LINE_HEIGHT + TITLE_GAP
  const footerLines = wrapText(footer, (width - 2 * SIDE_MARGIN) / FOOTER_CHAR_WIDTH)
  const legendHeight = legendItems.length ? LEGEND_HEIGHT * Math.ceil(legendItems.length / 3) : 0
  const height = titleHeight + chartHeight + legendHeight + footerLines.length * LINE_HEIGHT + 16

  const root = document.createElementNS(SVG_NS, 'svg')
  root.setAttribute('xmlns', SVG_NS)
  root.setAttribute('width', String(width))
  root.setAttribute('height', String(height))
  root.setAttribute('viewBox', `0 0 ${width} ${height}`)
  root.setAttribute('font-family', FONT)
  const background = document.createElementNS(SVG_NS, 'rect')
  background.setAttribute('width', '100%')
  background.setAttribute('height', '100%')
  background.setAttribute('fill', CHART_COLORS.background)
  root.append(background)
  // Every line of the title: a long title wraps, it is never cut.
  titleLines.forEach((line, i) =>
    root.append(text(SIDE_MARGIN, TITLE_FIRST_BASELINE + i * TITLE_LINE_HEIGHT, line, TITLE_SIZE, 'bold')),
  )

  const copy = chart.cloneNode(true) as SVGSVGElement
  copy.removeAttribute('tabindex')
  copy.removeAttribute('role')
  copy.removeAttribute('style')
  copy.setAttribute('x', '0')
  copy.setAttribute('y', String(titleHeight))
  copy.setAttribute('width', String(width))
  copy.setAttribute('height', String(chartHeight))
  copy.setAttribute('viewBox', `0 0 ${Math.round(box.width)} ${chartHeight}`)
  root.append(copy)

  let y = titleHeight + chartHeight
  legendItems.forEach((item, i) => {
    const col = i % 3
    const row = Math.floor(i / 3)
    const x = SIDE_MARGIN + col * Math.floor((width - 2 * SIDE_MARGIN) / 3)
    const top = y + row * LEGEND_HEIGHT + 4
    const icon = item.querySelector('svg')
    if (icon) {
      const swatch = icon.cloneNode(true) as SVGSVGElement
      swatch.setAttribute('x', String(x))
      swatch.setAttribute('y', String(top))
      swatch.removeAttribute('style')
      root.append(swatch)
    }
    root.append(text(x + 20, top + 12, item.textContent ?? '', 12))
  })
  y += legendHeight + 12
  for (const line of footerLines) {
    root.append(text(SIDE_MARGIN, y + 4, line, 11))
    y += LINE_HEIGHT
  }
  return { svg: new XMLSerializer().serializeToString(root), width, height }
}

/** Renders an SVG document to a PNG at `scale` times its size (2 = sharp on high-density screens). */
export function svgToPngBlob(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image()
    image.onload = () => {
      const canvas = document.createElement('canvas')
      canvas.width = width * scale
      canvas.height = height * scale
      const context = canvas.getContext('2d')
      if (!context) return reject(new Error('This browser cannot draw images.'))
      context.scale(scale, scale)
      context.drawImage(image, 0, 0, width, height)
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))), 'image/png')
    }
    image.onerror = () => reject(new Error('The chart could not be turned into an image.'))
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  })
}
