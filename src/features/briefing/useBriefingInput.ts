import { useQueries, useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { claimQueries } from '../../api/claims'
import { companyQueries } from '../../api/companies'
import { contractQueries } from '../../api/contracts'
import { engagementQueries } from '../../api/engagement'
import { arrestQueries } from '../../api/arrests'
import { sourceQueries } from '../../api/sources'
import { useCaseCompanyId } from '../../components/caseCompany'
import { useSearchParam } from '../../components/router'
import { assessmentForBriefing } from '../../domain/briefing/assessment'
import { engagementStatus } from '../../domain/briefing/decision'
import { holdingsForBriefing } from '../../domain/briefing/holdings'
import { dataAsOf } from '../../domain/sources/integrity'
import { RECOMMENDATION_STEPS, type BriefingInput, type RecommendationStep } from '../../domain/briefing/input'
import { arrangeQuestions } from '../../domain/engagement/edits'
import { responseRate, responseRateText } from '../../domain/engagement/responses'
import { ladderPosition } from '../../domain/engagement/ladder'
import { generateQuestions } from '../../domain/engagement/questions'
import { useCurrentAssessment, type CurrentAssessment } from '../../stores/assessments/current'
import { useEngagement } from '../../stores/engagement/store'
import { useOfficialRecord, useOfficialRecordActions } from '../../stores/officialRecord/officialRecordStore'
import { useUserSettings } from '../../stores/settings/store'
import { usePortfolioExposure } from '../../stores/portfolio/usePortfolioExposure'
import { arrestsForBriefing, contractsForBriefing } from './inputs'

const DEFAULT_METHOD = [
  'The score is computed from the checklist answers as described in the Checklist view; open an assessment to include its method with the live numbers.',
]

function today(): string {
  return new Date().toISOString().slice(0, 10)
}

const reason = (e: unknown) => (e instanceof Error ? e.message : 'the data service failed.')

/** The preparer's own fields, kept in the URL with the briefing (a link reproduces the document). */
export function useBriefingOptions() {
  const [preparedFor, setFor] = useSearchParam('for')
  const [question, setQuestion] = useSearchParam('question')
  const [step, setStep] = useSearchParam('rec')
  const [words, setWords] = useSearchParam('recWords')
  const valid = RECOMMENDATION_STEPS.find((s) => s === step) ?? null
  return {
    values: {
      preparedFor: preparedFor ?? '',
      question: question ?? '',
      recommendation: { step: valid, words: words ?? '' },
    },
    set: {
      preparedFor: setFor,
      question: setQuestion,
      step: (s: RecommendationStep | null) => setStep(s),
      words: setWords,
    },
  }
}

export type BriefingInputState =
  | { status: 'error'; what: string; error: unknown; retry: () => void }
  | { status: 'loading' }
  | {
      status: 'ready'
      input: BriefingInput
      hasPortfolio: boolean
      current: CurrentAssessment
      partialError: { error: unknown; retry: () => void } | null
    }

/** Everything the briefing shows, gathered from the queries and stores into one BriefingInput. */
export function useBriefingInput(): BriefingInputState {
  const companyId = useCaseCompanyId()
  const exposure = usePortfolioExposure(companyId)
  const current = useCurrentAssessment()
  const options = useBriefingOptions()
  const edits = useEngagement(companyId)
  const settings = useUserSettings()
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
  if (company.isError || sources.isError) {
    const failed = company.isError ? company : sources
    return {
      status: 'error',
      what: "the briefing's base data",
      error: failed.error,
      retry: () => void failed.refetch(),
    }
  }
  if (
    !company.data ||
    !sources.data ||
    current.status === 'loading' ||
    [contracts, arrests, claims, templates].some((q) => q.isPending)
  )
    return { status: 'loading' }

  const assessment =
    current.status === 'ready' ? assessmentForBriefing(current.template, current.assessment, current.suggestions) : null
  const holdings =
    exposure.status === 'ready' ? holdingsForBriefing(exposure.label, exposure.result, exposure.levers) : null
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
  const rate = responseRate(edits.responses)
  const position = templates.data ? ladderPosition(templates.data.ladder, edits.log) : null
  const origin = typeof window === 'undefined' ? '' : window.location.origin
  const awardYears = (contracts.data?.awards ?? []).map((a) => a.fiscalYear)
  const failing = [contracts, arrests, claims, templates].filter((q) => q.isError)
  const input: BriefingInput = {
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
          ladder: position?.current
            ? `Escalation: step ${position.current.rank}, ${position.current.label}.${position.next ? ` Next: ${position.next.label}${edits.nextStepDue ? `, due ${edits.nextStepDue}` : ''}.` : ''}`
            : 'Escalation: no engagement logged yet.',
          responses: responseRateText(company.data.name, rate),
          status: engagementStatus(
            edits.log,
            { responded: rate.answered + rate.partly, recorded: rate.recorded },
            position?.next?.label ?? null,
            edits.nextStepDue ?? null,
          ),
        }
      : null,
    holdings,
    method: assessment?.method ?? DEFAULT_METHOD,
    options: { ...options.values, preparedBy: settings },
    dataAsOf: dataAsOf(sources.data),
    chartLinks: {
      contracts: awardYears.length
        ? `${origin}/contracts?from=${Math.min(...awardYears)}&to=${Math.max(...awardYears)}`
        : `${origin}/contracts`,
      arrests: `${origin}/arrests`,
    },
  }
  return {
    status: 'ready',
    input,
    hasPortfolio: holdings !== null,
    current,
    partialError: failing.length
      ? { error: failing[0]?.error, retry: () => failing.forEach((q) => void q.refetch()) }
      : null,
  }
}
