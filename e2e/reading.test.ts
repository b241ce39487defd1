/**
 * The reading edition in real Chromium: glossary notes by mouse, touch and
 * keyboard, the no-JavaScript fallback, the table of contents. (axe runs on
 * every page of the sitemap, in both themes, in site-gates.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { openPage, useBrowser } from './browser.ts';

const REPORT = '/taiyuan-xiaodian/2024/';
const browser = useBrowser();

describe('report page', () => {
  test('shows the whole report: title block, 3 parts, 6 sections, 53 paragraphs and the 15-entry glossary', async () => {
    const page = await openPage(browser(), REPORT);
    await expect(page.locator('h1').textContent()).resolves.toContain('政府工作报告');
    await expect(page.locator('.dateline').textContent()).resolves.toContain('2024年2月21日在太原市小店区第六届人民代表大会第五次会议上');
    await expect(page.locator('.report-body h2').count()).resolves.toBe(4);
    await expect(page.locator('.report-body h3').count()).resolves.toBe(6);
    await expect(page.locator('.block-paragraph').count()).resolves.toBe(53);
    await expect(page.locator('.gloss-entry').count()).resolves.toBe(15);
    await expect(page.locator('#p5 strong').first().textContent()).resolves.toBe('一年来，我们迎难而上，主动作为，经济运行态势稳中向好。');
    // No literal asterisks: the CJK bold lead sentences are rendered as bold.
    await expect(page.locator('.report-body').textContent()).resolves.not.toContain('**');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await page.context().close();
  });

  test('has no horizontal scrolling from 320 px up', async () => {
    for (const width of [320, 390, 768, 1280, 1920]) {
      const page = await openPage(browser(), REPORT, { viewport: { width, height: 800 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `at ${width}px`).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });

  test('marks the current section in the table of contents while scrolling', async () => {
    const page = await openPage(browser(), REPORT);
    const current = () => page.locator('.toc a[aria-current="true"]').getAttribute('href');
    await page.locator('#s5').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await expect.poll(current).toBe('#s5');
    await page.locator('#p40').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await expect.poll(current).toBe('#s7');
    await page.locator('#s1').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await expect.poll(current).toBe('#s1');
    await page.context().close();
  });
});

describe('glossary notes', () => {
  const ref = '#p6 > p a.gloss-ref[data-gloss="hui-shang-bao"]';
  const note = '.gloss-note';

  test('open on hover and close when the pointer leaves', async () => {
    const page = await openPage(browser(), REPORT);
    await page.locator(ref).hover();
    await expect.poll(() => page.locator(note).isVisible()).toBe(true);
    await expect(page.locator(note).textContent()).resolves.toContain('由财政出资发挥杠杆撬动作用');
    await page.mouse.move(5, 5);
    await expect.poll(() => page.locator(note).count()).toBe(0);
    await page.context().close();
  });

  test('open by keyboard: Enter opens with focus in the note, Esc closes and returns focus to the term', async () => {
    const page = await openPage(browser(), REPORT);
    await page.locator(ref).focus();
    await expect(page.locator(ref).getAttribute('aria-expanded')).resolves.toBe('false');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(note).isVisible()).toBe(true);
    await expect(page.locator(ref).getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('gloss-note');
    await expect(page.locator(note).getAttribute('aria-label')).resolves.toBe('名词解释：“惠商保”');
    // The page did not jump to the glossary section.
    expect(new URL(page.url()).hash).toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(note).count()).toBe(0);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-gloss'))).resolves.toBe('hui-shang-bao');
    // Space opens too.
    await page.keyboard.press(' ');
    await expect.poll(() => page.locator(note).isVisible()).toBe(true);
    await page.context().close();
  });

  test('the term announces its definition to screen readers', async () => {
    const page = await openPage(browser(), REPORT);
    const snapshot = await page.locator(ref).ariaSnapshot();
    expect(snapshot).toContain('button "“惠商保”[1]"');
    const describedBy = await page.locator(ref).getAttribute('aria-describedby');
    await expect(page.locator(`#${describedBy}`).textContent()).resolves.toContain('为登记在册、正常经营的个体工商户提供营业中断损失');
    await page.context().close();
  });

  test('open by tap on a phone without scrolling the page, inside the screen, and close on a tap elsewhere', async () => {
    const page = await openPage(browser(), REPORT, { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    await page.locator(ref).scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await page.locator(ref).tap();
    await expect.poll(() => page.locator(note).isVisible()).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    const box = await page.locator(note).boundingBox();
    expect(box).not.toBeNull();
    if (box) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(640);
    }
    await page.touchscreen.tap(160, 20);
    await expect.poll(() => page.locator(note).count()).toBe(0);
    await page.context().close();
  });

  test('a click opens the note, and a click on the close button closes it', async () => {
    const page = await openPage(browser(), REPORT);
    await page.locator('#s4 a.gloss-ref').click();
    await expect.poll(() => page.locator(note).isVisible()).toBe(true);
    await expect(page.locator(note).textContent()).resolves.toContain('新质生产力');
    await page.locator('.gloss-note-close').click();
    await expect.poll(() => page.locator(note).count()).toBe(0);
    await page.context().close();
  });

  test('without JavaScript the term links to its glossary entry, which links back to the paragraph', async () => {
    const page = await openPage(browser(), REPORT, { javaScriptEnabled: false });
    await page.locator(ref).click();
    expect(new URL(page.url()).hash).toBe('#g-hui-shang-bao');
    const entry = page.locator('#g-hui-shang-bao');
    await expect(entry.textContent()).resolves.toContain('即由财政出资发挥杠杆撬动作用');
    await entry.locator('.gloss-backrefs a[href="#p6"]').click();
    expect(new URL(page.url()).hash).toBe('#p6');
    await page.context().close();
  });
});

describe('math', () => {
  test('a report with a formula renders it with KaTeX (MathML) and loads the KaTeX stylesheet; a report without math does not', async () => {
    const withMath = await openPage(browser(), '/jinyang-hexi/2024/', { fixture: true });
    await expect(withMath.locator('.report-body math').count()).resolves.toBeGreaterThan(0);
    await expect(withMath.locator('.report-body .katex annotation').first().textContent()).resolves.toContain('\\frac{V_{2024}}{V_{2023}}');
    await expect(withMath.locator('link[rel="stylesheet"][href$="katex/katex.min.css"]').count()).resolves.toBe(1);
    await withMath.context().close();
    const without = await openPage(browser(), '/taiyuan-xiaodian/2024/');
    await expect(without.locator('link[href*="katex"]').count()).resolves.toBe(0);
    await without.context().close();
  });
});
