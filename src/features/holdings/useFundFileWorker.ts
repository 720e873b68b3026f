import { useCallback, useEffect, useRef } from 'react'
import { fundFileKind, MESSAGES, runFundFileJob, type FundFileAnswer, type FundFileJob } from './fundFileJob'

/**
 * Reads fund holdings files. A workbook (.xlsx) is read in a Web Worker, created when the first
 * workbook arrives (so read-excel-file loads only then, and never on the page) and ended with the
 * page; a CSV, a password-protected workbook or anything else is answered on the page, where it
 * takes a few milliseconds. Where Worker is missing, everything runs on the page.
 */
export function useFundFileWorker() {
  const workerRef = useRef<Worker | null>(null)
  const pending = useRef(new Map<number, (a: FundFileAnswer) => void>())
  const nextId = useRef(1)

  useEffect(
    () => () => {
      workerRef.current?.terminate()
      workerRef.current = null
    },
    [],
  )

  return useCallback(async (input: Omit<FundFileJob, 'id'>): Promise<FundFileAnswer> => {
    const job: FundFileJob = { ...input, id: nextId.current++ }
    if (typeof Worker === 'undefined' || (await fundFileKind(job.file)) !== 'xlsx') return runFundFileJob(job)
    if (!workerRef.current) {
      const worker = new Worker(new URL('./fundFile.worker.ts', import.meta.url), { type: 'module' })
      worker.onmessage = (event: MessageEvent<FundFileAnswer>) => {
        pending.current.get(event.data.id)?.(event.data)
        pending.current.delete(event.data.id)
      }
      // A worker that fails to load or crashes answers every job it holds, so the page never waits forever.
      worker.onerror = (event) => {
        event.preventDefault()
        for (const [id, resolve] of pending.current)
          resolve({ id, read: { ok: false, error: MESSAGES.stopped }, sheet: null, note: null })
        pending.current.clear()
        worker.terminate()
        workerRef.current = null
      }
      workerRef.current = worker
    }
    const worker = workerRef.current
    return new Promise<FundFileAnswer>((resolve) => {
      pending.current.set(job.id, resolve)
      worker.postMessage(job)
    })
  }, [])
}
