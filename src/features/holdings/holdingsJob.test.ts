import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { companies } from '../../../mocks/data/companies'
import { funds } from '../../../mocks/data/funds'
import type { Position } from '../../domain/holdings/parse'
import {
  CHUNK,
  chunkMessage,
  HoldingsReceiver,
  packPositions,
  runHoldingsJob,
  splitForTransfer,
  transferables,
  unpackPositions,
  type HoldingsJob,
  type HoldingsMessage,
  type PackedPositions,
} from './holdingsJob'

const c = companies[0]!
const company = { id: c.id, name: c.name, ticker: c.ticker, isin: c.isin, cusip: c.cusip ?? null }

function bigCsv(rows: number): string {
  const lines = ['Symbol,Current Value']
  for (let i = 0; i < rows; i += 1) lines.push(`T${i},$1.00`)
  return lines.join('\n')
}

describe('runHoldingsJob', () => {
  it('parses and looks through pasted text, reporting each stage', async () => {
    const stages: string[] = []
    const text = readFileSync('src/features/holdings/sample-portfolio.csv', 'utf8')
    const m = await runHoldingsJob({ id: 1, input: { kind: 'text', text }, company, funds }, (s) => stages.push(s))
    expect(stages).toEqual(['reading', 'parsing', 'looking through'])
    expect(m.type === 'result' && m.result.preview?.exposureCents).toBe(470_000)
  })

  it('refuses a file over the size limit without reading it', async () => {
    const file = { size: 50 * 1024 * 1024 } as Blob
    const m = await runHoldingsJob({ id: 2, input: { kind: 'file', file }, company, funds }, () => {})
    expect(m).toMatchObject({
      type: 'refused',
      error: expect.stringMatching(/^The file is 50\.0 MB; the limit is 20 MB/),
    })
  })
})

/** What the page makes of a worker's messages: each chunk (copied, as postMessage does) unpacked and looked through, then the answer. */
async function onPage(job: Omit<HoldingsJob, 'id' | 'input'>, parts: HoldingsMessage[]): Promise<HoldingsMessage> {
  const receiver = new HoldingsReceiver(job)
  for (const p of parts.slice(0, -1))
    if (p.type === 'chunk') receiver.chunk(structuredClone(p))
    else throw new Error(`a ${p.type} before the last message`)
  return receiver.finish(parts.at(-1)!)
}

/** The job as the worker runs it: its positions streamed as they are read, then the rest in chunks. */
async function inWorker(job: HoldingsJob): Promise<{ parts: HoldingsMessage[]; streamed: number[] }> {
  const streamed: HoldingsMessage[] = []
  const m = await runHoldingsJob(
    job,
    () => {},
    // As the worker posts them (holdings.worker.ts).
    (ps, accountCurrency) => streamed.push(chunkMessage(job.id, ps, accountCurrency)),
  )
  return {
    parts: [...streamed, ...splitForTransfer(m, streamed.length > 0)],
    streamed: streamed.map((p) => (p.type === 'chunk' ? p.positions.count : 0)),
  }
}

const readOf = (x: HoldingsMessage) => (x.type === 'result' ? [x.result.outcome, x.result.preview] : x)

