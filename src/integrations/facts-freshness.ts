import type { AstroIntegration } from 'astro';
import { facts, overdueFacts } from '../lib/facts.ts';

/**
 * Warns once per build, one line per fact, about facts whose `reviewBy` date has passed: the build still succeeds
 * (an old fact is not a broken page), but the editor sees which rules to check again.
 */
export function factsFreshness(today = new Date().toISOString().slice(0, 10)): AstroIntegration {
  return {
    name: 'facts-freshness',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const book = facts();
        for (const f of overdueFacts(today, book)) {
          logger.warn(`${book.file}: ${f.id}: review by ${f.reviewBy} has passed (checked ${f.checked})`);
        }
      },
    },
  };
}
