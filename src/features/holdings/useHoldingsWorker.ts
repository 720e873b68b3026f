import { useCallback, useEffect, useRef, useState } from 'react'
import {
  HoldingsReceiver,
  runHoldingsJob,
  type HoldingsJob,
  type HoldingsMessage,
  type HoldingsStage,
} from './holdingsJob'

/** A job sent to the worker: its page side (chunks unpacked and looked through) and who waits for it. */
interface Pending {
  receiver: HoldingsReceiver
  resolve: (m: HoldingsMessage) => void
}

/**
 * Runs holdings jobs in a Web Worker (started when the page is idle, ended with the page). Only the
 * latest job's answer is used; where Worker is unavailable the job runs on the page.
 */
export function useHoldingsWorker() {
  const workerRef = useRef<Worker | null>(null)
  const pendingRef = useRef(new Map<number, Pending>())
  const nextId = useRef(1)
  const [stage, setStage] = useState<HoldingsStage | null>(null)

  // Started once the page is idle, so that reading the first file does not wait for the worker's
  // code to load and compile; a job that comes first starts it itself.
  const ensureWorker = useCallback((): Worker => {
    if (workerRef.current) return workerRef.current
    const worker = new Worker(new URL('./holdings.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<HoldingsMessage>) => {
      const m = event.data
      if (m.type === 'progress') {
        if (m.id === nextId.current - 1) setStage(m.stage)
        return
      }
      const pending = pendingRef.current.get(m.id)
      if (!pending) return
      if (m.type === 'chunk') {
        pending.receiver.chunk(m)
        return
      }
      pendingRef.current.delete(m.id)
      pending.receiver
        .finish(m)
        .catch((error: unknown): HoldingsMessage => ({
          id: m.id,
          type: 'refused',
          error: `The file could not be looked through${error instanceof Error ? `: ${error.message}` : ''}. Nothing you had was changed.`,
        }))
        .then(pending.resolve)
    }
    // A worker that fails to load or crashes answers every job it holds, so the page never waits forever.
    worker.onerror = (event) => {
      event.preventDefault()
      for (const [id, { receiver, resolve }] of pendingRef.current) {
        receiver.cancel()
        resolve({
          id,
          type: 'refused',
          error: 'The file could not be processed in this browser (the reader stopped).',
        })
      }
      pendingRef.current.clear()
      worker.terminate()
      workerRef.current = null
    }
    workerRef.current = worker
    return worker
  }, [])

  useEffect(() => {
    if (typeof Worker === 'undefined') return
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1))
    const cancel = window.cancelIdleCallback ?? window.clearTimeout
    const handle = idle(() => ensureWorker())
    const pending = pendingRef.current
    return () => {
      cancel(handle)
      for (const { receiver } of pending.values()) receiver.cancel()
      workerRef.current?.terminate()
      workerRef.current = null
    }
  }, [ensureWorker])

  const run = useCallback(
    (job: Omit<HoldingsJob, 'id'>): Promise<HoldingsMessage> => {
      const id = nextId.current++
      const full: HoldingsJob = { ...job, id }
      setStage('reading')
      const settle = (m: HoldingsMessage) => {
        if (id === nextId.current - 1) setStage(null)
        return m
      }
      if (typeof Worker === 'undefined') return runHoldingsJob(full, setStage).then(settle)
      const worker = ensureWorker()
      return new Promise<HoldingsMessage>((resolve) => {
        pendingRef.current.set(id, { receiver: new HoldingsReceiver(job), resolve: (m) => resolve(settle(m)) })
        worker.postMessage(full)
      })
    },
    [ensureWorker],
  )

  return { run, stage }
}
