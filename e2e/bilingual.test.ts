/**
 * Bilingual reading: four views per report, switching that keeps the place,
 * revealing the other language in place, the untranslated fallback, English
 * notes, language marking and accessibility of every view.
 */
import { describe, expect, test } from 'vitest';
import { openPage, useBrowser } from './browser.ts';

const browser = useBrowser();
const VIEWS = [
  '/taiyuan-xiaodian/2024/',
  '/en/taiyuan-xiaodian/2024/',
  '/taiyuan-xiaodian/2024/parallel/',
  '/en/taiyuan-xiaodian/2024/parallel/',
  '/taiyuan-xiaodian/2024/interleaved/',
  '/en/taiyuan-xiaodian/2024/interleaved/',
];

describe('views', () => {
  test('every view holds every block under the same ids', async () => {
    let reference: string[] | undefined;
    for (const path of VIEWS) {
      const page = await openPage(browser(), path);
      const ids = await page.locator('[data-block]').evaluateAll((blocks) => blocks.map((block) => block.id));
      expect(ids.length, path).toBe(62);
      reference ??= ids;
      expect(ids, path).toEqual(reference);
      await page.context().close();
    }
  });

  test('switching view or language keeps the reader at the same paragraph', async () => {
    const page = await openPage(browser(), '/taiyuan-xiaodian/2024/');
    await page.locator('#p20').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.getByRole('navigation', { name: '阅读方式' }).getByRole('link', { name: '英文' }).click();
    await page.waitForURL(/\/en\/taiyuan-xiaodian\/2024\/#p20$/);
    // The paragraph is at the top of the viewport, just below the sticky view switch.
    const top = await page.locator('#p20').evaluate((element) => element.getBoundingClientRect().top);
    const bar = await page.locator('.view-switch').evaluate((element) => element.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(bar - 1);
    expect(top).toBeLessThan(bar + 40);
    await page.getByRole('navigation', { name: 'Reading view' }).getByRole('link', { name: 'Side by side' }).click();
    await page.waitForURL(/\/en\/taiyuan-xiaodian\/2024\/parallel\/#p20$/);
    await page.context().close();
  });

  test('the last chosen view is remembered for the home page links', async () => {
    const page = await openPage(browser(), '/taiyuan-xiaodian/2024/');
    await page.getByRole('navigation', { name: '阅读方式' }).getByRole('link', { name: '中英对照' }).click();
    await page.waitForURL(/parallel\//);
    await page.goto(page.url().replace(/taiyuan-xiaodian\/2024\/parallel\/.*$/, ''));
    await expect(page.locator('a[data-report-link]').first().getAttribute('href')).resolves.toMatch(
      /\/taiyuan-xiaodian\/2024\/parallel\/$/,
    );
    await page.context().close();
  });

  test('side by side: aligned columns on a wide screen, stacked on a phone, each marked with its language', async () => {
    const wide = await openPage(browser(), '/taiyuan-xiaodian/2024/parallel/');
    const zh = await wide.locator('#p6 > .col-zh').boundingBox();
    const en = await wide.locator('#p6 > .col-en').boundingBox();
    expect(zh && en && Math.abs(zh.y - en.y) < 2 && en.x > zh.x + zh.width).toBe(true);
    await expect(wide.locator('#p6 > .col-zh').getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(wide.locator('#p6 > .col-en').getAttribute('lang')).resolves.toBe('en');
    await wide.context().close();
    const phone = await openPage(browser(), '/taiyuan-xiaodian/2024/parallel/', { viewport: { width: 390, height: 800 } });
    const zhPhone = await phone.locator('#p6 > .col-zh').boundingBox();
    const enPhone = await phone.locator('#p6 > .col-en').boundingBox();
    expect(zhPhone && enPhone && enPhone.y >= zhPhone.y + zhPhone.height).toBe(true);
    await phone.context().close();
  });

  test('language versions are linked with hreflang', async () => {
    const page = await openPage(browser(), '/taiyuan-xiaodian/2024/');
    const alternates = await page
      .locator('link[rel="alternate"]')
      .evaluateAll((links) => links.map((link) => `${link.getAttribute('hreflang')} ${new URL(link.getAttribute('href') ?? '').pathname}`));
    expect(alternates).toEqual(['zh-CN /taiyuan-xiaodian/2024/', 'en /en/taiyuan-xiaodian/2024/', 'x-default /taiyuan-xiaodian/2024/']);
    await page.context().close();
  });
});

describe('the other language in place', () => {
  test('an English paragraph reveals its Chinese original without leaving the page', async () => {
    const page = await openPage(browser(), '/en/taiyuan-xiaodian/2024/');
    const original = page.locator('#p6 details.counterpart > p[lang="zh-CN"]');
    await expect(original.isVisible()).resolves.toBe(false);
    await page.locator('#p6 details.counterpart summary').click();
    await expect(original.isVisible()).resolves.toBe(true);
    await expect(original.textContent()).resolves.toContain('扎实推进科技创新驱动战略');
    expect(new URL(page.url()).pathname).toBe('/en/taiyuan-xiaodian/2024/');
    await page.context().close();
  });

  test('a Chinese paragraph reveals its English translation', async () => {
    const page = await openPage(browser(), '/taiyuan-xiaodian/2024/');
    await page.locator('#p4 details.counterpart summary').click();
    await expect(page.locator('#p4 details.counterpart > p[lang="en"]').textContent()).resolves.toContain('158.062 billion yuan');
    await page.context().close();
  });
});

describe('untranslated paragraphs (fixture report)', () => {
  test('are shown in Chinese with a visible "translation pending" label, never missing', async () => {
    const page = await openPage(browser(), '/en/jinyang-fenhe/2025/', { fixture: true });
    await expect(page.locator('#p5 > p[lang="zh-CN"]').textContent()).resolves.toContain('推动 10 个以上项目开工');
    await expect(page.locator('#p5 .pending-label').isVisible()).resolves.toBe(true);
    await expect(page.locator('#p5 .pending-label').textContent()).resolves.toContain('Translation pending');
    await expect(page.locator('#p3 > p[lang="en"]').textContent()).resolves.toContain('21.25 billion yuan');
    await expect(page.locator('#p4 .pending-label').textContent()).resolves.toContain('Translation needs update');
    await expect(page.locator('.report-meta').textContent()).resolves.toContain('5 of 10 paragraphs translated');
    await expect(page.locator('.report-meta').textContent()).resolves.toContain('Test fixture, never published');
    await page.context().close();
  });

  test('side by side shows the pending label in the English column', async () => {
    const page = await openPage(browser(), '/en/jinyang-fenhe/2025/parallel/', { fixture: true });
    await expect(page.locator('#p6 > .col-en').textContent()).resolves.toContain('Translation pending');
    await page.context().close();
  });

  test('the home page shows the translation status of each report', async () => {
    const page = await openPage(browser(), '/en/', { fixture: true });
    await expect(page.locator('.report-list').textContent()).resolves.toContain('5 of 10 paragraphs translated');
    await expect(page.locator('.report-list').textContent()).resolves.toContain('0 of');
    await page.context().close();
  });
});

describe('glossary notes in English', () => {
  test('show the English rendering, the Chinese term and the definition', async () => {
    const page = await openPage(browser(), '/en/taiyuan-xiaodian/2024/');
    const ref = page.locator('#p6 > p a.gloss-ref');
    await expect(ref.locator('.gloss-term').textContent()).resolves.toMatch(/Huishangbao/);
    await ref.click();
    const note = page.locator('.gloss-note');
    await expect.poll(() => note.isVisible()).toBe(true);
    await expect(note.textContent()).resolves.toMatch(/Huishangbao[\s\S]*“惠商保”[\s\S]*insurance/);
    await expect(note.getAttribute('aria-label')).resolves.toMatch(/^Glossary note: /);
    await page.context().close();
  });
});
