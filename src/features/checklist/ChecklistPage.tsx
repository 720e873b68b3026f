import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { checklistQueries } from '../../api/checklists'
import { companyQueries } from '../../api/companies'
import { useCaseCompanyId } from '../../components/caseCompany'
import { DEFAULT_CASE } from '../../domain/case/case'
import { PageHeading } from '../../components/PageHeading'
import { navigate, useSearchParam } from '../../components/router'
import {
  useAssessment,
  useAssessmentActions,
  useAssessmentList,
  useDefaultAssessmentId,
} from '../../stores/assessments/assessmentsStore'
import { AssessmentBar } from './AssessmentBar'
import { ChecklistBody } from './ChecklistBody'
import { ComparePanel } from './ComparePanel'
import { ImportFile, type Message } from './FileActions'
import { ItemPreview } from './ItemPreview'
import { DeletedNotice, ExternalChangeNotice, StorageNotice } from './Notices'
import { decodeShareToken, shareTokenOf } from './shareLink'
import { whyNotServed } from './served'
import { weightsNotice } from './weightsNotice'
import './checklist.css'

/** Share tokens already opened, so a re-run effect (StrictMode, back/forward) does not import twice. */
const openedShares = new Set<string>()

/** The share token in this page's address (`#share=`, or `?share=` from older links), following hash changes. */
function useShareToken(): string | null {
  const [search] = useSearchParam('share')
  const [hash, setHash] = useState(() => window.location.hash)
  useEffect(() => {
    const onHash = () => setHash(window.location.hash)
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  return shareTokenOf(search ? `share=${search}` : '', hash)
}

/** Opens a share link as a new copy, then drops the token from the URL. */
function useSharedLink(share: string | null, onOpen: (id: string) => void, onMessage: (m: Message) => void) {
  const actions = useAssessmentActions()
  const queryClient = useQueryClient()
  useEffect(() => {
    if (!share || openedShares.has(share)) return
    openedShares.add(share)
    void decodeShareToken(share).then(async (result) => {
      const refused = result.ok ? await whyNotServed(queryClient, result.assessment) : result.message
      if (!result.ok || refused) {
        onMessage({ kind: 'error', text: `Could not open the shared assessment. ${refused}` })
        if (window.location.hash) navigate(`${window.location.pathname}${window.location.search}`, { replace: true })
        return
      }
      onOpen(actions.assessmentImported(result.assessment, ' (shared copy)'))
      onMessage({
        kind: 'ok',
        text: `Opened the shared assessment “${result.assessment.name}” as your own copy.${weightsNotice(result.assessment)}`,
      })
    })
  }, [share, actions, onOpen, onMessage, queryClient])
}

/** Shows an assessment: its id goes in the URL, so each tab keeps its own and a reload returns to it. */
function openAssessment(id: string) {
  const params = new URLSearchParams(window.location.search)
  params.delete('share')
  params.set('assessment', id)
  // A share token has done its work once the copy is open: it leaves the address (an item's hash stays).
  const hash = window.location.hash.startsWith('#share=') ? '' : window.location.hash
  navigate(`${window.location.pathname}?${params.toString()}${hash}`, { replace: true })
}

/** The risk-scoring checklist: one assessment at a time, scored live, saved as you go. */
export default function ChecklistPage() {
  const companyId = useCaseCompanyId()
  const company = useQuery(companyQueries.detail(companyId))
  const companyName = company.data?.name ?? 'the company'
  // Assessments are named as people say the company: "Palantir assessment 1".
  const shortName = company.data?.name.split(' ')[0] ?? 'Company'
  const list = useAssessmentList()
  const [param] = useSearchParam('assessment')
  const fallbackId = useDefaultAssessmentId()
  const selectedId = param && list.some((a) => a.id === param) ? param : fallbackId
  const assessment = useAssessment(selectedId)
  const actions = useAssessmentActions()
  const queryClient = useQueryClient()
  const [message, setMessage] = useState<Message | null>(null)
  const share = useShareToken()
  useSharedLink(share, openAssessment, setMessage)

  const [view] = useSearchParam('view')
  useEffect(() => {
    if (!selectedId) return
    actions.assessmentOpened(selectedId)
    // Pin the choice in this tab's URL, so another tab opening a different assessment never moves this one.
    if (!share && param !== selectedId) openAssessment(selectedId)
  }, [selectedId, param, share, actions])

  const create = async () => {
    const template = await queryClient.fetchQuery(checklistQueries.template(DEFAULT_CASE.checklistTemplateId))
    const id = actions.assessmentCreated({
      name: `${shortName} assessment ${list.length + 1}`,
      companyId,
      templateId: template.id,
      templateVersion: template.version,
    })
    openAssessment(id)
  }
  const startCreate = () => {
    create().catch(() =>
      setMessage({ kind: 'error', text: 'Could not load the checklist template to start an assessment. Try again.' }),
    )
  }

  return (
    <>
      <PageHeading title="Checklist">Checklist</PageHeading>
      <p className="intro">
        The Investor Alliance guidance and the due-diligence frameworks as a risk-scoring checklist. Answer each item,
        accept or override the suggested answer, and note why. Everything is saved in this browser as you go.
      </p>
      <StorageNotice />
      <ExternalChangeNotice onOpen={openAssessment} />
      <DeletedNotice onRestored={openAssessment} />
      {message ? (
        <div role={message.kind === 'error' ? 'alert' : 'status'} className={`notice notice-${message.kind}`}>
          <p>{message.text}</p>
          <button type="button" className="secondary" onClick={() => setMessage(null)}>
            Dismiss
          </button>
        </div>
      ) : null}
      {view === 'compare' ? (
        <ComparePanel />
      ) : assessment ? (
        <>
          <AssessmentBar
            assessment={assessment}
            onOpen={openAssessment}
            onCreate={startCreate}
            onMessage={setMessage}
          />
          <ChecklistBody
            key={assessment.id}
            assessmentId={assessment.id}
            templateId={assessment.templateId}
            templateVersion={assessment.templateVersion}
            companyId={assessment.companyId}
          />
        </>
      ) : (
        <section aria-labelledby="start-heading" className="start">
          <h2 id="start-heading">No assessment yet</h2>
          <p>Start an assessment of {companyName}. Suggested answers with their evidence are shown beside each item.</p>
          <div className="bar-row start-actions">
            <button type="button" onClick={startCreate}>
              Start an assessment of {companyName}
            </button>
            <ImportFile onOpen={openAssessment} onMessage={setMessage} />
          </div>
          <ItemPreview templateId={DEFAULT_CASE.checklistTemplateId} companyId={companyId} />
        </section>
      )}
    </>
  )
}
