import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type ChangeEvent } from 'react'
import { checklistQueries } from '../../api/checklists'
import {
  checkAssessmentFileSize,
  MAX_ASSESSMENT_FILE_BYTES,
  parseAssessmentFile,
  toAssessmentFile,
} from '../../domain/checklist/assessmentFile'
import type { Assessment } from '../../domain/checklist/schema'
import { describeWeights } from '../../domain/checklist/weights'
import { useAssessmentActions } from '../../stores/assessments/assessmentsStore'
import { whyNotServed } from './served'
import { weightsNotice } from './weightsNotice'
import { encodeShareToken, shareUrl } from './shareLink'

export interface Message {
  kind: 'ok' | 'error'
  text: string
}

function fileName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return `${slug || 'assessment'}.assessment.json`
}

/** Imports an exported JSON file as a new assessment; a bad file changes nothing and says why. */
export function ImportFile({ onOpen, onMessage }: { onOpen: (id: string) => void; onMessage: (m: Message) => void }) {
  const actions = useAssessmentActions()
  const queryClient = useQueryClient()
  const importJson = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    const file = input.files?.[0]
    if (!file) return
    const tooLarge = checkAssessmentFileSize(file.size)
    const result = tooLarge ? null : parseAssessmentFile(await file.text())
    const refused = result?.ok ? await whyNotServed(queryClient, result.assessment) : null
    input.value = ''
    if (!result?.ok || refused) {
      const why = tooLarge ?? refused ?? (result && !result.ok ? result.message : '')
      onMessage({ kind: 'error', text: `Could not import “${file.name}”. ${why} Your assessments are unchanged.` })
      return
    }
    const id = actions.assessmentImported(result.assessment, ' (imported)')
    onOpen(id)
    onMessage({
      kind: 'ok',
      text: `Imported “${result.assessment.name}” as a new assessment.${weightsNotice(result.assessment)}`,
    })
  }

  return (
    <span className="import-file">
      <label htmlFor="import-file">Import an assessment (JSON file)</label>
      <span className="hint" id="import-file-limit">
        Up to {MAX_ASSESSMENT_FILE_BYTES / 1_000_000} MB.
      </span>
      <input
        id="import-file"
        aria-describedby="import-file-limit"
        type="file"
        accept="application/json,.json"
        onChange={(e) => void importJson(e)}
      />
    </span>
  )
}

/** Export as JSON, import a JSON file as a new assessment, and make a share link. */
export function FileActions({
  assessment,
  onOpen,
  onMessage,
}: {
  assessment: Assessment
  onOpen: (id: string) => void
  onMessage: (message: Message) => void
}) {
  const template = useQuery(checklistQueries.template(assessment.templateId)).data
  // The file says which weights its score uses; without the template, it says whether they are the defaults.
  const weightsUsed = template
    ? describeWeights(template, assessment.weights)
    : assessment.weights
      ? 'Weights: committee weights, not the published defaults.'
      : 'Weights: the published defaults.'
  const [link, setLink] = useState<string | null>(null)

  const exportJson = () => {
    const json = JSON.stringify(toAssessmentFile(assessment, new Date().toISOString(), weightsUsed), null, 2)
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }))
    const a = document.createElement('a')
    a.href = url
    a.download = fileName(assessment.name)
    document.body.append(a)
    a.click()
    a.remove()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }

  const makeLink = async () => {
    const url = shareUrl(window.location.origin, await encodeShareToken(assessment, new Date().toISOString()))
    setLink(url)
    try {
      await navigator.clipboard.writeText(url)
      onMessage({
        kind: 'ok',
        text: `Share link copied. It opens as a copy; your assessment stays yours.${weightsNotice(assessment, 'carries')}`,
      })
    } catch {
      onMessage({
        kind: 'ok',
        text: `Share link made: copy it from the field below. It opens as a copy.${weightsNotice(assessment, 'carries')}`,
      })
    }
  }

  return (
    <div className="bar-row file-actions">
      <button type="button" className="secondary" onClick={exportJson}>
        Export as JSON
      </button>
      <ImportFile onOpen={onOpen} onMessage={onMessage} />
      <button type="button" className="secondary" onClick={() => void makeLink()}>
        Make a share link
      </button>
      {link ? (
        <>
          <label htmlFor="share-link">Share link</label>
          <input id="share-link" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </>
      ) : null}
    </div>
  )
}
