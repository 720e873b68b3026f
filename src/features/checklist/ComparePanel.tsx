import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { checklistQueries } from '../../api/checklists'
import { compareAssessments, type Comparison } from '../../domain/checklist/compare'
import { answerLabel, type Assessment, type ChecklistTemplate } from '../../domain/checklist/schema'
import { NON_DEFAULT_WEIGHTS } from '../../domain/checklist/wording'
import { Link, useSearchParam } from '../../components/router'
import { EmptyState, ErrorState, Loading } from '../../components/QueryStates'
import { useAssessmentList } from '../../stores/assessments/assessmentsStore'

const when = (ms: number) => new Date(ms).toISOString().slice(0, 10)

function SideBySide({ comparison }: { comparison: Comparison }) {
  const { before, after } = comparison
  const row = (label: string, cell: (s: Comparison['before']) => string) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{cell(before)}</td>
      <td>{cell(after)}</td>
    </tr>
  )
  return (
    <table className="compare-table">
      <caption>Side by side</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">Before: {before.name}</th>
          <th scope="col">After: {after.name}</th>
        </tr>
      </thead>
      <tbody>
        {row('Last changed', (s) => when(s.updatedAt))}
        {row('Band', (s) => s.words.band ?? 'No score yet')}
        {row('Unmanaged risk', (s) => s.words.value ?? 'No score yet')}
        {row(
          'Company items answered',
          (s) => `${s.rating.score.progress.answered} of ${s.rating.score.progress.total}`,
        )}
        {row('Red flags raised', (s) => String(s.rating.score.redFlags.length))}
        {row('Weights', (s) => (s.rating.defaultWeights ? 'Published defaults' : NON_DEFAULT_WEIGHTS))}
      </tbody>
    </table>
  )
}

function ChangedItems({ comparison }: { comparison: Comparison }) {
  if (comparison.items.length === 0)
    return <EmptyState>The two assessments give the same answers and notes.</EmptyState>
  const changed = comparison.items.filter((i) => i.answerChanged).length
  return (
    <table className="compare-table">
      <caption>
        Items that differ: {changed} answer{changed === 1 ? '' : 's'}
        {comparison.items.length > changed ? `, ${comparison.items.length - changed} note only` : ''}
      </caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
          <th scope="col">Notes (before → after)</th>
        </tr>
      </thead>
      <tbody>
        {comparison.items.map((i) => (
          <tr key={i.itemId}>
            <th scope="row">
              {i.itemId}. <span className="compare-question">{i.question}</span>
            </th>
            <td>{answerLabel(i.before)}</td>
            <td>
              {answerLabel(i.after)}
              {i.answerChanged ? '' : ' (same answer)'}
            </td>
            <td>
              {i.noteBefore === i.noteAfter
                ? i.noteAfter || '–'
                : `${i.noteBefore || '(no note)'} → ${i.noteAfter || '(no note)'}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Result({ template, before, after }: { template: ChecklistTemplate; before: Assessment; after: Assessment }) {
  const comparison = useMemo(() => compareAssessments(template, before, after), [template, before, after])
  return (
    <>
      <p className="compare-movement">
        <strong>How the score moved:</strong> {comparison.movement}
      </p>
      {before.templateVersion !== after.templateVersion ? (
        <p className="notice">
          The two were made with different versions of the template ({before.templateVersion} and{' '}
          {after.templateVersion}); both are scored with version {template.version}.
        </p>
      ) : null}
      <SideBySide comparison={comparison} />
      <ChangedItems comparison={comparison} />
    </>
  )
}

function Picker({
  id,
  label,
  value,
  list,
  onChange,
}: {
  id: string
  label: string
  value: string
  list: Assessment[]
  onChange: (id: string) => void
}) {
  return (
    <span className="compare-pick">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose an assessment</option>
        {list.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name} (last changed {when(a.updatedAt)})
          </option>
        ))}
      </select>
    </span>
  )
}

/**
 * What changed since the last review: two assessments side by side, the items whose answers or
 * notes differ, and how the range and band moved. The pair lives in the URL, so it can be bookmarked.
 */
export function ComparePanel() {
  const list = useAssessmentList()
  const [aParam, setA] = useSearchParam('a')
  const [bParam, setB] = useSearchParam('b')
  const before = list.find((x) => x.id === aParam) ?? null
  const after = list.find((x) => x.id === bParam) ?? null
  const templateQuery = useQuery({
    ...checklistQueries.template(before?.templateId ?? after?.templateId ?? ''),
    enabled: before !== null || after !== null,
  })
  let body
  if (!before || !after) body = <p>Choose two assessments to compare: the earlier one first.</p>
  else if (before.templateId !== after.templateId)
    body = <p className="notice">These two use different checklists, so their items cannot be compared.</p>
  else if (templateQuery.isPending) body = <Loading label="the checklist" />
  else if (templateQuery.isError)
    body = <ErrorState what="the checklist" error={templateQuery.error} onRetry={() => void templateQuery.refetch()} />
  else body = <Result template={templateQuery.data} before={before} after={after} />
  return (
    <section aria-labelledby="compare-heading" className="compare">
      <h2 id="compare-heading">Compare two assessments</h2>
      <p>
        <Link to={`/checklist${bParam ? `?assessment=${encodeURIComponent(bParam)}` : ''}`}>Back to the checklist</Link>
      </p>
      <div className="bar-row">
        <Picker
          id="compare-a"
          label="Before (earlier)"
          value={before?.id ?? ''}
          list={list}
          onChange={(id) => setA(id || null)}
        />
        <Picker
          id="compare-b"
          label="After (later)"
          value={after?.id ?? ''}
          list={list}
          onChange={(id) => setB(id || null)}
        />
      </div>
      {body}
    </section>
  )
}
