import { useState } from 'react'
import { Link } from '../../components/router'
import { ErrorState, Loading } from '../../components/QueryStates'
import { arrangeQuestions, type EditedQuestion } from '../../domain/engagement/edits'
import { leverAudiences, type LeverAudience } from '../../domain/engagement/levers'
import { AUDIENCE_LABEL } from '../../domain/engagement/letter'
import type { GeneratedQuestion } from '../../domain/engagement/questions'
import type { Audience } from '../../domain/engagement/schema'
import { useEngagement, useEngagementActions } from '../../stores/engagement/store'
import { usePortfolio } from '../../stores/portfolio/portfolioStore'
import { usePortfolioExposure } from '../../stores/portfolio/usePortfolioExposure'

/** How many of an audience's short-list questions each lever shows; the rest are in the list below. */
const SHOWN = 3

function LeverCard(props: {
  lever: LeverAudience
  questions: EditedQuestion[]
  onPrepare: (lever: LeverAudience) => void
}) {
  const { lever, questions, onPrepare } = props
  const id = `lever-${lever.key.replace(/[^A-Za-z0-9]+/g, '-')}`
  return (
    <article className="lever" aria-labelledby={id}>
      <h3 id={id}>{lever.heading}</h3>
      <p>{lever.holding}</p>
      <ul className="lever-asks" aria-label={`What to do: ${lever.recipient}`}>
        {lever.asks.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      {questions.length > 0 && (
        <>
          <p>
            The questions for {AUDIENCE_LABEL[lever.audience]}, first {Math.min(SHOWN, questions.length)} of{' '}
            {questions.length} on the short list:
          </p>
          <ol aria-label={`Questions for ${lever.recipient}`}>
            {questions.slice(0, SHOWN).map((q) => (
              <li key={q.id}>{q.text}</li>
            ))}
          </ol>
        </>
      )}
      <button type="button" className="secondary" onClick={() => onPrepare(lever)}>
        Prepare the questions and letter for {lever.recipient}
      </button>
    </article>
  )
}

/**
 * The investor's levers from Holdings as audiences: the vote (with Rule 14a-8), each fund's
 * manager, each listed firm holding the company, with the asks each lever gives and the first
 * questions of the list that audience is asked from. "Prepare" shows that list and addresses the
 * letter to the lever's target (unless the person already addressed it).
 */
export function LeversSection(props: {
  companyId: string
  company: { name: string; ticker: string }
  /** The generated questions for an audience, as the Questions section generates them. */
  generate: (audience: Audience) => GeneratedQuestion[]
}) {
  const { companyId, company, generate } = props
  const exposure = usePortfolioExposure(companyId)
  const portfolio = usePortfolio()
  const { lists } = useEngagement(companyId)
  const { audienceChosen, recipientChanged } = useEngagementActions()
  const [announcement, setAnnouncement] = useState('')

  let body
  if (exposure.status === 'no-portfolio') {
    body = (
      <p className="state state-empty">
        No portfolio yet. Load your positions (or the labelled sample portfolio) on <Link to="/holdings">Holdings</Link>{' '}
        to see what each holding lets you do here: vote your {company.ticker} shares, engage a fund’s manager, or engage
        a listed firm holding {company.name} as its shareholder.
      </p>
    )
  } else if (exposure.status === 'error') {
    body = <ErrorState what="your portfolio's levers" error={exposure.error} onRetry={exposure.retry} />
  } else if (exposure.status === 'pending') {
    body = <Loading label="your portfolio's levers" />
  } else {
    const levers = leverAudiences(exposure.levers, company)
    const sample = portfolio?.source === 'sample' || exposure.result.usesSampleData
    const byAudience = new Map<Audience, EditedQuestion[]>()
    const questionsFor = (a: Audience) => {
      const found =
        byAudience.get(a) ??
        arrangeQuestions(generate(a), lists[a])
          .shortList.flatMap((g) => g.questions)
          .filter((q) => !q.empty)
      byAudience.set(a, found)
      return found
    }
    const targets = new Set(levers.map((l) => l.recipient))
    const prepare = (lever: LeverAudience) => {
      audienceChosen(companyId, lever.audience)
      const current = lists[lever.audience].recipient.trim()
      const addressed = current === '' || targets.has(current)
      if (addressed) recipientChanged(companyId, lever.audience, lever.recipient)
      setAnnouncement(
        `Showing the questions for ${AUDIENCE_LABEL[lever.audience]}.${addressed ? ` The letter is addressed to ${lever.recipient}.` : ' The letter keeps the addressee you wrote.'}`,
      )
      requestAnimationFrame(() => document.getElementById('questions-heading')?.focus())
    }
    body = (
      <>
        <p>
          From the portfolio “{exposure.label}” on <Link to="/holdings">Holdings</Link>
          {sample && (
            <>
              {' '}
              (<strong className="sample-label">Sample data</strong>
              {portfolio?.source === 'sample'
                ? ': an illustrative portfolio, not a real account'
                : ': some fund weights are illustrative'}
              )
            </>
          )}
          . Firms holding {company.name} are routes to engage, not exposure.
        </p>
        {levers.length === 0 ? (
          <p className="state state-empty">
            This portfolio holds no {company.ticker} shares, no fund holding them and no listed firm holding them, so it
            gives no shareholder lever on {company.name}. The questions below still serve a letter or a collaborative
            engagement.
          </p>
        ) : (
          <div className="levers-grid">
            {levers.map((l) => (
              <LeverCard key={l.key} lever={l} questions={questionsFor(l.audience)} onPrepare={prepare} />
            ))}
          </div>
        )}
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
      </>
    )
  }
  return (
    <section aria-labelledby="levers-heading">
      <h2 id="levers-heading">Your levers</h2>
      {body}
    </section>
  )
}
