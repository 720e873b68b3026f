import type { AssessmentScore } from '../../domain/checklist/score'
import type { ChecklistTemplate } from '../../domain/checklist/schema'

/** Jump between sections, with each section's progress beside its name. */
export function SectionNav({ template, score }: { template: ChecklistTemplate; score: AssessmentScore }) {
  return (
    <nav aria-label="Checklist sections" className="section-nav">
      <h2 className="section-nav-title">Sections</h2>
      <ol>
        {template.sections.map((s) => {
          const sub = score.sections.find((x) => x.sectionId === s.id)
          const answered = sub?.answered ?? 0
          return (
            <li key={s.id}>
              <a href={`#section-${s.id}`}>
                {s.id}. {s.title}
              </a>{' '}
              <span className="section-progress">
                {answered} of {s.items.length} answered{answered === s.items.length ? ' ✓' : ''}
              </span>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
