import { useQueries, useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useCaseCompanyId } from '../../components/caseCompany'
import { claimQueries } from '../../api/claims'
import { companyQueries } from '../../api/companies'
import { contractQueries } from '../../api/contracts'
import { engagementQueries } from '../../api/engagement'
import { arrestQueries } from '../../api/enforcement'
import { sourceQueries } from '../../api/sources'
import { downloadBlob } from '../../components/download'
import { PageHeading } from '../../components/PageHeading'
import { ErrorState, Loading } from '../../components/QueryStates'
import { useSearchParam } from '../../components/router'
import { assessmentForBriefing } from '../../domain/briefing/assessment'
import { buildBriefing } from '../../domain/briefing/build'
import { SECTIONS, type SectionId } from '../../domain/briefing/document'
import { arrangeQuestions } from '../../domain/engagement/edits'
import { ladderPosition } from '../../domain/engagement/ladder'
import { generateQuestions } from '../../domain/engagement/questions'
import { responseRate, responseRateText } from '../../domain/engagement/responses'
import { useCurrentAssessment } from '../../stores/assessments/current'
import { useEngagement } from '../../stores/engagement/store'
import { useOfficialRecord, useOfficialRecordActions } from '../../stores/officialRecord/officialRecordStore'
import { usePortfolioExposure } from '../../stores/portfolio/usePortfolioExposure'
import { BriefingPreview } from './BriefingPreview'
import { arrestsForBriefing, contractsForBriefing, holdingsForBriefing } from './inputs'
import './briefing.css'

const DEFAULT_METHOD = [
  'The score is computed from the checklist answers as described in the Checklist view; open an assessment to include its method with the live numbers.',
]

function today(): string {
  return new Date().toISOString().slice(0, 10)
}

