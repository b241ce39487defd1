// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'tmp/', 'content/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
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
    },
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
