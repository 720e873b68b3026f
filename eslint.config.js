import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Tests may import mocks/ (the fixtures and the msw server); production code follows the layers.
const layer = (files, message, patterns) => ({
  files,
  ignores: ['**/*.test.ts', '**/*.test.tsx'],
  rules: { 'no-restricted-imports': ['error', { patterns: patterns.map((p) => ({ ...p, message })) }] },
})

export default tseslint.config(
  {
    ignores: ['dist', 'dist-bare', 'dist-e2e', 'node_modules', 'test-results', 'playwright-report', 'bench/results'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  { files: ['scripts/**', '*.config.*', 'e2e/**'], languageOptions: { globals: { ...globals.node } } },
  // Benchmarks run in Node and hand functions to the page: both sets of globals.
  { files: ['bench/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  // One-way imports: domain -> api, components -> features -> app. mocks/ may use domain only.
  layer(['src/domain/**'], 'src/domain is pure: no React, fetch, stores or upper layers.', [
    { group: ['react', 'react-dom', '@tanstack/*', 'zustand', 'recharts', 'msw', 'msw/*'] },
    { regex: '^(\\.\\./)+(api|components|features|app|stores)(/|$)' },
    { regex: 'mocks/' },
  ]),
  layer(['src/api/**'], 'src/api may import src/domain only.', [
    { regex: '^(\\.\\./)+(components|features|app|stores)(/|$)' },
  ]),
  layer(['src/stores/**'], 'src/stores may import src/domain and src/api only.', [
    { group: ['react-dom', 'recharts', 'msw', 'msw/*'] },
    { regex: '^(\\.\\./)+(components|features|app)(/|$)' },
    { regex: 'mocks/' },
  ]),
  layer(['src/components/**'], 'src/components may not import features or app.', [
    { regex: '^(\\.\\./)+(features|app)(/|$)' },
  ]),
  layer(['src/features/**'], 'Features do not import each other or the app; move shared code down.', [
    { regex: '^\\.\\./(?!\\.\\.)' },
    { regex: '^(\\.\\./)+app(/|$)' },
  ]),
  layer(['mocks/**'], 'mocks/ may import types and schemas from src/domain only.', [{ regex: 'src/(?!domain/)' }]),
)
