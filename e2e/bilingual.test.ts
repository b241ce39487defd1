/**
 * Bilingual reading, on a fixture report with a partial translation: four
 * views per report, switching that keeps the place, the other language of a
 * paragraph loaded on request (with and without JavaScript, and offline), the
 * untranslated and stale fallbacks, English notes, language marking.
 */
import type { Page } from 'playwright-core';
import { pageText, plainText, reportFiles } from './report-files.ts';
import { describe, expect, siteUrl, test } from './test-utils.ts';

const REPORT = '/jinyang-fenhe/2025/';
const files = reportFiles('jinyang-fenhe/2025');
const translation = files.translation;
if (!translation) throw new Error('the fixture report has no translation');
const VIEWS = ['', 'parallel/', 'interleaved/'].flatMap((view) => [`${REPORT}${view}`, `/en${REPORT}${view}`]);

const english = new Map(translation.blocks.filter((block) => block.en.trim() !== '').map((block) => [block.id, block]));
const paragraphs = files.blocks.filter((block) => block.kind === 'paragraph');
/**
 * A paragraph with a glossary term translated from its current Chinese, one translated from an older
 * Chinese (stale), one not translated (pending).
 */
const translated = paragraphs.find((block) => english.get(block.id)?.zh === block.markdown && block.markdown.includes('<sup>['));
const stale = paragraphs.find((block) => english.has(block.id) && english.get(block.id)?.zh !== block.markdown);
const pending = paragraphs.find((block) => !english.has(block.id));
if (!translated || !stale || !pending) throw new Error('the fixture report needs a translated, a stale and a pending paragraph');
const englishText = (id: string) => pageText(english.get(id)?.en ?? '');

const viewSwitch = (page: Page, lang: 'zh' | 'en') => page.getByRole('navigation', { name: lang === 'en' ? 'Reading view' : '阅读方式' });

