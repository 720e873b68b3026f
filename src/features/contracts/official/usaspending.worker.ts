/// <reference lib="webworker" />
import { runOfficialJob, type OfficialAnswer, type OfficialJob } from './officialJob'

// Unzipping and parsing a USAspending download (up to tens of MB) run here, off the main thread.
const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<OfficialJob>) => {
  const job = event.data
  runOfficialJob(job)
    .then((answer) => scope.postMessage(answer))
    .catch((error: unknown) =>
      scope.postMessage({
        id: job.id,
        type: job.type === 'select' ? 'selected' : job.type,
        ok: false,
        error: `The file could not be read${error instanceof Error ? `: ${error.message}` : ''}.`,
      } satisfies OfficialAnswer),
    )
}
