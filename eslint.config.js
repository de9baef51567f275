import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

/** Browser code: custom elements, DOM builders and page scripts (everything else under src/features is pure logic). */
const BROWSER_MODULES = [
  '**/*-element.ts',
  '**/*-dom.ts',
  '**/message-builder.ts',
  '**/offline/register.ts',
  '**/offline/status.ts',
  '**/offline/sw.ts',
  '**/search-dialog.ts',
  '**/search-page.ts',
  '**/search-render.ts',
  '**/search-runner.ts',
  '**/search-engine.ts',
  '**/search-strings.ts',
  '**/search-trigger.ts',
  '**/lib/details-hash.ts',
  '**/lib/print-details.ts',
];

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
    // Pure logic (src/lib, src/content and the logic modules of src/features) never imports browser code
    // (custom elements, DOM builders, page scripts), components or layouts. Browser modules may import anything.
    files: ['src/lib/**/*.ts', 'src/content/**/*.ts', 'src/features/**/*.ts'],
    ignores: [...BROWSER_MODULES, '**/*.test.ts', '**/*.astro/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: BROWSER_MODULES, message: 'Pure logic must not import browser code (custom elements, DOM).' },
            { group: ['**/*.astro'], message: 'Pure logic must not import components or layouts.' },
          ],
        },
      ],
    },
  },
];
