/// <reference lib="webworker" />
import {
  runBaselineJob,
  runHoldingsJob,
  splitForTransfer,
  transferables,
  type HoldingsBaselineJob,
  type HoldingsJob,
  type HoldingsMessage,
} from './holdingsJob'

// Parsing and look-through run here, off the main thread, so a large file never freezes the page.
const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<HoldingsJob | HoldingsBaselineJob>) => {
  const job = event.data
  const post = (m: HoldingsMessage) => scope.postMessage(m, transferables(m))
  if ('baseline' in job) {
    void runBaselineJob(job).then(post)
    return
  }
  runHoldingsJob(job, (stage) => post({ id: job.id, type: 'progress', stage }))
    .then((message) => splitForTransfer(message).forEach(post))
    .catch((error: unknown) =>
      post({
        id: job.id,
        type: 'refused',
        error: `The file could not be read${error instanceof Error ? `: ${error.message}` : ''}.`,
      }),
    )
}
