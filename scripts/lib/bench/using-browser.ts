/** Runs `use` with a fresh Chromium (Debian's, via launchChromium) and closes it afterwards, whatever happens. */
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../src/integrations/shared/chromium.ts';

export async function usingBrowser<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launchChromium();
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}
