// ESLint flat config: typescript-eslint with type information, the package dependency direction, and no console in libraries.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Which workspace packages each package may import: the one table the import rules derive from (docs/dependencies.md). */
export const ALLOWED_IMPORTS = {
  schema: [],
  extractor: ['schema'],
  'graph-store': ['schema'],
  'neo4j-embedded': ['schema'],
  export: ['schema'],
  ingest: ['schema', 'extractor', 'graph-store'],
  api: ['schema', 'graph-store', 'ingest', 'export'],
  cli: ['schema', 'extractor', 'graph-store', 'neo4j-embedded', 'ingest', 'export', 'api'],
  viewer: ['schema'],
};

const PACKAGES = Object.keys(ALLOWED_IMPORTS);
const JS_FILES = '*.{js,mjs,cjs}';
const ALL_FILES = '*.{ts,tsx,mts,cts,js,mjs,cjs}';
// Deeper than any folder today; a file below this depth still gets the package rules, only not the relative-escape check.
const MAX_DEPTH = 8;

const DEEP_IMPORT = {
  // `/testing` and `/training` are entry points a package declares in its exports (tests; training data readers).
  group: ['@newsgraph/*/**', '!@newsgraph/*/testing', '!@newsgraph/extractor/training'],
  message: 'Import the package entry point (@newsgraph/<name>), never a file inside it (docs/dependencies.md).',
};

/** `no-restricted-imports` options for a file in package `pkg` at `depth` folders below the package root. */
function importRules(pkg, depth) {
  const allowed = ALLOWED_IMPORTS[pkg];
  const forbidden = PACKAGES.filter((other) => !allowed.includes(other));
  const paths = forbidden.map((other) => ({
    name: `@newsgraph/${other}`,
    message:
      other === pkg
        ? 'A package imports its own files relatively, not through its own name.'
        : `${pkg} ${allowed.length ? `may import only ${allowed.join(', ')}` : 'imports no other newsgraph package'} (docs/dependencies.md).`,
  }));
  const patterns = [DEEP_IMPORT];
  if (depth !== undefined) {
    patterns.push({
      regex: `^(\\.\\./){${depth + 1},}`,
      message:
        'A relative import must stay inside its package; import another package by its name (docs/dependencies.md).',
    });
  }
  return { 'no-restricted-imports': ['error', { paths, patterns }] };
}

/** One block per package and folder depth, since a relative import leaves the package only past the file's own depth. */
const packageBlocks = PACKAGES.flatMap((pkg) => [
  { name: `newsgraph/imports/${pkg}`, files: [`packages/${pkg}/**/${ALL_FILES}`], rules: importRules(pkg) },
  ...Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => ({
    name: `newsgraph/imports/${pkg}/depth-${depth}`,
    files: [`packages/${pkg}/${'*/'.repeat(depth)}${ALL_FILES}`],
    rules: importRules(pkg, depth),
  })),
]);

export default defineConfig(
  // Declaration files are generated output, never sources (a stale one beside its .ts sits in no tsconfig).
  { name: 'newsgraph/ignores', ignores: ['**/node_modules/**', '**/dist/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    name: 'newsgraph/typed',
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-console': 'error',
      // With noUncheckedIndexedAccess, `xs[i]!` after a bounds check is the plain way to say "this index exists".
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `() => void f()` versus `() => { f(); }` is a matter of style that Prettier does not settle either way.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // neo4j-driver declares its plain option bags (Config, SessionConfig) as classes; its own docs pass object literals.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // Numbers and absent values print as themselves in messages and feature strings; objects and any still may not.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowNullish: true }],
      // An unused binding named with a leading underscore is deliberate (a required parameter, a skipped tuple slot).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    name: 'newsgraph/tests',
    files: ['**/*.test.ts'],
    // @types/jest types the asymmetric matchers (expect.stringContaining, expect.objectContaining) as any.
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    name: 'newsgraph/untyped',
    // JavaScript files and the Vite config sit in no tsconfig, so they are linted without type information.
    files: [`**/${JS_FILES}`, 'packages/viewer/vite.config.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    name: 'newsgraph/commonjs',
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    name: 'newsgraph/viewer-browser',
    files: ['packages/viewer/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Outside the packages (tests, bench) any package entry point may be imported, but no file inside one.
  {
    name: 'newsgraph/imports/outside-packages',
    files: [`{tests,bench}/**/${ALL_FILES}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            DEEP_IMPORT,
            { regex: '^(\\.{1,2}/)+packages/', message: 'Import a package by its name (@newsgraph/<name>).' },
          ],
        },
      ],
    },
  },
  ...packageBlocks,
  // The CLI, the bench scripts and a package's scripts/ (training, evaluation) are programs whose output is the console;
  // libraries log through pino or return values.
  {
    name: 'newsgraph/console-allowed',
    files: ['packages/cli/**', 'packages/*/scripts/**', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
  prettier,
);
