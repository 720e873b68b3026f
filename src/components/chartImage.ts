const SVG_NS = 'http://www.w3.org/2000/svg'
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif'
const TITLE_HEIGHT = 36
const LINE_HEIGHT = 16
const LEGEND_HEIGHT = 24

function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > maxChars) {
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
  el.setAttribute('fill', '#1b1f24')
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
  const footerLines = wrap(footer, Math.floor(width / 6.5))
  const legendHeight = legendItems.length ? LEGEND_HEIGHT * Math.ceil(legendItems.length / 3) : 0
  const height = TITLE_HEIGHT + chartHeight + legendHeight + footerLines.length * LINE_HEIGHT + 16

  const root = document.createElementNS(SVG_NS, 'svg')
  root.setAttribute('xmlns', SVG_NS)
  root.setAttribute('width', String(width))
  root.setAttribute('height', String(height))
  root.setAttribute('viewBox', `0 0 ${width} ${height}`)
  root.setAttribute('font-family', FONT)
  const background = document.createElementNS(SVG_NS, 'rect')
  background.setAttribute('width', '100%')
  background.setAttribute('height', '100%')
  background.setAttribute('fill', '#ffffff')
  root.append(background)
  for (const [i, line] of wrap(title, Math.floor(width / 9))
    .slice(0, 1)
    .entries())
    root.append(text(8, 22 + i * 18, line, 16, 'bold'))

  const copy = chart.cloneNode(true) as SVGSVGElement
  copy.removeAttribute('tabindex')
  copy.removeAttribute('role')
  copy.removeAttribute('style')
  copy.setAttribute('x', '0')
  copy.setAttribute('y', String(TITLE_HEIGHT))
  copy.setAttribute('width', String(width))
  copy.setAttribute('height', String(chartHeight))
  copy.setAttribute('viewBox', `0 0 ${Math.round(box.width)} ${chartHeight}`)
  root.append(copy)

  let y = TITLE_HEIGHT + chartHeight
  legendItems.forEach((item, i) => {
    const col = i % 3
    const row = Math.floor(i / 3)
    const x = 8 + col * Math.floor((width - 16) / 3)
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
    root.append(text(8, y + 4, line, 11))
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
