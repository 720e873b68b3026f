import { StorageNotice as Notice } from '../../components/StorageNotice'
import { ENGAGEMENT_STORE_NAME } from '../../stores/engagement/store'

/** `byCompany/<company>/texts/<id>` -> "a question’s wording". */
function describeField(path: string): string {
  const [, , field] = path.split('/')
  if (field === 'texts') return 'a question’s wording'
  if (field === 'custom') return 'a question of your own'
  if (field === 'log') return 'an engagement log entry'
  if (field === 'audience') return 'the audience'
  if (field === 'nextStepDue') return 'the next step’s due date'
  return 'the question list'
}

/** Says when the engagement work cannot be saved, or another tab's change replaced this tab's. */
export function StorageNotice() {
  return (
    <Notice
      storeKey={ENGAGEMENT_STORE_NAME}
      what="questions and engagement log"
      keepCopy="Download the questions as Markdown to keep a copy"
      describeField={describeField}
    />
  )
}
