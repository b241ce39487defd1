/**
 * The reading edition in real Chromium, on a fixture report: the whole report
 * as its files hold it, glossary notes by mouse, touch and keyboard, the
 * no-JavaScript fallback, the table of contents, formulas. (axe runs on every
 * page of the sitemap, in both themes, in site-gates.test.ts.)
 */
import { pageText, plainText, reportFiles } from './report-files.ts';
import { describe, expect, test } from './test-utils.ts';

const REPORT = '/jinyang-fenhe/2025/';
const files = reportFiles('jinyang-fenhe/2025');
const headings = (depth: number) => files.blocks.filter((block) => block.kind === 'heading' && block.depth === depth);

/** The first glossary term of the report, with its entry. */
const entry = files.glossary[0];
if (!entry) throw new Error('the fixture report has no glossary');
const term = entry.term;
const definitionStart = plainText(entry.definition).slice(0, 12);
/** The first paragraph that uses the term. */
const paragraphId = files.blocks.find((block) => block.kind === 'paragraph' && block.markdown.includes(`${term}<sup>`))?.id ?? '';

describe('report page', () => {
  test('shows the whole report: title block, every part and section heading, every paragraph and the glossary', async ({ open }) => {
    const page = await open(REPORT);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(files.meta.title);
    await expect(page.locator('.dateline').textContent()).resolves.toContain(files.meta.dateline.replace(/^——/, ''));
    // Parts are h2 (then the glossary's h2), sections h3.
    await expect(main.getByRole('heading', { level: 2 }).allTextContents()).resolves.toEqual([
      ...headings(2).map((heading) => plainText(heading.markdown)),
      '名词解释',
    ]);
    await expect(main.getByRole('heading', { level: 3 }).allTextContents()).resolves.toEqual(
      headings(3).map((heading) => plainText(heading.markdown)),
    );
    // Every block, in order, under its permanent id, with its text.
    await expect(page.locator('[data-block]').evaluateAll((blocks) => blocks.map((block) => block.id))).resolves.toEqual(
      files.blocks.map((block) => block.id),
    );
    for (const block of files.blocks.filter((candidate) => candidate.kind === 'paragraph'))
      await expect(page.locator(`#${block.id} > p`).textContent(), block.id).resolves.toBe(pageText(block.markdown));
    await expect(page.locator('.gloss-entry').evaluateAll((entries) => entries.map((item) => item.id))).resolves.toEqual(
      files.glossary.map((item) => `g-${item.key}`),
    );
    // A bold lead sentence is bold, not asterisks.
    const bold = files.blocks.find((block) => block.markdown.startsWith('**'));
    await expect(page.locator(`#${bold?.id} strong`).first().textContent()).resolves.toBe(/^\*\*(.+?)\*\*/.exec(bold?.markdown ?? '')?.[1]);
    await expect(page.locator('.report-body').textContent()).resolves.not.toContain('**');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
  });

  test('has no horizontal scrolling from 320 px up, with a formula or a table in the report too', async ({ open }) => {
    for (const path of [REPORT, '/jinyang-hexi/2024/', '/jinyang-hexi/2025/']) {
      const page = await open(path);
      for (const width of [320, 390, 768, 1280, 1920]) {
        await page.setViewportSize({ width, height: 800 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
      }
    }
  });

  test('marks the section being read in the table of contents while scrolling', async ({ open }) => {
    // A low window, so that every section of the short fixture report can be scrolled to the top.
    const page = await open(REPORT, { viewport: { width: 1280, height: 320 } });
    const toc = page.getByRole('navigation', { name: '目录' });
    const current = () => toc.locator('[aria-current="true"]').getAttribute('href');
    const sections = headings(2)
      .concat(headings(3))
      .map((heading) => heading.id)
      .sort((a, b) => files.blocks.findIndex((block) => block.id === a) - files.blocks.findIndex((block) => block.id === b));
    expect(sections.length).toBeGreaterThan(2);
    for (const id of [...sections, ...sections.slice(0, -1).reverse()]) {
      await page.locator(`#${id}`).evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await expect.poll(current, { message: id }).toBe(`#${id}`);
    }
    // A paragraph belongs to the section above it.
    const last = sections.at(-1) ?? '';
    const paragraphAfter = files.blocks
      .slice(files.blocks.findIndex((block) => block.id === last))
      .find((block) => block.kind === 'paragraph');
    await page.locator(`#${sections[0]}`).evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.locator(`#${paragraphAfter?.id}`).evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await expect.poll(current).toBe(`#${last}`);
  });
});

describe('glossary notes', () => {
  const termButton = (page: import('playwright-core').Page) => page.locator(`#${paragraphId}`).getByRole('button', { name: term });
  const note = (page: import('playwright-core').Page) => page.getByRole('dialog', { name: `名词解释：${term}` });

  test('open on hover and close when the pointer leaves', async ({ open }) => {
    const page = await open(REPORT);
    await termButton(page).hover();
    await expect.poll(() => note(page).isVisible()).toBe(true);
    await expect(note(page).textContent()).resolves.toContain(definitionStart);
    await page.mouse.move(5, 5);
    await expect.poll(() => note(page).count()).toBe(0);
  });

  test('open by keyboard: Enter opens with focus in the note, Esc closes and returns focus to the term', async ({ open }) => {
    const page = await open(REPORT);
    const button = termButton(page);
    await button.focus();
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    await page.keyboard.press('Enter');
    await expect.poll(() => note(page).isVisible()).toBe(true);
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(note(page).evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    // The page did not jump to the glossary section.
    expect(new URL(page.url()).hash).toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => note(page).count()).toBe(0);
    await expect(button.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    // Space opens too.
    await page.keyboard.press(' ');
    await expect.poll(() => note(page).isVisible()).toBe(true);
  });

  test('the term announces its definition to screen readers', async ({ open }) => {
    const page = await open(REPORT);
    await expect(termButton(page).ariaSnapshot()).resolves.toContain(`button "${term}[${files.glossary.indexOf(entry) + 1}]"`);
    await expect(termButton(page).evaluate((element) => element.getAttribute('aria-describedby'))).resolves.toBeTruthy();
    const description = await termButton(page).evaluate(
      (element) => document.getElementById(element.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
    );
    expect(description).toContain(definitionStart);
  });

  test('open by tap on a phone without scrolling the page, inside the screen, and close on a tap elsewhere', async ({ open }) => {
    const page = await open(REPORT, { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    await termButton(page).scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await termButton(page).tap();
    await expect.poll(() => note(page).isVisible()).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    const box = await note(page).boundingBox();
    expect(box).not.toBeNull();
    if (box) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(640);
    }
    await page.touchscreen.tap(160, 20);
    await expect.poll(() => note(page).count()).toBe(0);
  });

  test('a click opens the note, and a click on its close button closes it', async ({ open }) => {
    const page = await open(REPORT);
    await termButton(page).click();
    await expect.poll(() => note(page).isVisible()).toBe(true);
    await expect(note(page).textContent()).resolves.toContain(definitionStart);
    await note(page).getByRole('button', { name: '关闭注释' }).click();
    await expect.poll(() => note(page).count()).toBe(0);
  });

  test('the code that opens notes is fetched once the reader acts, not with the page (src/client/interaction-code.ts)', async ({
    open,
  }) => {
    const onDemand: string[] = [];
    const page = await open(REPORT, {
      before: (blank) =>
        blank.on('request', (request) => {
          if (new URL(request.url()).pathname.includes('/on-interaction.')) onDemand.push(request.url());
        }),
    });
    await page.waitForLoadState('networkidle');
    expect(onDemand).toEqual([]);
    await termButton(page).click();
    await expect.poll(() => note(page).isVisible()).toBe(true);
    expect(onDemand).toHaveLength(1);
  });

  test('if that code cannot be loaded, a pressed term follows its link to the glossary entry', async ({ open }) => {
    // No service worker: the page's routes do not see what a worker fetches for it.
    const page = await open(REPORT, {
      serviceWorkers: 'block',
      before: (blank) => void blank.route(/\/on-interaction\.[\w-]+\.js$/, (route) => route.abort()),
    });
    await termButton(page).click();
    await page.waitForURL((url) => url.hash === `#g-${entry.key}`);
    await expect(note(page).count()).resolves.toBe(0);
  });

  test('without JavaScript the term links to its glossary entry, which links back to the paragraph', async ({ open }) => {
    const page = await open(REPORT, { javaScriptEnabled: false });
    await page.locator(`#${paragraphId}`).getByRole('link', { name: term }).click();
    expect(new URL(page.url()).hash).toBe(`#g-${entry.key}`);
    const glossaryEntry = page.locator(`#g-${entry.key}`);
    await expect(glossaryEntry.textContent()).resolves.toContain(definitionStart);
    const number = await page.locator(`#${paragraphId}`).getAttribute('data-number');
    await glossaryEntry.getByRole('link', { name: `回到第 ${number} 段` }).click();
    expect(new URL(page.url()).hash).toBe(`#${paragraphId}`);
  });
});

describe('math', () => {
  test('a report with a formula renders it with KaTeX (MathML) and loads the KaTeX stylesheet; a report without math does not', async ({
    open,
  }) => {
    const tex =
      /\$(.+?)\$/.exec(
        reportFiles('jinyang-hexi/2024')
          .blocks.map((block) => block.markdown)
          .join('\n'),
      )?.[1] ?? '';
    expect(tex).not.toBe('');
    const withMath = await open('/jinyang-hexi/2024/');
    await expect(withMath.locator('.report-body math').count()).resolves.toBeGreaterThan(0);
    await expect(withMath.locator('.report-body .katex annotation').first().textContent()).resolves.toBe(tex.trim());
    await expect(withMath.locator('link[rel="stylesheet"][href$="katex/katex.min.css"]').count()).resolves.toBe(1);
    const without = await open(REPORT);
    expect(files.blocks.some((block) => block.markdown.includes('$'))).toBe(false);
    await expect(without.locator('link[href*="katex"]').count()).resolves.toBe(0);
  });
});