/** Choose the sections, preview the document, export it as a PDF (or print it). */
export default function BriefingPage() {
  const companyId = useCaseCompanyId()
  const exposure = usePortfolioExposure(companyId)
  const holdings =
    exposure.status === 'ready' ? holdingsForBriefing(exposure.label, exposure.result, exposure.levers) : null
  const current = useCurrentAssessment()
  const assessment =
    current.status === 'ready' ? assessmentForBriefing(current.template, current.assessment, current.suggestions) : null
  const [omitParam, setOmitParam] = useSearchParam('omit')
  const omitted = new Set((omitParam ?? '').split(',').filter(Boolean))
  const include = new Set(SECTIONS.map((s) => s.id).filter((id) => !omitted.has(id)))
  const [status, setStatus] = useState<{ kind: 'idle' | 'working' | 'done' | 'error'; text: string }>({
    kind: 'idle',
    text: '',
  })

  const edits = useEngagement(companyId)
  const officialRecord = useOfficialRecord()
  const { loadRequested: loadOfficialRecord } = useOfficialRecordActions()
  useEffect(() => {
    void loadOfficialRecord()
  }, [loadOfficialRecord])
  const company = useQuery(companyQueries.detail(companyId))
  const sources = useQuery(sourceQueries.list())
  const [contracts, arrests, claims, templates] = useQueries({
    queries: [
      contractQueries.list(companyId),
      arrestQueries.list(),
      claimQueries.list(companyId),
      engagementQueries.templates(),
    ],
  })

  const toggle = (id: SectionId, on: boolean) => {
    const next = new Set(omitted)
    if (on) next.delete(id)
    else next.add(id)
    setOmitParam([...next].join(',') || null)
  }

  let body
  if (company.isError || sources.isError) {
    const failed = company.isError ? company : sources
    body = <ErrorState what="the briefing's base data" error={failed.error} onRetry={() => void failed.refetch()} />
  } else if (
    !company.data ||
    !sources.data ||
    current.status === 'loading' ||
    [contracts, arrests, claims, templates].some((q) => q.isPending)
  ) {
    body = <Loading label="the briefing data" />
  } else {
    const reason = (e: unknown) => (e instanceof Error ? e.message : 'the data service failed.')
    const questions =
      templates.data && claims.data
        ? arrangeQuestions(
            generateQuestions({
              companyName: company.data.name,
              audience: edits.audience,
              gaps: assessment?.gaps ?? [],
              claims: claims.data,
              templates: templates.data,
            }),
            edits.lists[edits.audience],
          )
            .shortList.flatMap((g) => g.questions)
            .filter((q) => !q.empty)
        : null
    const position = templates.data ? ladderPosition(templates.data.ladder, edits.log) : null
    const model = buildBriefing(
      {
        company: company.data,
        assessmentName: assessment?.name ?? 'No assessment',
        date: today(),
        sources: sources.data,
        score: assessment?.score ?? null,
        checklist: assessment?.checklist ?? null,
        contracts: contracts.data
          ? contractsForBriefing(contracts.data.awards, contracts.data.reportedTotals, officialRecord)
          : { error: reason(contracts.error) },
        arrests: arrests.data ? arrestsForBriefing(arrests.data) : { error: reason(arrests.error) },
        claims: claims.data ?? { error: reason(claims.error) },
        engagement: questions
          ? {
              audience: edits.audience,
              questions,
              log: edits.log,
              responses: responseRateText(company.data.name, responseRate(edits.responses)),
              ladder: position?.current
                ? `Escalation: step ${position.current.rank}, ${position.current.label}.${position.next ? ` Next: ${position.next.label}${edits.nextStepDue ? `, due ${edits.nextStepDue}` : ''}.` : ''}`
                : 'Escalation: no engagement logged yet.',
            }
          : null,
        holdings: holdings ?? null,
        method: assessment?.method ?? DEFAULT_METHOD,
      },
      include,
    )
    const exportPdf = async () => {
      setStatus({ kind: 'working', text: 'Preparing the PDF…' })
      try {
        const { renderBriefingPdf } = await import('./renderPdf')
        const blob = renderBriefingPdf(model)
        downloadBlob(blob, model.meta.fileName)
        setStatus({ kind: 'done', text: `Saved ${model.meta.fileName} (${Math.round(blob.size / 1024)} kB).` })
      } catch (error) {
        setStatus({ kind: 'error', text: `The PDF could not be made: ${reason(error)} Nothing was lost; try again.` })
      }
    }
    body = (
      <>
        <fieldset className="briefing-sections">
          <legend>Sections to include</legend>
          {SECTIONS.map((s) => (
            <label key={s.id}>
              <input type="checkbox" checked={include.has(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
              {s.label}
              {s.id === 'holdings' && !holdings ? ' (no portfolio loaded)' : ''}
            </label>
          ))}
        </fieldset>
        <div className="briefing-actions">
          <button type="button" onClick={() => void exportPdf()} disabled={status.kind === 'working'}>
            Export briefing PDF
          </button>
          <button type="button" className="secondary" onClick={() => window.print()}>
            Print
          </button>
          <span className="file-name">File: {model.meta.fileName}</span>
        </div>
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={`export-status export-${status.kind}`}>
          {status.text}
        </p>
        {current.status === 'error' && (
          <ErrorState what="the assessment's checklist" error={current.error} onRetry={current.retry} />
        )}
        {current.status === 'none' && (
          <p className="hint">
            No assessment is open yet: the summary and checklist sections will say so. Answer items in the Checklist to
            complete them.
          </p>
        )}
        {[contracts, arrests, claims, templates].some((q) => q.isError) && (
          <div className="partial-data">
            <ErrorState
              what="part of the briefing's data"
              error={[contracts, arrests, claims, templates].find((q) => q.isError)?.error}
              onRetry={() => [contracts, arrests, claims, templates].forEach((q) => q.isError && void q.refetch())}
            />
            <p>The sections that depend on it say so in the document; the rest can be exported now.</p>
          </div>
        )}
        <BriefingPreview model={model} />
      </>
    )
  }

  return (
    <>
      <PageHeading title="Briefing">Briefing</PageHeading>
      <p className="lede no-print">
        A briefing for an investment committee or a company: choose the sections, check the preview, then export a PDF
        with numbered sources.
      </p>
      {body}
    </>
  )
}
