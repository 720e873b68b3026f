import { useRef, useState } from 'react'
import {
  moveWithinGroup,
  orderedThemes,
  shownOrder,
  type ArrangedQuestions,
  type EditedQuestion,
} from '../../domain/engagement/edits'
import { themeHeading } from '../../domain/engagement/letter'
import type { Audience } from '../../domain/engagement/schema'
import { useEngagementActions } from '../../stores/engagement/store'
import { QuestionCard } from './QuestionCard'

/**
 * The short list by theme, then the appendix. Every control is a button, so the keyboard works:
 * themes and questions move up and down, questions move between the short list and the appendix,
 * and a removal can be undone.
 */
export function QuestionList(props: { companyId: string; audience: Audience; arranged: ArrangedQuestions }) {
  const { companyId, audience, arranged } = props
  const actions = useEngagementActions()
  const [announcement, setAnnouncement] = useState('')
  const [lastRemoved, setLastRemoved] = useState<string | null>(null)
  const rootRef = useRef<HTMLDivElement>(null)
  const allIds = shownOrder(arranged)
  const themes = arranged.shortList.map((g) => g.theme)

  const refocus = (selector: string) =>
    requestAnimationFrame(() => rootRef.current?.querySelector<HTMLButtonElement>(selector)?.focus())

  const controls = (q: EditedQuestion, label: string, group: EditedQuestion[], i: number, inShortList: boolean) => ({
    label,
    canMoveUp: i > 0,
    canMoveDown: i < group.length - 1,
    inShortList,
    onReword: (text: string) => actions.questionReworded(companyId, audience, q.id, text),
    onRestore: () => actions.wordingRestored(companyId, audience, q.id),
    onMove: (delta: number) => {
      const groupIds = group.map((x) => x.id)
      actions.questionsReordered(companyId, audience, moveWithinGroup(allIds, groupIds, q.id, delta))
      setAnnouncement(`${label} moved ${delta < 0 ? 'up' : 'down'}.`)
      refocus(`[data-move="${q.id}:${delta}"]`)
    },
    onRemove: () => {
      actions.questionRemoved(companyId, audience, q.id)
      setLastRemoved(q.id)
    },
    onToggleList: () => {
      if (inShortList) actions.questionDemoted(companyId, audience, q.id)
      else actions.questionPromoted(companyId, audience, q.id)
      setAnnouncement(inShortList ? 'Question moved to the appendix.' : 'Question promoted to the short list.')
    },
  })

  const starts = arranged.shortList.map((_, gi) =>
    arranged.shortList.slice(0, gi).reduce((sum, g) => sum + g.questions.length, 0),
  )
  return (
    <div ref={rootRef}>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {lastRemoved && (
        <p role="status" className="undo-bar">
          Question removed.{' '}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              actions.removalUndone(companyId, audience, lastRemoved)
              setLastRemoved(null)
            }}
          >
            Undo
          </button>
        </p>
      )}
      <h3>Short list</h3>
      {arranged.shortList.length === 0 && (
        <p className="state state-empty">
          The short list is empty. Promote questions from the appendix or add your own.
        </p>
      )}
      {arranged.shortList.map((group, gi) => (
        <section key={group.theme} className="theme-group" aria-labelledby={`theme-${group.theme.replace(/ /g, '-')}`}>
          <div className="theme-heading">
            <h4 id={`theme-${group.theme.replace(/ /g, '-')}`}>{themeHeading(group.theme)}</h4>
            <button
              type="button"
              className="secondary"
              data-theme-move={`${group.theme}:-1`}
              disabled={gi === 0}
              onClick={() => {
                actions.themeMoved(companyId, audience, orderedThemes(themes), group.theme, -1)
                setAnnouncement(`${themeHeading(group.theme)} moved up.`)
                refocus(`[data-theme-move="${group.theme}:-1"]`)
              }}
            >
              Move theme {group.theme} up
            </button>
            <button
              type="button"
              className="secondary"
              data-theme-move={`${group.theme}:1`}
              disabled={gi === arranged.shortList.length - 1}
              onClick={() => {
                actions.themeMoved(companyId, audience, orderedThemes(themes), group.theme, 1)
                setAnnouncement(`${themeHeading(group.theme)} moved down.`)
                refocus(`[data-theme-move="${group.theme}:1"]`)
              }}
            >
              Move theme {group.theme} down
            </button>
          </div>
          <ol className="questions" aria-label={`Questions on ${group.theme}`} start={(starts[gi] ?? 0) + 1}>
            {group.questions.map((q, i) => (
              <QuestionCard
                key={q.id}
                q={q}
                c={controls(q, `Question ${(starts[gi] ?? 0) + i + 1}`, group.questions, i, true)}
              />
            ))}
          </ol>
        </section>
      ))}
      <h3>Appendix</h3>
      {arranged.appendix.length === 0 ? (
        <p className="state state-empty">Nothing in the appendix: every question is on the short list.</p>
      ) : (
        <>
          <p className="hint">
            {arranged.appendix.length} further question{arranged.appendix.length === 1 ? '' : 's'}, most important
            first. Promote any to the short list; the letter carries the short list only.
          </p>
          <ol className="questions" aria-label="Appendix questions">
            {arranged.appendix.map((q, i) => (
              <QuestionCard
                key={q.id}
                q={q}
                c={controls(q, `Appendix question ${i + 1}`, arranged.appendix, i, false)}
              />
            ))}
          </ol>
        </>
      )}
    </div>
  )
}
