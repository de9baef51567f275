// Serves a built site with scripts/serve.mjs for a bench measurement and stops it afterwards, whatever happens.
import { spawn } from 'node:child_process';

/** Runs `measure(baseURL)` while `dist` is served on `port`; resolves to what `measure` returns. */
export async function withServedDist(dist, port, measure) {
  const server = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: String(port), DIST_DIR: dist },
    stdio: 'ignore',
  });
  try {
    const baseURL = `http://localhost:${port}`;
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${baseURL}/`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    return await measure(baseURL);
  } finally {
    server.kill();
  }
}
