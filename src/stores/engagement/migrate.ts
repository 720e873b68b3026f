import * as z from 'zod/mini'
import { DEFAULT_CASE } from '../../domain/case/case'
import {
  emptyAudienceEdits,
  emptyEngagement,
  type AudienceEdits,
  type CompanyEngagement,
} from '../../domain/engagement/edits'
import {
  audienceSchema,
  logEntrySchema,
  questionResponseSchema,
  themeSchema,
  type Audience,
} from '../../domain/engagement/schema'

export const ENGAGEMENT_STORE_VERSION = 3

const audienceEditsSchema = z.object({
  texts: z.record(z.string(), z.string()),
  removed: z.array(z.string()),
  order: z.array(z.string()),
  custom: z.array(z.object({ id: z.string(), text: z.string(), theme: themeSchema })),
  themeOrder: z.array(themeSchema),
  promoted: z.array(z.string()),
  demoted: z.array(z.string()),
  recipient: z.string(),
  respondBy: z.nullable(z.string()),
})

const companySchema = z.object({
  audience: audienceSchema,
  lists: z.object({
    company: audienceEditsSchema,
    'asset manager': audienceEditsSchema,
    'proxy advisor': audienceEditsSchema,
  }),
  log: z.array(logEntrySchema),
  nextStepDue: z.nullable(z.string()),
  responses: z.record(z.string(), questionResponseSchema),
  notice: z.nullable(z.string()),
})

export const persistedEngagementSchema = z.object({ byCompany: z.record(z.string(), companySchema) })
export type PersistedEngagement = { byCompany: Record<string, CompanyEngagement> }

/** Version 2's one list for all audiences. */
const v2EditsSchema = z.object({
  audience: audienceSchema,
  texts: z.record(z.string(), z.string()),
  removed: z.array(z.string()),
  order: z.array(z.string()),
  custom: z.array(z.object({ id: z.string(), text: z.string() })),
  log: z.array(logEntrySchema),
  nextStepDue: z.nullable(z.string()),
})
type V2Edits = z.infer<typeof v2EditsSchema>

const AUDIENCE_NAMES: Record<Audience, string> = {
  company: 'the company',
  'asset manager': 'an asset manager',
  'proxy advisor': 'a proxy advisor',
}

/** Whether version 2 edits hold anything a person wrote or changed in the list. */
function hasListEdits(e: V2Edits): boolean {
  return Object.keys(e.texts).length + e.removed.length + e.order.length + e.custom.length > 0
}

/**
 * One company's version 2 entry as version 3. Version 2 kept one list of edits for all audiences
 * and did not record under which audience an edit was made (the `audience` it kept is only the
 * one shown last), so the edits cannot be told apart: each audience gets a copy of them all, and
 * the person is told so in `notice`. The log and due date carry over as they were.
 */
function fromV2(e: V2Edits): CompanyEngagement {
  const list: AudienceEdits = {
    ...emptyAudienceEdits,
    texts: e.texts,
    removed: e.removed,
    order: e.order,
    custom: e.custom.map((c) => ({ ...c, theme: 'governance' as const })),
  }
  const copied = hasListEdits(e)
  return {
    ...emptyEngagement,
    audience: e.audience,
    lists: { company: list, 'asset manager': list, 'proxy advisor': list },
    log: e.log,
    nextStepDue: e.nextStepDue,
    notice: copied
      ? `Your questions were saved by an earlier version that kept one list for every audience and did not record which audience each change was made for (the list was last shown for ${AUDIENCE_NAMES[e.audience]}). Your rewordings, removals, order and own questions have been copied to each audience's list: the company, an asset manager and a proxy advisor. Check each list; your own questions are under Governance.`
      : null,
  }
}

/**
 * Brings a stored engagement state up to the current version. Version 1 kept one company's
 * edits at the top level, with `notes` instead of `note` on log entries; version 2 keyed them by
 * company with one list for every audience; version 3 gives each audience its own list (see
 * fromV2) and records the company's responses. Throws on anything it cannot read, so the store
 * keeps the stored copy aside.
 */
export function migrateEngagement(persisted: unknown, version: number): PersistedEngagement {
  let state = persisted
  if (version < 2) {
    const v1 = (persisted ?? {}) as Record<string, unknown> & { log?: Record<string, unknown>[]; companyId?: string }
    const log = (v1.log ?? []).map(({ notes, ...rest }) => ({ note: typeof notes === 'string' ? notes : '', ...rest }))
    const { companyId = DEFAULT_CASE.companyId, ...rest } = v1
    state = {
      byCompany: {
        [companyId]: {
          audience: 'company',
          texts: {},
          removed: [],
          order: [],
          custom: [],
          nextStepDue: null,
          ...rest,
          log,
        },
      },
    }
  }
  if (version < 3) {
    const v2 = z.object({ byCompany: z.record(z.string(), v2EditsSchema) }).safeParse(state)
    if (!v2.success) throw new Error(`Stored engagement data (version ${version}) could not be read.`)
    state = {
      byCompany: Object.fromEntries(Object.entries(v2.data.byCompany).map(([id, e]) => [id, fromV2(e)])),
    }
  }
  const parsed = persistedEngagementSchema.safeParse(state)
  if (!parsed.success) throw new Error(`Stored engagement data (version ${version}) could not be read.`)
  return parsed.data
}
