import { defineConfig } from 'vitest/config';

/**
 * unit: the *.test.ts beside the code in src/ (features, lib, schemas, integrations) and the cross-cutting checks in
 * tests/unit; content: the words in content/ (every reference, typography, spelling); build: checks over the built site in dist/ (run `npm run build` first; `npm test` does).
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