describe('the worker’s chunks and the page’s receiver', () => {
  it('sends a large result in chunks and puts it back together unchanged', async () => {
    const rows = CHUNK * 2 + 5
    const job = { id: 3, input: { kind: 'text' as const, text: bigCsv(rows) }, company, funds }
    const m = await runHoldingsJob(job, () => {})
    const parts = splitForTransfer(m)
    expect(parts.map((p) => p.type)).toEqual(['chunk', 'chunk', 'chunk', 'result'])
    expect(await onPage(job, parts)).toEqual(m)
    // No one message carries a long list: the page decodes each message in one task.
    const sizes = parts.map((p) =>
      p.type === 'chunk'
        ? p.positions.count
        : p.type === 'result' && p.result.outcome.ok
          ? p.result.outcome.portfolio.positions.length
          : 0,
    )
    expect(sizes).toEqual([CHUNK, CHUNK, 5, 0])
    expect(m.type === 'result' && m.result.preview?.classes.count).toBe(rows)
  })

  it('streams positions while the file is read and leaves the look-through to the page, which puts the same result together', async () => {
    const job = { id: 6, input: { kind: 'text' as const, text: bigCsv(CHUNK * 2 + 5) }, company, funds }
    const whole = await runHoldingsJob(job, () => {})
    const { parts, streamed } = await inWorker(job)
    expect(streamed).toEqual([CHUNK, CHUNK, 5])
    // The worker keeps none of the positions it streamed, and does not look them through.
    const last = parts.at(-1)!
    expect(
      last.type === 'result' && [
        last.result.outcome.ok && last.result.outcome.portfolio.positions.length,
        last.result.preview,
      ],
    ).toEqual([0, null])
    expect(parts.map((p) => (p.type === 'chunk' ? p.positions.count : p.type))).toEqual([CHUNK, CHUNK, 5, 'result'])
    // Streaming, and looking through on the page slice by slice, change nothing in the answer (only the timings differ).
    expect(readOf(await onPage(job, parts))).toEqual(readOf(whole))
  })

  it('reads a large file by its bytes, every position and problem as from its whole text', async () => {
    // Over 16 kB: read by bytes after its opening rows, ordinary rows never decoded one by one.
    const rows = ['"Positions"', 'Symbol,Description,Quantity,Current Value,Security Type']
    for (let i = 0; i < 6_000; i += 1)
      rows.push(i % 1000 === 7 ? 'PLTR,Palantir,abc,$1.00,Stock' : `T${i},SECURITY ${i},${i + 1},"$${i + 1}.50",Stock`)
    rows.push('Total,,,"$1.00",', '', 'Nestlé notice: not a position')
    const text = rows.join('\r\n')
    const file = new Blob([text])
    expect(file.size).toBeGreaterThan(16 * 1024)
    const byText = await runHoldingsJob({ id: 10, input: { kind: 'text', text }, company, funds }, () => {})
    const job = { id: 10, input: { kind: 'file' as const, file }, company, funds }
    const { parts, streamed } = await inWorker(job)
    expect(streamed).toEqual([CHUNK, CHUNK, 6_000 - 6 - 2 * CHUNK])
    const byBytes = await onPage(job, parts)
    expect(readOf(byBytes)).toEqual(readOf(byText))
    if (byBytes.type !== 'result' || !byBytes.result.outcome.ok) throw new Error('no result')
    expect(byBytes.result.outcome.portfolio.problems.map((p) => p.line)).toEqual([10, 1010, 2010, 3010, 4010, 5010])
    expect(byBytes.result.lines).toBe(6_005)
  })

  it('refuses a large file whose last quote is never closed, as it refuses the same text, before sending any position', async () => {
    const rows = ['Symbol,Description,Quantity,Current Value']
    for (let i = 0; i < 4_000; i += 1) rows.push(`T${i},SECURITY ${i},${i + 1},"$${i + 1}.50"`)
    rows.push('PLTR,"Palantir, never closed,1,$1.00', 'T9,SECURITY 9,1,$1.00')
    const text = rows.join('\n')
    const byText = await runHoldingsJob({ id: 11, input: { kind: 'text', text }, company, funds }, () => {})
    expect(byText).toMatchObject({ type: 'refused', error: expect.stringMatching(/^Line 4002 opens a quoted field/) })
    const job = { id: 11, input: { kind: 'file' as const, file: new Blob([text]) }, company, funds }
    const { parts, streamed } = await inWorker(job)
    expect(streamed).toEqual([])
    expect(await onPage(job, parts)).toEqual(byText)
  })

  it('looks through in the account currency a base-currency line states from the first chunk on', async () => {
    // A base-currency line says EUR; the rows are written in dollars (so they need a rate).
    const lines = ['Base currency: EUR', 'Symbol,Current Value', 'PLTR,$10.00']
    for (let i = 0; i < CHUNK + 3; i += 1) lines.push(`T${i},${i % 2 ? '€' : '$'}1.00`)
    const job = {
      id: 8,
      input: { kind: 'text' as const, text: lines.join('\n') },
      company,
      funds,
      options: { rates: { USD: 0.5 } },
      ratesAccount: 'EUR',
    }
    const whole = await runHoldingsJob(job, () => {})
    const { parts, streamed } = await inWorker(job)
    expect(streamed).toEqual([CHUNK, 4])
    expect(parts[0]?.type === 'chunk' && parts[0].accountCurrency).toBe('EUR')
    expect(readOf(await onPage(job, parts))).toEqual(readOf(whole))
    // In euros, with the dollar rows converted at the rate given: 10 × 0.5 + 1,252 × 0.5 + 1,251 × 1.
    expect(whole.type === 'result' && whole.result.preview?.currency).toBe('EUR')
    expect(whole.type === 'result' && whole.result.preview?.totalCents).toBe(500 + 1252 * 50 + 1251 * 100)
  })

  it('looks everything through again when the account currency is not the first position’s', async () => {
    // Dollars and euros, no stated account currency: the first chunk is looked through in dollars,
    // then again with none (nothing is added across currencies).
    const lines = ['Symbol,Current Value', 'PLTR,$10.00']
    for (let i = 0; i < CHUNK + 3; i += 1) lines.push(`T${i},${i % 2 ? '€' : '$'}1.00`)
    const job = { id: 11, input: { kind: 'text' as const, text: lines.join('\n') }, company, funds }
    const whole = await runHoldingsJob(job, () => {})
    const { parts } = await inWorker(job)
    expect(parts[0]?.type === 'chunk' && parts[0].accountCurrency).toBeUndefined()
    expect(readOf(await onPage(job, parts))).toEqual(readOf(whole))
    expect(whole.type === 'result' && [whole.result.preview?.currency, whole.result.preview?.totalCents]).toEqual([
      null,
      0,
    ])
  })

  it('looks through in the account currency chosen for the previous file where this one states none, streamed or not', async () => {
    // Dollars and euros again, no stated account currency; the person chose EUR (1 USD = 0.5 EUR) for october.csv.
    const lines = ['Symbol,Current Value', 'PLTR,$10.00']
    for (let i = 0; i < CHUNK + 3; i += 1) lines.push(`T${i},${i % 2 ? '€' : '$'}1.00`)
    const job = {
      id: 13,
      input: { kind: 'text' as const, text: lines.join('\n') },
      company,
      funds,
      options: { rates: { USD: 0.5 } },
      ratesAccount: 'EUR',
      chosenCurrency: { code: 'EUR', from: 'october.csv' },
    }
    const whole = await runHoldingsJob(job, () => {})
    const { parts } = await inWorker(job)
    expect(readOf(await onPage(job, parts))).toEqual(readOf(whole))
    if (whole.type !== 'result' || !whole.result.outcome.ok) throw new Error('no result')
    expect(whole.result.outcome.portfolio.currency).toEqual({
      code: 'EUR',
      source: { kind: 'user', carriedFrom: 'october.csv' },
    })
    // 10 × 0.5 + 1,252 dollar rows × 0.5 + 1,251 euro rows × 1.
    expect(whole.result.preview?.totalCents).toBe(500 + 1252 * 50 + 1251 * 100)
    // Another account's file: one in no named currency, or in currencies without the chosen one, is not given it.
    for (const text of [
      'Symbol,Market Value\nPLTR,1000\nAAPL,2000\n',
      'Symbol,Currency,Market Value\nPLTR,USD,1000\nVOD,GBP,2000\n',
    ]) {
      const other = await runHoldingsJob({ ...job, input: { kind: 'text', text } }, () => {})
      expect(
        other.type === 'result' && other.result.outcome.ok && other.result.outcome.portfolio.currency,
        text,
      ).toEqual({
        code: null,
        source: { kind: 'none' },
      })
    }
    // A file that states its account currency keeps its own.
    const stated = await runHoldingsJob(
      { ...job, input: { kind: 'text', text: `Base currency: GBP\n${lines.join('\n')}` } },
      () => {},
    )
    expect(stated.type === 'result' && stated.result.outcome.ok && stated.result.outcome.portfolio.currency.code).toBe(
      'GBP',
    )
  })

  it('fails the job, rather than leaving it waiting, when the look-through on the page fails', async () => {
    const job = { id: 12, input: { kind: 'text' as const, text: bigCsv(CHUNK + 5) }, company, funds }
    const { parts } = await inWorker(job)
    const broken = [{ ...funds[0], constituents: undefined }] as unknown as typeof funds
    await expect(onPage({ ...job, funds: broken }, parts)).rejects.toThrow(TypeError)
  })
})

