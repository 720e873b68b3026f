// @vitest-environment node
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The import rules of eslint.config.js, run on a few lines of code as if they stood in a real file
// of the tree (the imports are resolved against the files that are there).
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname })

async function importProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.startsWith('import-x/') || m.ruleId === 'no-restricted-imports')
    .map((m) => `${m.ruleId}: ${m.message}`)
}

describe('import rules by folder', () => {
  it("stops a feature from importing another feature's files", async () => {
    const problems = await importProblems(
      'src/features/claims/Example.tsx',
      "import { AssessmentDial } from '../checklist/AssessmentDial'\nexport const dial = AssessmentDial\n",
    )
    expect(problems).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*Features do not import each other/),
    ])
  })

  it('lets a subfolder of a feature import its sibling files', async () => {
    const problems = await importProblems(
      'src/features/contracts/official/Example.tsx',
      "import { ContractFilters } from '../ContractFilters'\nexport const filters = ContractFilters\n",
    )
    expect(problems).toEqual([])
  })

  it('keeps the domain free of React and of the layers above it', async () => {
    const problems = await importProblems(
      'src/domain/format/example.ts',
      "import { useState } from 'react'\nimport { contractQueries } from '../../api/contracts'\nexport const x = [useState, contractQueries]\n",
    )
    expect(problems).toHaveLength(2)
    expect(problems.join('\n')).toMatch(/no-restricted-imports: .*src\/domain is pure/)
    expect(problems.join('\n')).toMatch(/no-restricted-paths: .*src\/domain is pure/)
  })

  it('lets tests import mocks/ but not production code', async () => {
    const code = "import { companies } from '../../../mocks/data/companies'\nexport const c = companies\n"
    expect(await importProblems('src/features/overview/Example.test.tsx', code)).toEqual([])
    expect(await importProblems('src/features/overview/Example.tsx', code)).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*Only tests import mocks/),
    ])
  })

  it('fails an import cycle', async () => {
    // src/domain/holdings/parse.ts imports ./csv: csv importing parse back closes a cycle.
    const problems = await importProblems(
      'src/domain/holdings/csv.ts',
      "import { parsePortfolio } from './parse'\nexport const parse = parsePortfolio\n",
    )
    expect(problems).toEqual(['import-x/no-cycle: Dependency cycle detected'])
  })
})
