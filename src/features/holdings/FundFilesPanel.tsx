import { useId, useRef, useState, type ChangeEvent } from 'react'
import { flushSync } from 'react-dom'
import { formatPartialDate } from '../../domain/format/format'
import { checkFundFile, otherShareClassNote, toFundWeightFile, type FundFileRead } from '../../domain/holdings/fundFile'
import type { Position } from '../../domain/holdings/parse'
import type { ClassifiedPosition, TargetCompany } from '../../domain/holdings/lookthrough'
import { useFundFiles, usePortfolioActions, type AcceptedPortfolio } from '../../stores/portfolio/portfolioStore'
import { pct } from './percent'
import { useFundFileWorker } from './useFundFileWorker'

/** A holdings file read for a position, with what the reading said. */
interface Reading {
  read: Extract<FundFileRead, { ok: true }>
  sheet: string | null
  note: string | null
  fileName: string
  position: Position
  security: string
}

/**
 * Issuers' holdings files: the user picks a fund position and drops the file from the fund's page;
 * the company's weight in it replaces the sample weight for every position in that fund. Files are
 * kept in this browser, listed with their dates, and can be replaced or removed.
 */
export function FundFilesPanel({
  portfolio,
  company,
  funds,
}: {
  portfolio: AcceptedPortfolio
  company: TargetCompany
  /** The positions classed as funds. */
  funds: ClassifiedPosition[]
}) {
  const id = useId()
  const files = useFundFiles()
  const { fundFileAdded, fundFileRemoved } = usePortfolioActions()
  const readFundFile = useFundFileWorker()
  const [line, setLine] = useState<number | null>(null)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  // A file refused as another fund's that may be another share class of this one: kept until the
  // user uses it anyway, picks another file or another position.
  const [refused, setRefused] = useState<Reading | null>(null)
  // An offer made for a position of a portfolio since replaced is no longer made.
  const offer = refused && portfolio.positions.includes(refused.position) ? refused : null
  const statusRef = useRef<HTMLParagraphElement>(null)
  const chosen = funds.find((f) => f.line === line) ?? funds[0]
  const add = ({ read, sheet, note, fileName, position, security }: Reading, checkNote: string | null) => {
    fundFileAdded(
      toFundWeightFile(read, position, {
        fileName,
        companyId: company.id,
        loadedAt: new Date().toISOString(),
        sheet,
        checkNote,
      }),
    )
    const as = read.asOf ? `as of ${formatPartialDate(read.asOf)}` : 'with no “as of” date in the file'
    const weight = read.found
      ? `${company.ticker} weighs ${pct(read.weight)} (found by ${read.matchedBy ?? ''})`
      : read.notes.length > 0
        ? `no line of ${company.ticker} shares was found, so its weight is zero`
        : `it does not hold ${company.ticker}: its weight is a known zero`
    setMessage({
      ok: true,
      text: `Added ${fileName} for ${security}: ${read.fundName}, ${as}; ${weight}; ${read.holdingsCount} holdings read.${[note, ...read.notes, checkNote].map((n) => (n ? ` ${n}` : '')).join('')}`,
    })
  }
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    e.target.value = ''
    const position = portfolio.positions.find((p) => p.line === chosen?.line)
    if (!file || !position || !chosen) return
    setRefused(null)
    setMessage({ ok: true, text: `Reading ${file.name}…` })
    const { read, sheet, note } = await readFundFile({ file, fileName: file.name, company })
    if (!read.ok) return setMessage({ ok: false, text: `${file.name} was not added. ${read.error}` })
    const reading = { read, sheet, note, fileName: file.name, position, security: chosen.security }
    const check = checkFundFile(read, position)
    if (!check.ok) {
      if (check.otherClass) setRefused(reading)
      return setMessage({ ok: false, text: `${file.name} was not added. ${check.error}` })
    }
    add(reading, check.note)
  }
  const addAsOtherClass = () => {
    if (!offer) return
    // The button goes once used: focus moves to what it did, not to the page's start.
    flushSync(() => {
      setRefused(null)
      add(offer, otherShareClassNote(offer.read, offer.position))
    })
    statusRef.current?.focus()
  }
  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Fund holdings files</h3>
      <p>
        For a real look-through, download the fund’s holdings file (CSV or XLSX) from its issuer’s page and add it here.
        Its weight replaces the sample data for every position in that fund.
      </p>
      {funds.length === 0 ? (
        <p>No position is classed as a fund; class one as a fund below to add its holdings file.</p>
      ) : (
        <div className="button-row">
          <label htmlFor={`${id}-pos`}>Fund position</label>
          <select
            id={`${id}-pos`}
            value={chosen?.line ?? ''}
            onChange={(e) => {
              setLine(Number(e.target.value))
              setRefused(null)
            }}
          >
            {funds.map((f) => (
              <option key={f.line} value={f.line}>
                {f.security} (line {f.line})
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-file`}>Holdings file for this fund</label>
          <input id={`${id}-file`} type="file" accept=".csv,.txt,.xlsx,text/csv" onChange={(e) => void onFile(e)} />
        </div>
      )}
      {message && (
        <p
          ref={statusRef}
          tabIndex={-1}
          role={message.ok ? 'status' : 'alert'}
          className={message.ok ? undefined : 'state state-error'}
        >
          {message.text}
        </p>
      )}
      {offer && (
        <div className="button-row">
          <p>
            A fund’s share classes (its ETF and its mutual fund classes, say) hold one portfolio, under other tickers
            and ISINs. If {offer.fileName} is the holdings file of another class of {offer.security}, you may use it:
            the file is then kept with a note saying so.
          </p>
          <button type="button" className="secondary" onClick={addAsOtherClass}>
            Use {offer.fileName} for {offer.security} as another share class
          </button>
        </div>
      )}
      {files.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption>Holdings files kept in this browser</caption>
            <thead>
              <tr>
                <th scope="col">Fund</th>
                <th scope="col">File</th>
                <th scope="col">As of</th>
                <th scope="col" className="num">
                  {company.ticker} weight
                </th>
                <th scope="col">Used for</th>
                <th scope="col">Notes</th>
                <th scope="col">Remove</th>
              </tr>
            </thead>
            <tbody>
              {files.map((f) => (
                <tr key={f.id}>
                  <th scope="row">{f.fundName}</th>
                  <td>
                    {f.fileName}
                    {f.sheet ? ` (sheet “${f.sheet}”)` : ''}
                  </td>
                  <td>{f.asOf ? formatPartialDate(f.asOf) : 'not stated'}</td>
                  <td className="num">
                    {f.found
                      ? pct(f.weight)
                      : f.notes?.length
                        ? '0.00% (no shares line found; see the notes)'
                        : '0.00% (not held)'}
                  </td>
                  <td>{[...f.appliesTo.tickers, ...f.appliesTo.isins, ...f.appliesTo.names].join(', ')}</td>
                  <td>
                    {f.notes === undefined
                      ? 'Not recorded (added before notes were kept: add the file again to see them)'
                      : f.notes.length > 0
                        ? f.notes.join(' ')
                        : 'None'}
                  </td>
                  <td>
                    <button type="button" className="secondary" onClick={() => fundFileRemoved(f.id)}>
                      Remove {f.fileName}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
