import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default [
  {
    ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'screenshots/', 'bench/tmp/'],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Pure logic (src/lib, src/content) never imports browser code, components or layouts.
    files: ['src/lib/**/*.ts', 'src/content/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/scripts/*'], message: 'Pure logic must not import browser code (src/scripts/).' },
            { group: ['**/*.astro'], message: 'Pure logic must not import components or layouts.' },
          ],
        },
      ],
    },
  },
];