describe('views', () => {
  test('every view holds every block of the report under the same ids', async ({ open }) => {
    for (const path of VIEWS) {
      const page = await open(path);
      const ids = await page.locator('[data-block]').evaluateAll((blocks) => blocks.map((block) => block.id));
      expect(ids, path).toEqual(files.blocks.map((block) => block.id));
    }
  });

  test('switching view or language keeps the reader at the same paragraph', async ({ open }) => {
    // A low window, so the short fixture report can scroll any paragraph to the top.
    const page = await open(REPORT, { viewport: { width: 1280, height: 360 } });
    const id = translated.id;
    await page.locator(`#${id}`).evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await viewSwitch(page, 'zh').getByRole('link', { name: '英文' }).click();
    await page.waitForURL((url) => url.pathname === `/sub/path/en${REPORT}` && url.hash === `#${id}`);
    // The paragraph is at the top of the window, just below the sticky view switch.
    const top = await page.locator(`#${id}`).evaluate((element) => element.getBoundingClientRect().top);
    const bar = await viewSwitch(page, 'en').evaluate((element) => element.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(bar - 1);
    expect(top).toBeLessThan(bar + 40);
    await viewSwitch(page, 'en').getByRole('link', { name: 'Side by side' }).click();
    await page.waitForURL((url) => url.pathname === `/sub/path/en${REPORT}parallel/` && url.hash === `#${id}`);
    // Side by side, where paragraphs away from the screen are not laid out (content-visibility), it is there too.
    const parallelBar = await viewSwitch(page, 'en').evaluate((element) => element.getBoundingClientRect().bottom);
    const parallelTop = () => page.locator(`#${id}`).evaluate((element) => element.getBoundingClientRect().top);
    await expect.poll(parallelTop).toBeGreaterThanOrEqual(parallelBar - 1);
    await expect(parallelTop()).resolves.toBeLessThan(parallelBar + 40);
  });

  test('the last chosen view is remembered for the home page links', async ({ open }) => {
    const page = await open(REPORT);
    await viewSwitch(page, 'zh').getByRole('link', { name: '中英对照' }).click();
    await page.waitForURL(/parallel\/$/);
    await page.goto(siteUrl('/'));
    const links = await page
      .getByRole('region', { name: '按地区和年份' })
      .getByRole('link')
      .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) expect(link).toMatch(/^\/sub\/path\/[\w-]+\/\d{4}\/parallel\/$/);
  });

  test('side by side: aligned columns on a wide screen, stacked on a phone, each marked with its language', async ({ open }) => {
    const pair = (page: Page) => page.locator(`#${translated.id}`);
    const wide = await open(`${REPORT}parallel/`);
    const zh = await pair(wide).locator('> .col-zh').boundingBox();
    const en = await pair(wide).locator('> .col-en').boundingBox();
    expect(zh && en && Math.abs(zh.y - en.y) < 2 && en.x > zh.x + zh.width).toBe(true);
    await expect(pair(wide).locator('> .col-zh').getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(pair(wide).locator('> .col-en').getAttribute('lang')).resolves.toBe('en');
    const phone = await open(`${REPORT}parallel/`, { viewport: { width: 390, height: 800 } });
    const zhPhone = await pair(phone).locator('> .col-zh').boundingBox();
    const enPhone = await pair(phone).locator('> .col-en').boundingBox();
    expect(zhPhone && enPhone && enPhone.y >= zhPhone.y + zhPhone.height).toBe(true);
  });

  test('language versions are linked with hreflang', async ({ open }) => {
    const page = await open(REPORT);
    const alternates = await page
      .locator('link[rel="alternate"]')
      .evaluateAll((links) => links.map((link) => `${link.getAttribute('hreflang')} ${new URL(link.getAttribute('href') ?? '').pathname}`));
    expect(alternates).toEqual([`zh-CN /sub/path${REPORT}`, `en /sub/path/en${REPORT}`, `x-default /sub/path${REPORT}`]);
  });
});

describe('the other language in place', () => {
  /**
   * The control of a paragraph's other language, by its name: without JavaScript a link with a short name, with
   * JavaScript a button whose name carries the paragraph's number.
   */
  const control = (page: Page, id: string, lang: 'zh' | 'en', role: 'button' | 'link' = 'button') =>
    page.locator(`#${id}`).getByRole(role, {
      name:
        role === 'link'
          ? lang === 'en'
            ? 'Show the Chinese original'
            : '显示英文译文'
          : lang === 'en'
            ? /^Show the Chinese original of paragraph [\d.]+$/
            : /^显示第 [\d.]+ 段的英文译文$/,
    });
  /** Requests for a report's paragraphs file (blocks.json), as the page made them. */
  const blockFileRequests = (page: Page) => {
    const requests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('/blocks.json')) requests.push(new URL(request.url()).pathname);
    });
    return requests;
  };
  const second = paragraphs.find((block) => block.id !== translated.id && english.has(block.id));
  if (!second) throw new Error('the fixture report needs two translated paragraphs');

  test('the Chinese page carries no English, the English page no Chinese, until a reader asks', async ({ open }) => {
    const zh = await open(REPORT);
    await expect(zh.locator('.report-body [lang="en"]').count()).resolves.toBe(0);
    await expect(zh.locator('.report-body').textContent()).resolves.not.toContain(englishText(translated.id).slice(0, 40));
    const en = await open(`/en${REPORT}`);
    // Pending paragraphs show their Chinese (with a label); a translated paragraph's Chinese is not in the page.
    await expect(en.locator(`#${translated.id} [lang="zh-CN"]`).count()).resolves.toBe(0);
    await expect(en.locator('.report-body').textContent()).resolves.not.toContain(plainText(translated.markdown).slice(0, 12));
  });

  test('a Chinese paragraph shows its English translation on request: one request for the report, none for the next paragraph', async ({
    open,
  }) => {
    let requests: string[] = [];
    const page = await open(REPORT, { before: (blank) => (requests = blockFileRequests(blank)) });
    const button = control(page, translated.id, 'zh');
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    await button.click();
    const revealed = page.locator(`#${translated.id} > .other-lang-text[lang="en"]`);
    await expect.poll(() => revealed.textContent()).toContain(englishText(translated.id).slice(0, 40));
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
    // The button says what it controls, and the text follows it, so a screen reader reads it next.
    await expect(button.getAttribute('aria-controls')).resolves.toBe(await revealed.getAttribute('id'));
    await expect(button.evaluate((element) => element.nextElementSibling?.classList.contains('other-lang-text'))).resolves.toBe(true);
    await control(page, second.id, 'zh').click();
    await expect.poll(() => page.locator(`#${second.id} > .other-lang-text`).textContent()).toContain(englishText(second.id).slice(0, 40));
    expect(requests).toEqual([`/sub/path/en${REPORT}blocks.json`]);
    // Pressed again, it hides the text (keyboard: Enter on the focused button).
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(revealed.isVisible()).resolves.toBe(false);
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    expect(new URL(page.url()).pathname).toBe(`/sub/path${REPORT}`);
  });

  test("each page's blocks.json holds its paragraphs exactly as that page shows them (same markup and labels)", async ({ open }) => {
    for (const path of [REPORT, `/en${REPORT}`]) {
      // Without JavaScript, so the page's markup is as built (no buttons, no enhanced glossary references).
      const page = await open(path, { javaScriptEnabled: false });
      const response = await page.request.get(siteUrl(`${path}blocks.json`));
      const file = (await response.json()) as { lang: string; blocks: Record<string, string> };
      expect(file.lang).toBe(path.startsWith('/en/') ? 'en' : 'zh-CN');
      // The paragraphs the other page offers: translated ones (the Chinese page) or those with English (the English page).
      expect(Object.keys(file.blocks).sort()).toEqual(
        [...english.keys()].filter((id) => paragraphs.some((block) => block.id === id)).sort(),
      );
      for (const [id, html] of Object.entries(file.blocks)) {
        const [shown, loaded] = await page.locator(`#${id}`).evaluate((block, fromFile) => {
          const copy = block.cloneNode(true) as HTMLElement;
          for (const chrome of copy.querySelectorAll('.pnum, .anchor-alias, .other-lang')) chrome.remove();
          const parsed = document.createElement('template');
          parsed.innerHTML = fromFile;
          return [copy.innerHTML, parsed.innerHTML];
        }, html);
        expect(loaded, `${path} ${id}`).toBe(shown);
      }
    }
  });

  test('an English paragraph shows its Chinese original, marked as Chinese', async ({ open }) => {
    const page = await open(`/en${REPORT}`);
    await control(page, translated.id, 'en').click();
    const original = page.locator(`#${translated.id} > .other-lang-text[lang="zh-CN"] > p[lang="zh-CN"]`);
    await expect.poll(() => original.textContent()).toContain(plainText(translated.markdown).slice(0, 12));
  });

  test('glossary terms in the revealed text open their notes', async ({ open }) => {
    const entry = translation.glossary[0];
    if (!entry) throw new Error('the fixture translation has no glossary');
    const page = await open(REPORT);
    await control(page, translated.id, 'zh').click();
    const term = page.locator(`#${translated.id} > .other-lang-text`).getByRole('button', { name: entry.term });
    await term.click();
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
  });

  test('on a phone the control is on the screen and opens by a tap', async ({ open }) => {
    const page = await open(REPORT, { viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
    const button = control(page, translated.id, 'zh');
    await button.scrollIntoViewIfNeeded();
    const box = await button.boundingBox();
    expect(box).not.toBeNull();
    if (box) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    await button.tap();
    await expect.poll(() => page.locator(`#${translated.id} > .other-lang-text > p[lang="en"]`).isVisible()).toBe(true);
  });

  test('reached by the keyboard from below, the control is scrolled into view under the sticky view switch, not behind it', async ({
    open,
  }) => {
    const page = await open(REPORT);
    const button = control(page, translated.id, 'zh');
    await button.waitFor();
    // The control just above the top of the window, as when a reader tabs back up the page (Shift+Tab from the
    // next paragraph's number): the browser scrolls it in to the nearest edge, the top.
    await button.evaluate((element) => {
      window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY + 5);
      element.closest('[data-block]')?.nextElementSibling?.querySelector<HTMLElement>('.pnum')?.focus({ preventScroll: true });
    });
    await page.keyboard.press('Shift+Tab');
    await expect(button.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    const buttonTop = await button.evaluate((element) => element.getBoundingClientRect().top);
    const switchBottom = await viewSwitch(page, 'zh').evaluate((element) => element.getBoundingClientRect().bottom);
    expect(buttonTop).toBeGreaterThanOrEqual(switchBottom);
  });

  test('each paragraph’s button has a name of its own: its paragraph’s number', async ({ open }) => {
    for (const [path, name] of [
      [REPORT, (number: string) => `显示第 ${number} 段的英文译文`],
      [`/en${REPORT}`, (number: string) => `Show the Chinese original of paragraph ${number}`],
    ] as const) {
      const page = await open(path);
      const buttons = await page.locator('.report-body button.other-lang').evaluateAll((elements) =>
        elements.map((element) => ({
          name: element.getAttribute('aria-label') ?? '',
          number: element.closest<HTMLElement>('[data-block]')?.dataset['number'] ?? '',
        })),
      );
      expect(buttons.length).toBeGreaterThan(1);
      expect(buttons.map((button) => button.name)).toEqual(buttons.map((button) => name(button.number)));
      expect(new Set(buttons.map((button) => button.name)).size).toBe(buttons.length);
    }
  });

  test('without JavaScript the control is a link to the same paragraph in the other language', async ({ open }) => {
    const page = await open(REPORT, { javaScriptEnabled: false });
    const link = control(page, translated.id, 'zh', 'link');
    await expect(link.getAttribute('hreflang')).resolves.toBe('en');
    await link.click();
    await page.waitForURL((url) => url.pathname === `/sub/path/en${REPORT}` && url.hash === `#${translated.id}`);
    await expect(page.locator(`#${translated.id} > p[lang="en"]`).textContent()).resolves.toContain(englishText(translated.id));
  });

  test('offline, the service worker serves the other language read before', async ({ open }) => {
    const page = await open(REPORT);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The first visit installs the worker; from the controlled page on, what it loads is kept.
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await control(page, translated.id, 'zh').click();
    await expect
      .poll(() => page.locator(`#${translated.id} > .other-lang-text`).textContent())
      .toContain(englishText(translated.id).slice(0, 40));
    await page.context().setOffline(true);
    await page.reload();
    const served = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('/blocks.json'));
    await control(page, second.id, 'zh').click();
    expect((await served).fromServiceWorker()).toBe(true);
    await expect.poll(() => page.locator(`#${second.id} > .other-lang-text`).textContent()).toContain(englishText(second.id).slice(0, 40));
  });
});

