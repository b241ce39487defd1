/**
 * What a paragraph's other language costs when a reader asks for it on a report page
 * in one language (src/client/other-language.ts): on a cold desktop page, the bytes
 * and requests of the first press (the report's blocks.json), and the requests of a
 * second paragraph's press (none: the file is loaded once per page). A page built
 * before the other language was loaded on demand (it carried it in the HTML) has no
 * such control: its figures are undefined.
 */
import type { Browser, Locator } from 'playwright-core';
import { recordNetwork, sumBytes } from './network-recorder.ts';
import { DEVICES } from './site-pages.ts';

export interface OtherLanguageFigures {
  path: string;
  /** Bytes over the wire (gzip, headers included) and requests of the first paragraph's other language. */
  firstBytes: number;
  firstRequests: number;
  /** Requests of a second paragraph's other language. */
  secondRequests: number;
}

/** Press a paragraph's control and wait until its text is shown. */
async function reveal(control: Locator): Promise<void> {
  await control.click();
  const id = await control.getAttribute('aria-controls');
  await control.page().waitForSelector(`[id="${id ?? ''}"]:not([aria-busy]) > *`);
}

export async function measureOtherLanguage(browser: Browser, siteUrl: string, path: string): Promise<OtherLanguageFigures | undefined> {
  const context = await browser.newContext(DEVICES.desktop.context);
  try {
    const network = recordNetwork(context);
    const page = await context.newPage();
    await page.goto(siteUrl + path, { waitUntil: 'networkidle' });
    const controls = page.locator('button.other-lang');
    if ((await controls.count()) < 2) return undefined;
    await network.settled();
    network.setPhase('first');
    await reveal(controls.nth(0));
    await network.settled();
    network.setPhase('second');
    await reveal(controls.nth(1));
    await network.settled();
    const inPhase = (phase: string) => network.responses().filter((response) => response.phase === phase);
    return {
      path,
      firstBytes: sumBytes(inPhase('first')),
      firstRequests: inPhase('first').length,
      secondRequests: inPhase('second').length,
    };
  } finally {
    await context.close();
  }
}
