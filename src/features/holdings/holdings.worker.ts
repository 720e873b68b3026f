/// <reference lib="webworker" />
import {
  chunkMessage,
  runBaselineJob,
  runHoldingsJob,
  splitForTransfer,
  transferables,
  type HoldingsBaselineJob,
  type HoldingsJob,
  type HoldingsMessage,
} from './holdingsJob'
import type { PackedPositions } from '../../domain/holdings/packed'

// Parsing and look-through run here, off the main thread, so a large file never freezes the page.
const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<HoldingsJob | HoldingsBaselineJob>) => {
  const job = event.data
  const post = (m: HoldingsMessage) => scope.postMessage(m, transferables(m))
  if ('baseline' in job) {
    void runBaselineJob(job).then(post)
    return
  }
  // Positions go to the page as they are read, so that the page unpacks them and looks them
  // through (on the other core) while this worker reads on, keeping none; the rest follow.
  let sent = 0
  const stream = (positions: PackedPositions, accountCurrency: string | null) => {
    post(chunkMessage(job.id, positions, accountCurrency))
    sent += positions.count
  }
  runHoldingsJob(job, (stage) => post({ id: job.id, type: 'progress', stage }), stream)
    .then((message) => splitForTransfer(message, sent > 0).forEach(post))
    .catch((error: unknown) =>
      post({
        id: job.id,
        type: 'refused',
        error: `The file could not be read${error instanceof Error ? `: ${error.message}` : ''}.`,
      }),
    )
}
