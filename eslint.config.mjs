// `npm run lint`: a modest generic rule set (ESLint's and typescript-eslint's
// recommended, React's rules of hooks) and the import boundaries of the architecture
// as rules that fail the build. The boundary rules are the point: the contract in
// `types/` stands alone, the client never reaches the back end's code, each cloud
// function keeps to its own folder plus `common` and `shared`, each mini-program
// subpackage keeps to itself plus the shared client code, and handlers do not import
// handlers.
// test/lint/boundaries.test.ts proves each of them fails on a violation.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import js from '@eslint/js'
import boundaries from 'eslint-plugin-boundaries'
import reactHooks from 'eslint-plugin-react-hooks'
import { defineConfig, globalIgnores } from 'eslint/config'
import tseslint from 'typescript-eslint'

const ROOT = path.dirname(fileURLToPath(import.meta.url))

/** The subpackage roots as the app declares them (`subPackages[].root` in src/app.config.ts). */
function subpackageRoots(root) {
  const appConfig = fs.readFileSync(path.join(root, 'src/app.config.ts'), 'utf8')
  const roots = [...appConfig.matchAll(/\broot:\s*'([^']+)'/g)].map((match) => match[1])
  if (roots.length === 0) throw new Error('eslint.config.mjs: no subPackages[].root found in src/app.config.ts')
  return roots
}

/**
 * What each folder is, for the boundary rules. Patterns are folders from the repository
 * root; the first descriptor that matches a folder names it. Folders not listed
 * (scripts, test, bench, config) are not bounded.
 */
function elementDescriptors(root) {
  const descriptors = [
    { type: 'contract', pattern: 'types' },
    // The main package: pages, the shared client code, the client's only door to the back end, the app entry.
    { type: 'page', pattern: 'src/pages' },
    { type: 'shared', pattern: 'src/{components,lib,hooks}' },
    { type: 'api', pattern: 'src/api' },
    { type: 'subpackage', pattern: `src/{${subpackageRoots(root).join(',')}}`, capture: ['name'] },
    // Anything else in src/ (app.tsx, app.config.ts) is the app entry, in the main package.
    { type: 'app', pattern: 'src' },
    // The back end. `common` (machinery) and `shared` (domain code several functions
    // apply) are bundled into the functions that import them (scripts/build-functions.ts);
    // every other folder is one cloud function.
    { type: 'common', pattern: 'cloudfunctions/common' },
    { type: 'cloudShared', pattern: 'cloudfunctions/shared' },
    { type: 'function', pattern: 'cloudfunctions/*', capture: ['fn'] },
    { type: 'server', pattern: 'server' },
  ]
  return descriptors.map((descriptor) => ({ ...descriptor, partialMatch: false }))
}

const MAIN_PACKAGE = ['page', 'shared', 'api', 'app']
const CLOUD_LIBRARY = ['common', 'cloudShared']

/** File kinds inside an element: the one-file-per-action handlers of a function. */
const FILE_DESCRIPTORS = [{ category: 'handler', pattern: 'cloudfunctions/*/handlers/**' }]

/**
 * One policy per architectural rule; the message names the rule an import broke. Every
 * import is allowed unless a policy forbids it, and where two policies match, the later
 * one decides.
 */