describe('runHoldingsJob and the receiver on problems, rates and sections', () => {
  it('finds the company’s shares on a row with a problem, streamed or not: exposure of unknown size in the preview', async () => {
    // XYZ's broken row is not the company's: it is a row problem, and not carried on.
    const text = `${bigCsv(CHUNK + 3)}\nPLTR,twelve dollars\nXYZ,abc\n`
    const job = { id: 9, input: { kind: 'text' as const, text }, company, funds }
    const streamed = await inWorker(job)
    expect(streamed.streamed).toEqual([CHUNK, 3])
    for (const m of [await runHoldingsJob(job, () => {}), await onPage(job, streamed.parts)]) {
      if (m.type !== 'result' || !m.result.outcome.ok) throw new Error('no result')
      expect(m.result.outcome.portfolio.leftOutSecurities).toEqual([
        {
          line: CHUNK + 5,
          ticker: 'PLTR',
          isin: null,
          cusip: null,
          name: null,
          problem: '"twelve dollars" is not a number.',
        },
      ])
      expect(m.result.preview?.companyWithoutValue.map((u) => [u.line, u.security])).toEqual([[CHUNK + 5, 'PLTR']])
    }
  })

  it('applies the rates only to a file in the account currency they were entered against', async () => {
    const text = 'Base Currency,GBP\nSymbol,Currency,Market Value\nPLTR,USD,1000\nVOD,GBP,9000\n'
    const job = { id: 10, input: { kind: 'text' as const, text }, company, funds, options: { rates: { USD: 0.92 } } }
    const entered = await runHoldingsJob({ ...job, ratesAccount: 'EUR' }, () => {})
    const preview = entered.type === 'result' ? entered.result.preview : null
    expect([preview?.currency, preview?.missingRates, preview?.directCents]).toEqual(['GBP', ['USD'], 0])
    const same = await runHoldingsJob({ ...job, ratesAccount: 'GBP' }, () => {})
    const withRate = same.type === 'result' ? same.result.preview : null
    expect([withRate?.missingRates, withRate?.directCents]).toEqual([[], 92_000])
  })

  it('does not stream a statement made of sections, whose positions are completed at the end', async () => {
    const text = readFileSync('e2e/fixtures/ibkr-activity-statement.csv', 'utf8')
    const streamed: PackedPositions[] = []
    const m = await runHoldingsJob(
      { id: 7, input: { kind: 'text', text }, company, funds },
      () => {},
      (ps) => streamed.push(ps),
    )
    expect(m.type === 'result' && m.result.outcome.ok && m.result.outcome.portfolio.sections).toBeTruthy()
    expect(streamed).toEqual([])
  })

  it('sends a small result as one message', async () => {
    const m = await runHoldingsJob({ id: 4, input: { kind: 'text', text: bigCsv(3) }, company, funds }, () => {})
    expect(splitForTransfer(m)).toEqual([m])
  })

  it('hands the chunks’ number buffers over instead of copying them', async () => {
    const m = await runHoldingsJob(
      { id: 5, input: { kind: 'text', text: bigCsv(CHUNK + 1) }, company, funds },
      () => {},
    )
    const chunk = splitForTransfer(m)[0]!
    expect(chunk.type).toBe('chunk')
    expect(transferables(chunk)).toHaveLength(3)
    expect(transferables(m)).toEqual([])
  })
})

describe('packPositions and unpackPositions', () => {
  it('rebuild every kind of position exactly, nulls, empty text, shorts and non-Latin names included', () => {
    const positions: Position[] = [
      {
        line: 5,
        kind: 'security',
        ticker: 'PLTR',
        isin: 'US69608A1088',
        cusip: '69608A108',
        name: 'Palantir Technologies Inc',
        quantity: -12.5,
        valueCents: -123_456,
        currency: 'USD',
        securityType: 'Stock',
      },
      {
        line: 6,
        kind: 'cash',
        ticker: null,
        isin: null,
        cusip: null,
        name: 'Cash & equivalents',
        quantity: null,
        valueCents: 500_000,
        currency: null,
        securityType: 'Cash',
      },
      {
        line: 9,
        kind: 'pending',
        ticker: '',
        isin: null,
        cusip: null,
        name: '株式会社 日本 – “Pending”',
        quantity: 3,
        valueCents: null,
        currency: 'JPY',
        securityType: null,
      },
    ]
    const into: Position[] = [positions[0]!]
    unpackPositions(structuredClone(packPositions(positions)), into)
    expect(into).toEqual([positions[0], ...positions])
  })
})
