import { useCallback, useEffect, useRef } from 'react'
import type { OfficialAnswer, OfficialJob } from './officialJob'

type JobInput = OfficialJob extends infer J ? (J extends OfficialJob ? Omit<J, 'id'> : never) : never

/**
 * Runs reader jobs in a Web Worker, created when the first file is chosen (so the unzip and CSV
 * libraries load only then) and ended with the page. Where Worker is missing, the job runs here.
 */
export function useOfficialWorker() {
  const workerRef = useRef<Worker | null>(null)
  const pending = useRef(new Map<number, (a: OfficialAnswer) => void>())
  const nextId = useRef(1)

  useEffect(
    () => () => {
      workerRef.current?.terminate()
      workerRef.current = null
    },
    [],
  )

  return useCallback((input: JobInput): Promise<OfficialAnswer> => {
    const job = { ...input, id: nextId.current++ } as OfficialJob
    if (typeof Worker === 'undefined') return import('./officialJob').then(({ runOfficialJob }) => runOfficialJob(job))
    if (!workerRef.current) {
      const worker = new Worker(new URL('./usaspending.worker.ts', import.meta.url), { type: 'module' })
      worker.onmessage = (event: MessageEvent<OfficialAnswer>) => {
        pending.current.get(event.data.id)?.(event.data)
        pending.current.delete(event.data.id)
      }
      // A worker that fails answers every job it holds, so the page never waits forever.
      worker.onerror = (event) => {
        event.preventDefault()
        for (const [id, resolve] of pending.current)
          resolve({
            id,
            type: 'read',
            ok: false,
            error: 'The file could not be read in this browser (the reader stopped).',
          })
        pending.current.clear()
        worker.terminate()
        workerRef.current = null
      }
      workerRef.current = worker
    }
    const worker = workerRef.current
    return new Promise<OfficialAnswer>((resolve) => {
      pending.current.set(job.id, resolve)
      worker.postMessage(job)
    })
  }, [])
}
