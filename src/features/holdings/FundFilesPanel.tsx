import { useId, useState, type ChangeEvent } from 'react'
import { formatPartialDate } from '../../domain/format/format'
import { checkFundFile, toFundWeightFile } from '../../domain/holdings/fundFile'
import type { ClassifiedPosition, TargetCompany } from '../../domain/holdings/lookthrough'
import { useFundFiles, usePortfolioActions, type AcceptedPortfolio } from '../../stores/portfolio/portfolioStore'
import { pct } from './percent'
import { useFundFileWorker } from './useFundFileWorker'

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
  const chosen = funds.find((f) => f.line === line) ?? funds[0]
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    e.target.value = ''
    const position = portfolio.positions.find((p) => p.line === chosen?.line)
    if (!file || !position || !chosen) return
    setMessage({ ok: true, text: `Reading ${file.name}…` })
    const { read, sheet, note } = await readFundFile({ file, fileName: file.name, company })
    if (!read.ok) return setMessage({ ok: false, text: `${file.name} was not added. ${read.error}` })
    const check = checkFundFile(read, position)
    if (!check.ok) return setMessage({ ok: false, text: `${file.name} was not added. ${check.error}` })
    fundFileAdded(
      toFundWeightFile(read, position, {
        fileName: file.name,
        companyId: company.id,
        loadedAt: new Date().toISOString(),
        sheet,
        checkNote: check.note,
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
      text: `Added ${file.name} for ${chosen.security}: ${read.fundName}, ${as}; ${weight}; ${read.holdingsCount} holdings read.${[note, ...read.notes, check.note].map((n) => (n ? ` ${n}` : '')).join('')}`,
    })
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
          <select id={`${id}-pos`} value={chosen?.line ?? ''} onChange={(e) => setLine(Number(e.target.value))}>
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
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? undefined : 'state state-error'}>
          {message.text}
        </p>
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
