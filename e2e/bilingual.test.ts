/**
 * Bilingual reading, on a fixture report with a partial translation: four
 * views per report, switching that keeps the place, revealing the other
 * language in place, the untranslated and stale fallbacks, English notes,
 * language marking.
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
  test('an English paragraph reveals its Chinese original without leaving the page', async ({ open }) => {
    const page = await open(`/en${REPORT}`);
    const block = page.locator(`#${translated.id}`);
    const original = block.locator('details.counterpart > p[lang="zh-CN"]');
    await expect(original.isVisible()).resolves.toBe(false);
    await block.locator('summary', { hasText: 'Show the Chinese original' }).click();
    await expect(original.isVisible()).resolves.toBe(true);
    await expect(original.textContent()).resolves.toContain(plainText(translated.markdown).slice(0, 12));
    expect(new URL(page.url()).pathname).toBe(`/sub/path/en${REPORT}`);
  });

  test('on a phone the toggle is on the screen and opens by a tap', async ({ open }) => {
    const page = await open(REPORT, { viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
    const block = page.locator(`#${translated.id}`);
    const toggle = block.locator('summary', { hasText: '显示英文译文' });
    await toggle.scrollIntoViewIfNeeded();
    const box = await toggle.boundingBox();
    expect(box).not.toBeNull();
    if (box) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    await toggle.tap();
    await expect(block.locator('details.counterpart > p[lang="en"]').isVisible()).resolves.toBe(true);
  });

  test('a Chinese paragraph reveals its English translation', async ({ open }) => {
    const page = await open(REPORT);
    const block = page.locator(`#${translated.id}`);
    await block.locator('summary', { hasText: '显示英文译文' }).click();
    const translationText = block.locator('details.counterpart > p[lang="en"]');
    await expect(translationText.isVisible()).resolves.toBe(true);
    await expect(translationText.textContent()).resolves.toContain(englishText(translated.id).slice(0, 40));
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
