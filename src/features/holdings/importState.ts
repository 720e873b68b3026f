import type { ColumnMapping } from '../../domain/holdings/columns'
import type { LookThroughResult } from '../../domain/holdings/lookthrough'
import type { ParsedPortfolio } from '../../domain/holdings/parse'
import type { HoldingsJob } from './holdingsJob'

export type ImportSource = 'file' | 'paste' | 'sample'

/** The file or text being imported, kept so the user can re-read it with their own column mapping. */
export interface ImportInput {
  label: string
  source: ImportSource
  input: HoldingsJob['input']
}

/** Where an import stands. The accepted portfolio lives in the store; this is the attempt in progress. */
export type ImportState =
  | { status: 'idle' }
  | { status: 'working'; from: ImportInput }
  | { status: 'refused'; from: ImportInput; error: string }
  | {
      status: 'needs-mapping'
      from: ImportInput
      error: string
      headerLine: number
      headers: string[]
      mapping: ColumnMapping
    }
  | { status: 'review'; from: ImportInput; portfolio: ParsedPortfolio; preview: LookThroughResult | null }
  | { status: 'accepted'; from: ImportInput; portfolio: ParsedPortfolio; lines: number; ms: number }
