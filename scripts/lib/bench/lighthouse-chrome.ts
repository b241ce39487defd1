/**
 * Debian's Chromium for Lighthouse, launched by chrome-launcher (a dependency
 * of lighthouse) so that Lighthouse can drive it over a debugging port, which
 * the Playwright launcher (scripts/lib/browser/chromium.ts) does not open.
 */
import { launch, type LaunchedChrome } from 'chrome-launcher';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../browser/chromium.ts';

// The same flags as scripts/lib/browser/chromium.ts (as root and offline: no
// sandbox, no background network), which does not export its list.
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

export async function launchChromeForLighthouse(): Promise<LaunchedChrome> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Run "npm run setup" or set CHROMIUM_PATH.`);
  return launch({ chromePath: CHROMIUM_PATH, chromeFlags: FLAGS, logLevel: 'silent' });
}