const BOUNDARY_POLICIES = [
  {
    from: { element: { type: 'contract' } },
    disallow: { to: { module: { origin: 'local' }, file: { path: '!types/**' } } },
    message: 'types/ is the contract: it imports nothing of ours.',
  },
  {
    from: { element: { type: 'contract' } },
    disallow: { to: { module: { origin: ['external', 'core'], source: '!{zod,dayjs}' } } },
    message: 'types/ imports only zod and dayjs.',
  },
  {
    from: { file: { path: 'src/**' } },
    disallow: { to: { file: { path: ['cloudfunctions/**', 'server/**'] } } },
    message: 'src/ never imports cloudfunctions/ or server/: the client knows the back end only through types/ and src/api.',
  },
  {
    from: { element: { type: 'function' } },
    disallow: { to: { element: { type: 'function', captured: { fn: '!{{ from.element.captured.fn }}' } } } },
    message: "A cloud function never imports another function's folder: code two functions need lives in cloudfunctions/common or cloudfunctions/shared.",
  },
  {
    from: { element: { type: CLOUD_LIBRARY } },
    disallow: { to: { element: { type: 'function' } } },
    message: "cloudfunctions/common and cloudfunctions/shared import no function's folder.",
  },
  {
    from: { element: { type: ['function', ...CLOUD_LIBRARY] } },
    disallow: { to: { file: { path: 'server/**' } } },
    message: 'Cloud functions never import server/: the local host adapts the functions, not the other way round.',
  },
  {
    from: { file: { categories: 'handler' } },
    disallow: { to: { file: { categories: 'handler' } } },
    message: "Handlers never import handlers: what two handlers share lives in the function's lib/.",
  },
  {
    from: { element: { type: 'subpackage' } },
    disallow: { to: { module: { origin: 'local' } } },
    message: 'A subpackage imports only itself, src/components, src/lib, src/hooks, src/api and types/.',
  },
  {
    // …which this policy lists (a later policy overrides an earlier one).
    from: { element: { type: 'subpackage' } },
    allow: { to: [{ element: { type: 'subpackage', captured: { name: '{{ from.element.captured.name }}' } } }, { element: { type: ['shared', 'api', 'contract'] } }] },
  },
  {
    from: { element: { type: 'subpackage' } },
    disallow: { to: { element: { type: 'subpackage', captured: { name: '!{{ from.element.captured.name }}' } } } },
    message: 'A subpackage never imports another subpackage: what two of them share lives in src/components, src/lib or src/hooks.',
  },
  {
    from: { element: { type: MAIN_PACKAGE } },
    disallow: { to: { element: { type: 'subpackage' } } },
    message: 'The main package (src/pages, components, lib, hooks, api, app) imports no subpackage.',
  },
  {
    from: { file: { path: 'src/**' }, element: { type: '!api' } },
    disallow: { to: { file: { path: 'src/api/transport.*' } } },
    message: 'Only src/api calls the transport: use call() from src/api.',
  },
]

/** The boundary rules for a tree laid out like this repository at `root`. */
function boundaryConfig(root) {
  return {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': root,
      'boundaries/elements': elementDescriptors(root),
      'boundaries/files': FILE_DESCRIPTORS,
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import', 'require'],
      'boundaries/legacy-templates': false,
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } },
    },
    rules: {
      // Internal imports (within one element) are checked too, for the handler rule;
      // unknown local targets (test/, scripts/) too, for the contract and subpackage
      // rules; packages too, for the contract's two.
      'boundaries/dependencies': ['error', { default: 'allow', checkInternals: true, checkUnknownLocals: true, checkAllOrigins: true, policies: BOUNDARY_POLICIES }],
    },
  }
}

/** The whole lint configuration for a tree at `root` (test/lint lints a fixture tree with it). */
export function createConfig(root) {
  return defineConfig([
    globalIgnores(['**/node_modules/', 'dist/', '.data/', '.data-*/', 'coverage/', 'test-artifacts/', '.swc/', 'test/lint/fixtures/']),
    {
      files: ['**/*.{ts,tsx,js,mjs,cjs}'],
      extends: [js.configs.recommended, tseslint.configs.recommended],
      // No eslint-disable comments: an exception is made here, with its reason, or not
      // at all (the boundary rules have none).
      linterOptions: { noInlineConfig: true },
      rules: {
        // tsc (noUnusedLocals, noUnusedParameters) already fails on unused code.
        '@typescript-eslint/no-unused-vars': 'off',
      },
    },
    {
      // jest.config.js and babel.config.js are CommonJS run by Node.
      files: ['**/*.{js,cjs}'],
      languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', process: 'readonly' } },
      rules: { '@typescript-eslint/no-require-imports': 'off' },
    },
    {
      // Tests require() a module after setting the global it reads at load time
      // (defineAppConfig for src/app.config.ts) or from a path resolved at run time;
      // import statements are hoisted above both.
      files: ['test/**/*.ts'],
      rules: { '@typescript-eslint/no-require-imports': 'off' },
    },
    {
      // The rules of hooks, not the plugin's React Compiler rules (purity, refs,
      // set-state-in-effect, …): running the compiler over src/ took ≈40 s of a ≈60 s
      // lint here, and this app is not built with the compiler.
      files: ['src/**/*.{ts,tsx}'],
      plugins: { 'react-hooks': reactHooks },
      rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
    },
    boundaryConfig(root),
  ])
}

export default createConfig(ROOT)
