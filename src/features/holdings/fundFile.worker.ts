/// <reference lib="webworker" />
import { MESSAGES, runFundFileJob, type FundFileAnswer, type FundFileJob } from './fundFileJob'

// Unzipping and parsing an issuer's .xlsx holdings file (read-excel-file, bundled into this worker
// only) run here, off the main thread.
const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<FundFileJob>) => {
  const job = event.data
  runFundFileJob(job)
    .then((answer) => scope.postMessage(answer))
    .catch(() =>
      scope.postMessage({
        id: job.id,
        read: { ok: false, error: MESSAGES.corrupt },
        sheet: null,
        note: null,
      } satisfies FundFileAnswer),
    )
}
