import { existsSync } from 'node:fs';

/**
 * Playwright cannot download its own browsers here: use Debian's chromium when it is installed,
 * else fall back to Playwright's bundled browser (on machines that have one).
 */
export const chromiumExecutable = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