describe('untranslated and stale paragraphs', () => {
  test('a pending paragraph is shown in Chinese with a visible "translation pending" label, never missing; a stale one is labelled', async ({
    open,
  }) => {
    const page = await open(`/en${REPORT}`);
    const pendingBlock = page.locator(`#${pending.id}`);
    await expect(pendingBlock.locator('> p[lang="zh-CN"]').textContent()).resolves.toBe(plainText(pending.markdown));
    await expect(pendingBlock.getByText('Translation pending').isVisible()).resolves.toBe(true);
    await expect(page.locator(`#${translated.id} > p[lang="en"]`).textContent()).resolves.toContain(englishText(translated.id));
    await expect(page.locator(`#${stale.id}`).getByText('Translation needs update').isVisible()).resolves.toBe(true);
    const meta = page.locator('.report-meta');
    await expect(meta.textContent()).resolves.toContain(`${english.size} of ${files.blocks.length} paragraphs translated`);
    await expect(meta.textContent()).resolves.toContain('Test fixture, never published');
  });

  test('side by side shows the pending label in the English column', async ({ open }) => {
    const page = await open(`/en${REPORT}parallel/`);
    await expect(page.locator(`#${pending.id} > .col-en`).getByText('Translation pending').isVisible()).resolves.toBe(true);
  });

  test('the home page shows the translation status of each report', async ({ open }) => {
    const page = await open('/en/');
    const list = page.getByRole('region', { name: 'By region and year' });
    await expect(list.textContent()).resolves.toContain(`${english.size} of ${files.blocks.length} paragraphs translated`);
    const untranslated = reportFiles('jinyang-fenhe/2024');
    expect(untranslated.translation).toBeUndefined();
    await expect(list.textContent()).resolves.toContain(`0 of ${untranslated.blocks.length} paragraphs translated`);
  });
});

describe('glossary notes in English', () => {
  test('show the English rendering, the Chinese term and the definition', async ({ open }) => {
    const entry = translation.glossary[0];
    if (!entry) throw new Error('the fixture translation has no glossary');
    const page = await open(`/en${REPORT}`);
    const term = page.locator(`#${translated.id}`).getByRole('button', { name: entry.term });
    await term.click();
    const note = page.getByRole('dialog', { name: /^Glossary note: / });
    await expect.poll(() => note.isVisible()).toBe(true);
    const text = (await note.textContent()) ?? '';
    expect(text).toContain(entry.term);
    expect(text).toContain(entry.zh);
    expect(text).toContain(plainText(entry.definition).slice(0, 30));
  });
});
