import { defineConfig } from 'vitest/config';

/**
 * unit: pure functions in src/lib and the content schemas; content: the words in content/ (links, ids,
 * typography, spelling); build: checks over the built site in dist/ (run `npm run build` first; `npm test` does).
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], environment: 'node', testTimeout: 120_000 } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node', testTimeout: 180_000 } },
    ],
  },
});
