import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { DIST } from './dist.ts';

/**
 * The W3C Nu HTML Checker over every built page in one JVM run (starting Java once per page would cost minutes).
 * It catches what html-validate does not, e.g. a <script> emitted after </html> («Stray start tag script»), after
 * which it stops checking the page. Needs `java` (Debian: default-jre-headless; .ci/run installs it).
 */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

describe('Nu HTML Checker', () => {
  it('reports 0 errors on every built page', () => {
    const java = spawnSync('java', ['-version']);
    expect(java.error, 'java is missing: install default-jre-headless').toBeUndefined();
    let out: string;
    try {
      out = execFileSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', DIST], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (error) {
      // vnu exits 1 when it finds errors and prints its JSON report on stderr.
      out = String((error as { stderr?: string }).stderr ?? '');
    }
    const report = JSON.parse(out || '{"messages":[]}') as { messages: VnuMessage[] };
    const errors = report.messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      .map((m) => `${(m.url ?? '').replace(/^.*\/dist\//, '/')}:${m.lastLine ?? '?'} ${m.message}`);
    expect(errors.slice(0, 40)).toEqual([]);
  });
});
