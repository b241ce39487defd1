/**
 * Scrolls a page from top to bottom a screen at a time, letting each screen
 * render, so layout shifts that only happen further down (late fonts, lazy
 * content, sticky elements) are observed. Bounded, since a page could grow.
 */
import type { Page } from 'playwright-core';

const MAX_SCREENS = 200;

export async function scrollThrough(page: Page): Promise<number> {
  return page.evaluate(async (maxScreens) => {
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    let screens = 0;
    while (screens < maxScreens && window.scrollY + window.innerHeight < document.documentElement.scrollHeight - 1) {
      window.scrollBy(0, window.innerHeight * 0.9);
      screens++;
      await nextFrame();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    return screens;
  }, MAX_SCREENS);
}
