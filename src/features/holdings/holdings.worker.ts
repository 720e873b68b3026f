/// <reference lib="webworker" />
import { runHoldingsJob, splitForTransfer, type HoldingsJob, type HoldingsMessage } from './holdingsJob'

// Parsing and look-through run here, off the main thread, so a large file never freezes the page.
const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<HoldingsJob>) => {
  const job = event.data
  const post = (m: HoldingsMessage) => scope.postMessage(m)
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
