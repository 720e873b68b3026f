import { useId, useState } from 'react'
import { downloadBlob } from '../../components/download'
import { PageHeading } from '../../components/PageHeading'
import { ErrorState, Loading } from '../../components/QueryStates'
import { useSearchParam } from '../../components/router'
import { buildBriefing } from '../../domain/briefing/build'
import { RECOMMENDATION_LABEL } from '../../domain/briefing/decision'
import { SECTIONS, type SectionId } from '../../domain/briefing/document'
import { RECOMMENDATION_STEPS, type RecommendationStep } from '../../domain/briefing/input'
import { briefingPdfPlan } from '../../domain/briefing/pdfText'
import type { UnshownReport } from '../../domain/pdfText/scripts'
import { useSettingsActions, useUserSettings } from '../../stores/settings/store'
import { BriefingPreview } from './BriefingPreview'
import { useBriefingInput, useBriefingOptions } from './useBriefingInput'
import './briefing.css'

const reason = (e: unknown) => (e instanceof Error ? e.message : 'the data service failed.')

/** Who the briefing is for and by, the question, and the preparer's own recommendation. */
function BriefingFields() {
  const { values, set } = useBriefingOptions()
  const settings = useUserSettings()
  const settingsActions = useSettingsActions()
  const id = useId()
  return (
    <fieldset className="briefing-fields">
      <legend>For, by, and your recommendation</legend>
      <label htmlFor={`${id}-for`}>Prepared for</label>
      <input
        id={`${id}-for`}
        value={values.preparedFor}
        placeholder="e.g. Investment committee, 9 Dec 2026"
        onChange={(e) => set.preparedFor(e.target.value)}
      />
      <label htmlFor={`${id}-by`}>Prepared by (your name, kept in your settings)</label>
      <input id={`${id}-by`} value={settings.name} onChange={(e) => settingsActions.nameChanged(e.target.value)} />
      <label htmlFor={`${id}-org`}>Your organisation (kept in your settings)</label>
      <input
        id={`${id}-org`}
        value={settings.organisation}
        onChange={(e) => settingsActions.organisationChanged(e.target.value)}
      />
      <label htmlFor={`${id}-q`}>The question for the committee (leave empty for the default)</label>
      <textarea id={`${id}-q`} rows={2} value={values.question} onChange={(e) => set.question(e.target.value)} />
      <label htmlFor={`${id}-rec`}>{RECOMMENDATION_LABEL}</label>
      <select
        id={`${id}-rec`}
        value={values.recommendation.step ?? ''}
        onChange={(e) => set.step((e.target.value || null) as RecommendationStep | null)}
      >
        <option value="">Not chosen yet</option>
        {RECOMMENDATION_STEPS.map((s) => (
          <option key={s} value={s}>
            {s[0]?.toUpperCase() + s.slice(1)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-words`}>Your recommendation in your words</label>
      <textarea
        id={`${id}-words`}
        rows={3}
        value={values.recommendation.words}
        onChange={(e) => set.words(e.target.value)}
      />
      <p className="hint">
        Your name and organisation are kept in your settings; the rest in the page address, so a link to this briefing
        keeps them.
      </p>
    </fieldset>
  )
}

/** Before export: the characters no font in the PDF can show, where they are, and what the PDF shows instead. */
function UnshownCharacters({ unshown }: { unshown: UnshownReport[] }) {
  const id = useId()
  if (unshown.length === 0) return null
  return (
    <section className="pdf-unshown no-print" aria-labelledby={id}>
      <h2 id={id}>Characters the PDF cannot show</h2>
      <p>
        No font in the PDF has {unshown.length === 1 ? 'this character' : `these ${unshown.length} characters`}: the PDF
        shows each as its code in brackets instead, and the preview and the app keep them as they are.
      </p>
      <ul>
        {unshown.map((u) => (
          <li key={u.code}>
            <span className="pdf-unshown-char">{u.char}</span> ({u.code}, shown as [{u.code}]) in {u.where.join('; ')}
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Choose the sections, preview the document, export it as a PDF (or print it). */
export default function BriefingPage() {
  const state = useBriefingInput()
  const [omitParam, setOmitParam] = useSearchParam('omit')
  const omitted = new Set((omitParam ?? '').split(',').filter(Boolean))
  const include = new Set(SECTIONS.map((s) => s.id).filter((id) => !omitted.has(id)))
  const [status, setStatus] = useState<{ kind: 'idle' | 'working' | 'done' | 'error'; text: string }>({
    kind: 'idle',
    text: '',
  })

  const toggle = (id: SectionId, on: boolean) => {
    const next = new Set(omitted)
    if (on) next.delete(id)
    else next.add(id)
    setOmitParam([...next].join(',') || null)
  }

  let body
  if (state.status === 'error') {
    body = <ErrorState what={state.what} error={state.error} onRetry={state.retry} />
  } else if (state.status === 'loading') {
    body = <Loading label="the briefing data" />
  } else {
    const { current, partialError, hasPortfolio } = state
    const model = buildBriefing(state.input, include)
    const plan = briefingPdfPlan(model)
    const exportPdf = async () => {
      setStatus({ kind: 'working', text: 'Preparing the PDF…' })
      try {
        const [{ renderBriefingPdf }, { loadPdfFonts }] = await Promise.all([
          import('./renderPdf'),
          import('./pdfFonts'),
        ])
        // Fonts only for the scripts the text has: none for a text in the standard fonts' set.
        const fonts = plan.fonts.length ? await loadPdfFonts(plan.fonts) : []
        const blob = renderBriefingPdf(model, fonts)
        downloadBlob(blob, model.meta.fileName)
        setStatus({ kind: 'done', text: `Saved ${model.meta.fileName} (${Math.round(blob.size / 1024)} kB).` })
      } catch (error) {
        setStatus({ kind: 'error', text: `The PDF could not be made: ${reason(error)} Nothing was lost; try again.` })
      }
    }
    body = (
      <>
        <BriefingFields />
        <fieldset className="briefing-sections">
          <legend>Sections to include</legend>
          {SECTIONS.map((s) => (
            <label key={s.id}>
              <input type="checkbox" checked={include.has(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
              {s.label}
              {s.id === 'holdings' && !hasPortfolio ? ' (no portfolio loaded)' : ''}
            </label>
          ))}
        </fieldset>
        <UnshownCharacters unshown={plan.unshown} />
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
        {partialError && (
          <div className="partial-data">
            <ErrorState what="part of the briefing's data" error={partialError.error} onRetry={partialError.retry} />
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
