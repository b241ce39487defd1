// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'tmp/', 'content/', 'bench-results/'] },
  js.configs.recommended,
  // Type-aware: recommendedTypeChecked plus the strict rules (no-unnecessary-condition, the no-unsafe-* family with no
  // `any` escape, return-await, no-deprecated …). Overrides below each say why.
  tseslint.configs.strictTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      // Types come from tsconfig.json through TypeScript's project service (the one editors use). `astro:content`
      // types are generated into .astro/ by `astro sync`, which `prelint` runs.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        document: 'readonly',
        window: 'readonly',
        localStorage: 'readonly',
      },
    },
    rules: {
      // Unused arguments are sometimes required by an interface; prefix them with _.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // A number in a template is fine; `undefined`, `null`, an object or an array printed into a page or a message is
      // the bug this rule is for.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `[...text]` is how this codebase walks text by code point (CJK fidelity checks, ids, numerals); the rule's
      // worry (splitting grapheme clusters such as emoji sequences) does not apply to report text.
      '@typescript-eslint/no-misused-spread': 'off',
      // Style only: `() => void call()` and `(x) => fn(x)` callbacks returning void are fine.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // `(element) => void | 'skip'` is the honest type of a visitor that may return nothing (as unist-util-visit's).
      '@typescript-eslint/no-invalid-void-type': 'off',
      // A switch over a union must handle every member (new block kinds, formats, views).
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    // astro-eslint-parser does not support the project service (it falls back to `project: true` with a warning for
    // every file), so .astro frontmatter gets its types from the nearest tsconfig.json directly.
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: true } },
    rules: {
      // Astro types a template's JSX elements as `any`, so every `.map((x) => <li>…</li>)` in markup would be an
      // "unsafe return"; frontmatter code is still held to the other no-unsafe-* rules.
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Virtual files for <script> tags in .astro components (eslint-plugin-astro's client-side-ts processor) have no
    // program to take types from, and public/sw.js is served as is, outside the TypeScript project.
    files: ['**/*.astro/*.ts', '**/*.astro/*.js', 'public/sw.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // One direction only: scripts/ (command entries) and e2e/ (tests) import src/, never the reverse. The site and every
    // build step it runs live in src/ (build steps in src/integrations/), so `astro build` never depends on command-line code.
    files: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/scripts/**'],
              message:
                'src/ must not import scripts/: scripts/ are thin command entries that import src/. Move a build step the site runs into src/integrations/, shared pure rules into src/lib/.',
            },
            { group: ['**/e2e/**'], message: 'src/ must not import e2e/: the tests import the site, never the reverse.' },
          ],
        },
      ],
      // no-restricted-imports does not see import(): the same rule for loading on demand.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.value=/(^|\\/)(scripts|e2e)\\//]',
          message: 'src/ must not import scripts/ or e2e/ (see no-restricted-imports above), not even with import().',
        },
      ],
    },
  },
  {
    // The service worker is plain JavaScript served as is from public/.
    files: ['public/sw.js'],
    languageOptions: { globals: { self: 'readonly', caches: 'readonly', fetch: 'readonly' } },
  },
);
