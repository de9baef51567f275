// The one place that says which Chromium to drive and how to start it: tests, benchmark and screenshots share it.
import { existsSync } from 'node:fs';

/** CHROME_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser (undefined). */
export function chromiumExecutable() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/** Without the background-networking flags Chromium keeps trying to reach Google on a machine with no network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
