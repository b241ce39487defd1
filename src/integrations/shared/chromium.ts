/**
 * Debian's Chromium, driven by playwright-core (test tools' own browser
 * downloads fail on this machine kind). One launcher for PDFs, preview images, tests and benches.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

// As root and offline: no sandbox, and none of Chromium's background network chatter.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Run "npm run setup" (installs Debian's chromium and fonts-noto-cjk) or set CHROMIUM_PATH.`,
    );
  }
  // Loaded here, not at the top: the build imports this module for CHROMIUM_PATH and FLAGS (render keys) long
  // before anything launches, and playwright-core costs about 0.2 s to load.
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}
