import { useCaseCompanyId } from '../../../components/caseCompany'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { contractQueries } from '../../../api/contracts'
import { toAwardRows, toFiscalYearRows } from '../../../domain/contracts/chartRows'
import { diffRecords } from '../../../domain/usaspending/diff'
import { keywordSearchUrl, USASPENDING_SEARCH_URL } from '../../../domain/usaspending/links'
import type { OfficialRecord, Recipient } from '../../../domain/usaspending/schema'
import { DEFAULT_SUB_AGENCY, listSubAgencies, matchSubAgency, recipientId } from '../../../domain/usaspending/select'
import {
  useOfficialRecord,
  useOfficialRecordActions,
  useOfficialRecordProblem,
} from '../../../stores/officialRecord/officialRecordStore'
import { DropZone } from './DropZone'
import { ImportPreview, type PreviewState } from './ImportPreview'
import { OfficialRecordView } from './OfficialRecordView'
import { useOfficialWorker } from './useOfficialWorker'
import './official.css'

const COMPANY_NAME = 'Palantir'

type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'refused'; message: string }
  | { kind: 'preview'; preview: PreviewState; busy: boolean }

/**
 * "Add the official record": where to get the company's contract download on USAspending, a drop
 * zone for it, the check before it replaces the kept record, and the record itself.
 */
export function OfficialRecordSection() {
  const companyId = useCaseCompanyId()
  const run = useOfficialWorker()
  const record = useOfficialRecord()
  const problem = useOfficialRecordProblem()
  const { loadRequested, recordAccepted } = useOfficialRecordActions()
  const contracts = useQuery(contractQueries.list(companyId))
  const [state, setState] = useState<ImportState>({ kind: 'idle' })

  useEffect(() => {
    void loadRequested()
  }, [loadRequested])

  const read = async (file: File) => {
    setState({ kind: 'reading', fileName: file.name })
    const a = await run({ type: 'read', file, fileName: file.name, companyName: COMPANY_NAME })
    if (!a.ok) return setState({ kind: 'refused', message: a.error })
    if (a.type !== 'read') return
    const { answer } = a
    setState({
      kind: 'preview',
      busy: false,
      preview: { answer, confirmed: answer.proposed, company: answer.company, leftOut: answer.leftOut },
    })
  }

  const toggle = async (recipient: Recipient, on: boolean) => {
    if (state.kind !== 'preview') return
    const id = recipientId(recipient)
    const confirmed = on
      ? [...state.preview.confirmed, recipient]
      : state.preview.confirmed.filter((r) => recipientId(r) !== id)
    setState({ kind: 'preview', busy: true, preview: { ...state.preview, confirmed } })
    const a = await run({ type: 'select', recipients: confirmed })
    if (!a.ok) return setState({ kind: 'refused', message: a.error })
    if (a.type !== 'selected') return
    setState({
      kind: 'preview',
      busy: false,
      preview: { ...state.preview, confirmed, company: a.company, leftOut: a.leftOut },
    })
  }

  const accept = async () => {
    if (state.kind !== 'preview') return
    const { answer, confirmed, company, leftOut } = state.preview
    const next: OfficialRecord = {
      version: 1,
      fileName: answer.fileName,
      importedAt: new Date().toISOString(),
      asOf: answer.asOf,
      layout: answer.layout,
      recipients: confirmed,
      subAgency: matchSubAgency(listSubAgencies(company), record?.subAgency ?? DEFAULT_SUB_AGENCY),
      transactions: company,
      leftOut,
    }
    setState({ kind: 'idle' })
    await recordAccepted(next)
  }

  const press = contracts.data ? toAwardRows(contracts.data.awards) : []
  return (
    <section className="official-section" aria-labelledby="official-heading">
      <h2 id="official-heading">Add the official record</h2>
      <p>
        Every US federal contract is on USAspending.gov (from FPDS). Open{' '}
        <a href={keywordSearchUrl(COMPANY_NAME)} target="_blank" rel="noreferrer">
          USAspending&apos;s search for &ldquo;{COMPANY_NAME}&rdquo;
        </a>{' '}
        or its{' '}
        <a href={USASPENDING_SEARCH_URL} target="_blank" rel="noreferrer">
          advanced award search
        </a>{' '}
        (its filters cannot be prefilled from a link: choose Award Type &ldquo;Contracts&rdquo;, Recipient
        &ldquo;Palantir&rdquo;, Awarding Agency &ldquo;{DEFAULT_SUB_AGENCY}&rdquo;), then Download,
        &ldquo;Transactions&rdquo;, CSV. Bring the ZIP it gives you here, as it is.
      </p>
      <DropZone
        disabled={state.kind === 'reading' || (state.kind === 'preview' && state.busy)}
        onFile={(f) => void read(f)}
      />
      {state.kind === 'reading' && (
        <p role="status" className="state state-loading">
          <span className="spinner" aria-hidden="true" />
          Reading {state.fileName}…
        </p>
      )}
      {state.kind === 'refused' && (
        <div role="alert" className="state state-error">
          <p>
            <strong>The file was not used.</strong> {state.message}
          </p>
          {record && <p>The official record from {record.fileName} is unchanged.</p>}
        </div>
      )}
      {problem && (
        <p role="alert" className="state state-error">
          {problem}
        </p>
      )}
      {state.kind === 'preview' && (
        <ImportPreview
          preview={state.preview}
          busy={state.busy}
          diff={record ? diffRecords(record.transactions, state.preview.company) : null}
          previousName={record?.fileName ?? null}
          onToggle={(r, on) => void toggle(r, on)}
          onAccept={() => void accept()}
          onDiscard={() => setState({ kind: 'idle' })}
        />
      )}
      {record ? (
        <OfficialRecordView record={record} pressAwards={press} pressYears={toFiscalYearRows(press)} />
      ) : (
        <p className="state state-empty">
          No official record is loaded yet: the figures above are the press reports only.
        </p>
      )}
    </section>
  )
}
