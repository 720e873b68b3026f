// The holdings bench's ceiling (issue #18): how fast plain JavaScript can go on this very file in a
// fresh Chromium worker, measured beside the same floor. Not the app's code and not a parser: a
// pass tailored to the bench's generated export that does far less than the app must. One loop of
// character codes per row; cells as offsets, not strings; amounts read from the text; duplicate
// rows by a hash in a typed array; a row with any label word (total, cash, pending…) merely
// counted, not classed; three strings per row (ticker, name, type); the look-through one Map
// lookup; positions packed into typed arrays and one string per 2,500, as the app sends them, and
// unpacked on the page by the bench. No size, encoding or quote checks, no header search, no
// currency detection, no classes, no coverage. If this pass cannot reach 3x the floor, no
// JavaScript implementation of the whole job can.
const CHUNK = 2_500
const LABEL_WORDS = /total|summe|gesamt|pending|unsettled|cash|money|core|sweep|bank|uninvested|usd|eur|gbp|mmda|\*\*/gi

/** A plain dollar amount in cents, read from text[a, b), or NaN. */
function cents(text, a, b) {
  let i = a
  const negative = text.charCodeAt(i) === 45
  if (negative) i += 1
  if (text.charCodeAt(i) === 36) i += 1
  let v = 0
  let decimals = -1
  for (; i < b; i += 1) {
    const c = text.charCodeAt(i)
    if (c >= 48 && c <= 57) {
      v = v * 10 + (c - 48)
      if (decimals >= 0) decimals += 1
    } else if (c === 46) decimals = 0
    else if (c !== 44) return NaN
  }
  for (decimals = Math.max(decimals, 0); decimals < 2; decimals += 1) v *= 10
  return negative ? -v : v
}

function lane(text, id, header) {
  const starts = new Int32Array(64)
  const ends = new Int32Array(64)
  const size = 1 << 19
  const seen = new Int32Array(size * 2)
  const target = new Map([
    ['PLTR', 1],
    ['SUTMX', 2],
    ['STLX', 2],
  ])
  const types = new Map()
  let i = text.indexOf('\n', text.indexOf(header)) + 1
  let line = 5
  const n = text.length
  let nextLabel = -1
  let total = 0
  let direct = 0
  let other = 0
  let k = 0
  let numbers = new Float64Array(CHUNK * 3)
  let lengths = new Int32Array(CHUNK * 6)
  let kinds = new Uint8Array(CHUNK)
  let parts = []
  const flush = () => {
    const positions = { count: k, numbers, kinds, lengths, text: parts.join('') }
    postMessage({ id, type: 'chunk', positions, unresolved: [] }, [numbers.buffer, kinds.buffer, lengths.buffer])
    numbers = new Float64Array(CHUNK * 3)
    lengths = new Int32Array(CHUNK * 6)
    kinds = new Uint8Array(CHUNK)
    parts = []
    k = 0
  }
  while (i < n) {
    let nf = 0
    let s = i
    let quoted = false
    let j = i
    for (; j < n; j += 1) {
      const c = text.charCodeAt(j)
      if (c === 34) {
        if (!quoted) {
          quoted = true
          s = j + 1
        } else {
          quoted = false
          starts[nf] = s
          ends[nf] = j
          nf += 1
          j += 1
          s = j + 1
          if (text.charCodeAt(j) !== 44) break
        }
      } else if (quoted) continue
      else if (c === 44) {
        starts[nf] = s
        ends[nf] = j
        nf += 1
        s = j + 1
      } else if (c === 13 || c === 10) break
    }
    if (s <= j && !(nf > 0 && ends[nf - 1] === j - 1 && text.charCodeAt(j - 1) === 34)) {
      starts[nf] = s
      ends[nf] = j
      nf += 1
    }
    const end = j
    if (text.charCodeAt(j) === 13) j += 1
    j += 1
    // FNV-1a of the row's text, kept with its line (a real reader would compare the texts on a hit).
    let h = 0x811c9dc5 | 0
    for (let x = i; x < end; x += 1) h = Math.imul(h ^ text.charCodeAt(x), 0x01000193)
    let slot = h & (size - 1)
    while (seen[slot * 2 + 1] !== 0) slot = (slot + 1) & (size - 1)
    seen[slot * 2] = h
    seen[slot * 2 + 1] = line
    if (nextLabel < i) {
      LABEL_WORDS.lastIndex = i
      const m = LABEL_WORDS.exec(text)
      nextLabel = m ? m.index : n
    }
    if (nextLabel < end || nf !== 7) other += 1
    else {
      const ticker = text.slice(starts[1], ends[1])
      const name = text.slice(starts[2], ends[2])
      const typeText = text.slice(starts[6], ends[6])
      let type = types.get(typeText)
      if (type === undefined) types.set(typeText, (type = typeText))
      const quantity = cents(text, starts[3], ends[3]) / 100
      const value = cents(text, starts[5], ends[5])
      total += value
      if (target.get(ticker) === 1) direct += value
      numbers[k * 3] = line
      numbers[k * 3 + 1] = quantity
      numbers[k * 3 + 2] = value
      kinds[k] = 0
      const t = k * 6
      lengths[t] = ticker.length
      lengths[t + 1] = -1
      lengths[t + 2] = -1
      lengths[t + 3] = name.length
      lengths[t + 4] = 3
      lengths[t + 5] = type.length
      parts.push(ticker, name, 'USD', type)
      k += 1
      if (k === CHUNK) flush()
    }
    i = j
    line += 1
  }
  if (k > 0) flush()
  return { total, direct, other }
}

onmessage = async (e) => {
  const { id, file, header, floor } = e.data
  if (floor) {
    const lines = (await file.text()).split(/\r\n|\n|\r/).length
    postMessage({ id, type: 'baseline', lines })
    return
  }
  const text = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(await file.arrayBuffer()))
  postMessage({ id, type: 'result', sums: lane(text, id, header) })
}
