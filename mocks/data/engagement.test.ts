import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { engagementTemplatesSchema } from '../../src/domain/engagement/schema'
import { claims } from './claims'
import { engagementTemplates } from './engagement'
import { sources } from './sources'

// The company's letter of 18 September 2020 (seed 003), which restates Amnesty's questions and answers them.
const letter = readFileSync(join(process.cwd(), '../shared/seeds/003_6aa116c4dc3cc295.txt'), 'utf8')
  .replace(/\*/g, '')
  .replace(/\s+/g, ' ')
const amnestyRelease = readFileSync(join(process.cwd(), '../shared/seeds/001_dab854ad1aba3534.txt'), 'utf8')

describe('engagement templates', () => {
  it('parse with the schema the client uses', () => {
    expect(engagementTemplatesSchema.safeParse(engagementTemplates).success).toBe(true)
  })

  it("quote Amnesty's questions whole and the company's answers verbatim, as the letter gives them", () => {
    const answered = engagementTemplates.questionTemplates.filter((t) => t.answer)
    expect(answered.map((t) => t.id)).toEqual(['amnesty-q1', 'amnesty-q2', 'amnesty-q3', 'amnesty-q4', 'amnesty-q5'])
    for (const t of answered) {
      expect(letter).toContain(t.published)
      expect(letter).toContain(t.answer?.text)
    }
    expect(answered[2]?.published).toContain('generally but also including detention')
    expect(answered[3]?.published).toContain('For example, but not limited to, family separations')
  })

  it("quote Amnesty's call to consider suspension in its own words", () => {
    expect(amnestyRelease).toContain('it must urgently consider suspending all activities')
    const suspension = engagementTemplates.questionTemplates.find((t) => t.id === 'suspension')
    expect(suspension?.wording.company).toContain('“must urgently consider suspending”')
  })

  it('cite only sources that exist, and name a topic only for claims that exist', () => {
    const ids = new Set(sources.map((s) => s.id))
    const cited = [
      ...engagementTemplates.questionTemplates.flatMap((t) => [...t.sourceIds, ...(t.answer?.sourceIds ?? [])]),
      ...engagementTemplates.claimTopics.flatMap((t) => t.recordSourceIds),
      ...engagementTemplates.letterContext.flatMap((f) => f.sourceIds),
      ...engagementTemplates.ladder.flatMap((s) => s.sourceIds),
    ]
    expect(cited.filter((id) => !ids.has(id))).toEqual([])
    const claimIds = new Set(claims.map((c) => c.id))
    expect(engagementTemplates.claimTopics.filter((t) => !claimIds.has(t.claimId))).toEqual([])
  })

  it("present the ladder steps the investor briefing does not name as the app's own, without citing it", () => {
    const own = engagementTemplates.ladder.filter((s) => s.sourceIds.length === 0)
    expect(own.map((s) => s.id)).toEqual(['public', 'divest'])
    for (const s of own) expect(s.basis).toMatch(/app’s own step/)
  })
})

describe('claim questions as a person would send them', () => {
  const { claimTopics } = engagementTemplates
  const claimOf = (id: string) => claims.find((c) => c.id === id)

  it('lead a quoted fragment in with words it carries on from, and give a paraphrase its own sentence in reported speech', () => {
    const bad = claimTopics.filter((t) => {
      const claim = claimOf(t.claimId)
      if (!claim) return true
      if (claim.statementKind === 'paraphrase') return !t.reported
      // "…said that “it's a de minimis part…”": a fragment needs its lead-in, a sentence a colon.
      const fragment = /^\p{Ll}/u.test(claim.statement)
      return fragment !== /\b(that|it)$/.test(t.said)
    })
    expect(bad.map((t) => t.claimId)).toEqual([])
  })

  it('name the record so that it reads after “contradicted by” and after “reconcile this with” alike', () => {
    expect(claimTopics.filter((t) => /,? and by /.test(t.record)).map((t) => t.claimId)).toEqual([])
  })
})
