import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Import rules by folder (import-x/no-restricted-paths resolves every import to its file, so a
// `../` import is judged by where it lands, not by how it is spelled). One-way layers:
// domain -> api, components -> features -> app; stores sit on domain and api; mocks/ use domain only.
// A feature may import its own files (siblings and subfolders) but not another feature: what two
// features share moves down into src/components or src/domain. Tests may also import mocks/ and
// src/test; production code may not.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
const layerZones = [
  {
    target: './src/domain',
    from: ['./src/api', './src/components', './src/features', './src/app', './src/stores'],
    message: 'src/domain is pure: no React, fetch, stores or upper layers.',
  },
  {
    target: './src/api',
    from: ['./src/components', './src/features', './src/app', './src/stores'],
    message: 'src/api may import src/domain only.',
  },
  {
    target: './src/stores',
    from: ['./src/components', './src/features', './src/app'],
    message: 'src/stores may import src/domain and src/api only.',
  },
  {
    target: './src/components',
    from: ['./src/features', './src/app'],
    message: 'src/components may not import features or the app.',
  },
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'Features do not import each other; move what they share to src/components or src/domain.',
  })),
  { target: './src/features', from: './src/app', message: 'Features do not import the app.' },
  { target: './mocks', from: './src', except: ['./domain'], message: 'mocks/ may import src/domain only.' },
]
const productionZones = [
  ...layerZones,
  {
    target: ['./src/domain', './src/api', './src/stores', './src/components', './src/features'],
    from: ['./mocks', './src/test'],
    message: 'Only tests import mocks/ and src/test; production code gets data through the API.',
  },
  // The app starts the embedded data layer (src/app/bootMocks.ts) and nothing else of mocks/.
  { target: './src/app', from: './mocks', except: ['./browser.ts'], message: 'The app starts mocks/browser only.' },
  { target: './src/app', from: './src/test', message: 'Only tests import src/test.' },
]
const tests = ['**/*.test.ts', '**/*.test.tsx']
// Packages a layer may not use (no-restricted-paths judges files, this judges package names).
const noPackages = (files, message, group) => ({
  files,
  ignores: tests,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] },
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
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      // no-cycle parses the files it follows: without these it skips every .ts file and finds nothing.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones }],
      // Type-only imports are ignored (they vanish at build time); any runtime cycle fails.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    ignores: tests,
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: productionZones }] },
  },
  noPackages(['src/domain/**'], 'src/domain is pure: no React, fetch, stores or upper layers.', [
    'react',
    'react-dom',
    '@tanstack/*',
    'zustand',
    'recharts',
    'msw',
    'msw/*',
  ]),
  noPackages(['src/stores/**'], 'src/stores hold client state: no rendering or mocking packages.', [
    'react-dom',
    'recharts',
    'msw',
    'msw/*',
  ]),
)
