/**
 * Debian's Chromium for Lighthouse, launched by chrome-launcher (a dependency
 * of lighthouse) so that Lighthouse can drive it over a debugging port, which
 * the Playwright launcher (src/integrations/shared/chromium.ts) does not open.
 */
import { launch, type LaunchedChrome } from 'chrome-launcher';
import { existsSync } from 'node:fs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../../src/integrations/shared/chromium.ts';

// chrome-launcher starts the browser itself, so headless is one more flag here.
const FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

export async function launchChromeForLighthouse(): Promise<LaunchedChrome> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Run "npm run setup" or set CHROMIUM_PATH.`);
  return launch({ chromePath: CHROMIUM_PATH, chromeFlags: FLAGS, logLevel: 'silent' });
}
