/**
 * The print edition: the PDFs the build makes (text, order, glossary, page
 * count, metadata, fonts, bookmarks), the print stylesheet in Chromium, the
 * report pages' links to the PDFs (also under the fixtures' sub-path), and a
 * build without PDFs (BAOGAO_PDF=0) followed by `npm run pdf`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { buildSite } from '../scripts/lib/build-site.ts';
import { readOutline } from '../src/integrations/pdf/outline.ts';
import { readReport } from '../src/content/report-files-fs.ts';
import { markdownToPlainText } from '../src/lib/plain-text.ts';
import { openPage, siteUrl, useBrowser } from './browser.ts';

const ROOT = resolve(import.meta.dirname, '..');
const REPORT = '/taiyuan-xiaodian/2024/';
const browser = useBrowser();

// The report's own text, the reference every PDF is read against.
interface ExpectedText {
  id: string;
  text: string;
}
const { blocks: zhSource, glossary, translation: english } = readReport(join(ROOT, 'content'), 'taiyuan-xiaodian/2024');
if (!english) throw new Error('the 2024 report has no en.json');
const translation = english.file;
const englishOf = new Map(translation.blocks.map((block) => [block.id, block.en]));
// English uses *emphasis* (single asterisks), which markdownToPlainText leaves alone.
const plain = (markdown: string) => markdownToPlainText(markdown.replace(/(?<!\\)\*/g, ''), { dropMarkers: true });
const paragraphs = zhSource.filter((block) => block.kind === 'paragraph');
const zhParagraphs: ExpectedText[] = paragraphs.map((block) => ({ id: block.id, text: plain(block.markdown) }));
const enParagraphs: ExpectedText[] = paragraphs.map((block) => ({ id: block.id, text: plain(englishOf.get(block.id) ?? '') }));
const zhNotes: ExpectedText[] = glossary.map((entry) => ({ id: entry.key, text: plain(entry.definition) }));
const enNotes: ExpectedText[] = translation.glossary.map((entry) => ({ id: entry.key, text: plain(entry.definition) }));

const pdfPath = (id: string, dir = inject('siteDir')) => join(dir, 'pdf', `${id}.pdf`);

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/**
 * Compare text as a reader searches it: line ends ignored, quotes unified, and
 * hyphens dropped (pdftotext joins a hyphenated line end without its hyphen).
 */
const normalise = (text: string) =>
  text
    .replace(/[“”"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/[\s\u00ad-]+/g, '');

/**
 * The PDF's text in the order it was printed (-raw: content-stream order; the
 * layout analysis of plain pdftotext pulls Chinese quoted in English text out of
 * its line, because it guesses the size of Type 3 glyphs from their width).
 */
const pdfText = (file: string, crop: string[] = []) => run('pdftotext', ['-raw', '-enc', 'UTF-8', ...crop, file, '-']);

/**
 * Extracted text without what interrupts a paragraph at a page break: the
 * running head, the page number ("2 / 13"), the paragraph numbers in the margin
 * ("1.4") and the glossary markers ("[1]").
 */
function bodyText(raw: string, runningHead: string): string {
  const squeezed = runningHead.replace(/\s+/g, '');
  return raw
    .split('\n')
    .filter((line) => {
      const text = line.replace(/\s+/g, '');
      return !/^\d+\/\d+$/.test(text) && !/^\d+(\.\d+)*$/.test(text) && !(text.length > 1 && squeezed.includes(text));
    })
    .join('\n')
    .replace(/\[\d+\]/g, '');
}

/** The expected texts not found in order (each after the previous one), as "id: start of text". */
function missingInOrder(text: string, expected: readonly ExpectedText[]): string[] {
  const haystack = normalise(text);
  const missing: string[] = [];
  let from = 0;
  for (const { id, text: wanted } of expected) {
    const needle = normalise(wanted);
    const at = haystack.indexOf(needle, from);
    if (at < 0) missing.push(`${id}: ${wanted.slice(0, 50)}…`);
    else from = at + needle.length;
  }
  return missing;
}

/**
 * The two columns of a side-by-side PDF, each read on its own (a paragraph pair
 * split by a page break would otherwise interleave): each column is cropped out
 * (-x/-W). The right column starts where most lines right of the page's middle start.
 */
function columnTexts(file: string): { left: string; right: string } {
  const bbox = run('pdftotext', ['-bbox-layout', file, '-']);
  const width = Number(/<page width="([\d.]+)"/.exec(bbox)?.[1]);
  const starts = [...bbox.matchAll(/<line xMin="([\d.]+)"/g)].map((match) => Math.round(Number(match[1]))).filter((x) => x > width / 2);
  const rightStart = [...Map.groupBy(starts, (x) => x)].sort((a, b) => b[1].length - a[1].length)[0]?.[0] ?? width / 2;
  // pdftotext takes whole points; the columns are about 17 pt apart, so 2 pt either way is safe.
  const crop = (x: number, w: number) => pdfText(file, ['-x', String(Math.round(x)), '-y', '0', '-W', String(Math.round(w)), '-H', '2000']);
  return { left: crop(0, rightStart - 2), right: crop(rightStart - 2, width) };
}

async function loadPdf(file: string): Promise<PDFDocument> {
  return PDFDocument.load(readFileSync(file), { updateMetadata: false });
}

function languageOf(document: PDFDocument): string | undefined {
  const lang = document.catalog.lookup(PDFName.of('Lang'));
  return lang instanceof PDFString ? lang.decodeText() : undefined;
}

describe('PDF editions of the 2024 Xiaodian report', () => {
  const editions = {
    zh: {
      id: 'taiyuan-xiaodian-2024-zh',
      lang: 'zh-CN',
      pages: [9, 20],
      author: '太原市小店区人民政府',
      title: '太原市小店区2024年政府工作报告',
    },
    en: {
      id: 'taiyuan-xiaodian-2024-en',
      lang: 'en',
      pages: [15, 32],
      author: "Xiaodian District People's Government of Taiyuan",
      title: 'Report on the Work of the Government, Xiaodian District',
    },
    bilingual: {
      id: 'taiyuan-xiaodian-2024-bilingual',
      lang: 'zh-CN',
      pages: [20, 45],
      author: '太原市小店区人民政府 / Xiaodian',
      title: ' / ',
    },
  } as const;

  test('the Chinese PDF has every paragraph in order, then every glossary note', async () => {
    const file = pdfPath(editions.zh.id);
    const raw = pdfText(file);
    const text = bodyText(raw, (await loadPdf(file)).getTitle() ?? '');
    expect(missingInOrder(text, [...zhParagraphs, ...zhNotes])).toEqual([]);
    // Glossary markers print visibly, after their term: “惠商保”[1].
    expect(raw.replace(/\s+/g, '')).toContain('“惠商保”[1]，');
  });

  test('the English PDF has every paragraph in order, then every glossary note', async () => {
    const file = pdfPath(editions.en.id);
    expect(enParagraphs.every((paragraph) => paragraph.text.length > 0)).toBe(true);
    const raw = pdfText(file);
    const text = bodyText(raw, (await loadPdf(file)).getTitle() ?? '');
    expect(missingInOrder(text, [...enParagraphs, ...enNotes])).toEqual([]);
    expect(raw.replace(/\s+/g, '')).toContain('"Huishangbao"businessinsurancescheme[1]');
  });

  test('the bilingual PDF has the Chinese in the left column and the English in the right, in order, and both glossaries', async () => {
    const file = pdfPath(editions.bilingual.id);
    const runningHead = (await loadPdf(file)).getTitle() ?? '';
    const { left, right } = columnTexts(file);
    expect(missingInOrder(bodyText(left, runningHead), zhParagraphs)).toEqual([]);
    expect(missingInOrder(bodyText(right, runningHead), enParagraphs)).toEqual([]);
    const whole = bodyText(pdfText(file), runningHead);
    expect(missingInOrder(whole, zhNotes)).toEqual([]);
    expect(missingInOrder(whole, enNotes)).toEqual([]);
  });

  for (const [edition, expected] of Object.entries(editions)) {
    test(`the ${edition} PDF: A4, page count, metadata, embedded fonts, tags and bookmarks`, async () => {
      const file = pdfPath(expected.id);
      const document = await loadPdf(file);
      const [min, max] = expected.pages;
      expect(document.getPageCount()).toBeGreaterThanOrEqual(min);
      expect(document.getPageCount()).toBeLessThanOrEqual(max);
      const { width, height } = document.getPage(0).getSize();
      expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
      expect(document.getTitle()).toContain(expected.title);
      expect(document.getAuthor()).toContain(expected.author);
      expect(document.getSubject()).toContain(edition === 'en' ? 'February 21, 2024' : '2024年2月21日');
      expect(document.getKeywords()).toContain(edition === 'en' ? 'Xiaodian District' : '太原市小店区');
      expect(document.getCreator()).toBe('Baogao');
      expect(languageOf(document)).toBe(expected.lang);
      const info = run('pdfinfo', [file]);
      expect(info).toMatch(/^Tagged:\s+yes$/m);
      // Every font is embedded (Chromium writes the CJK faces as Type 3 glyphs with a ToUnicode map: selectable and searchable).
      const fonts = run('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((row) => !/\byes\s+(yes|no)\s+yes\s+\d+\s+\d+\s*$/.test(row))).toEqual([]);
      // Bookmarks: the title, then the 3 parts with their 6 sections, then the glossary.
      const outline = readOutline(document);
      expect(outline[0]?.depth).toBe(0);
      expect(outline.filter((entry) => entry.depth === 1)).toHaveLength(4);
      expect(outline.filter((entry) => entry.depth === 2)).toHaveLength(6);
      const headings = zhSource.filter((block) => block.kind === 'heading');
      const headingText = (id: string, markdown: string) =>
        edition === 'zh'
          ? plain(markdown)
          : edition === 'en'
            ? plain(englishOf.get(id) ?? '')
            : `${plain(markdown)} / ${plain(englishOf.get(id) ?? '')}`;
      expect(outline.slice(1, 1 + headings.length).map((entry) => entry.title)).toEqual(
        headings.map((heading) => headingText(heading.id, heading.markdown).replace(/\s+/g, ' ').trim()),
      );
      expect(outline.at(-1)?.title).toBe(edition === 'en' ? 'Glossary' : '名词解释');
    });
  }
});

describe('print stylesheet', () => {
  const views = [REPORT, `/en${REPORT}`, `${REPORT}parallel/`, `${REPORT}interleaved/`];
  for (const path of views) {
    test(`${path} prints without site chrome, with paragraph numbers, glossary markers and the glossary, light in the dark theme`, async () => {
      const page = await openPage(browser(), path, { colorScheme: 'dark' });
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      for (const chrome of [
        '.site-header',
        '.site-footer',
        '.view-switch',
        '.toc',
        '.site-search',
        '.theme-switch',
        '.pdf-links',
        '.report-cite',
        '.counterpart',
      ])
        expect(
          await page.locator(chrome).evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length),
          chrome,
        ).toBe(0);
      await expect(page.locator('#p5 .pnum').isVisible()).resolves.toBe(true);
      await expect(page.locator('#p5 .pnum').textContent()).resolves.toBe('1.3');
      await expect(page.locator('.glossary-section').isVisible()).resolves.toBe(true);
      await expect(
        page.locator('.gloss-entry').evaluateAll((entries) => entries.filter((entry) => entry.checkVisibility()).length),
      ).resolves.toBe(15);
      await expect(page.locator('#p6 a.gloss-ref .gloss-n').first().isVisible()).resolves.toBe(true);
      const colours = await page.evaluate(() => ({
        background: getComputedStyle(document.documentElement).backgroundColor,
        text: getComputedStyle(document.querySelector('#p5 p') ?? document.body).color,
      }));
      expect(colours).toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });
      await page.context().close();
    });
  }

  test('the side-by-side view prints as two aligned columns at A4 width', async () => {
    // A4 less the side margins is about 660 CSS px: narrower than the screen layout's two-column breakpoint.
    const page = await openPage(browser(), `${REPORT}parallel/`, { viewport: { width: 660, height: 900 } });
    await page.emulateMedia({ media: 'print' });
    const boxes = await page.locator('#p6').evaluate((pair) => {
      const box = (selector: string) => pair.querySelector(selector)?.getBoundingClientRect();
      return { zh: box('.col-zh'), en: box('.col-en'), pnum: box('.pnum') };
    });
    expect(boxes.zh && boxes.en && boxes.pnum).toBeTruthy();
    if (boxes.zh && boxes.en && boxes.pnum) {
      expect(boxes.en.top).toBe(boxes.zh.top);
      expect(boxes.en.left).toBeGreaterThan(boxes.zh.right);
      expect(Math.abs(boxes.en.width - boxes.zh.width)).toBeLessThan(2);
      // The paragraph number sits in the margin, left of the text.
      expect(boxes.pnum.right).toBeLessThanOrEqual(boxes.zh.left);
    }
    await page.context().close();
  });

  test('external links print their address; internal anchors and glossary markers do not', async () => {
    // The English page: its glossary has the source notes.
    const page = await openPage(browser(), `/en${REPORT}`);
    await page.emulateMedia({ media: 'print' });
    const after = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element, '::after').content);
    await page.evaluate(() => {
      // A stand-in external link in the glossary notes, as the source notes and the about page have.
      const link = Object.assign(document.createElement('a'), { href: 'https://example.org/source', textContent: 'source' });
      document.querySelector('.gloss-source')?.append(link);
    });
    await expect(after('.gloss-source a[href^="https:"]')).resolves.toMatch(/attr\(href\)|example\.org\/source/);
    await expect(after('a.pnum')).resolves.toBe('none');
    await expect(after('a.gloss-ref')).resolves.toBe('none');
    await page.context().close();
  });
});

describe('links to the PDFs', () => {
  test('the report pages link each PDF with its size, and each link resolves', async () => {
    for (const path of [REPORT, `/en${REPORT}`, `${REPORT}parallel/`]) {
      const page = await openPage(browser(), path);
      const links = await page.locator('a[data-pdf-link]').evaluateAll((anchors) =>
        anchors.map((anchor) => ({
          href: (anchor as HTMLAnchorElement).href,
          text: (anchor.textContent ?? '').replace(/\s+/g, ' ').trim(),
        })),
      );
      expect(links.map((link) => new URL(link.href).pathname)).toEqual([
        '/pdf/taiyuan-xiaodian-2024-zh.pdf',
        '/pdf/taiyuan-xiaodian-2024-en.pdf',
        '/pdf/taiyuan-xiaodian-2024-bilingual.pdf',
      ]);
      for (const link of links) {
        expect(link.text, path).toMatch(/PDF[,，] ?\d+(\.\d)? (KB|MB)/);
        const response = await fetch(link.href);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('application/pdf');
        const bytes = (await response.arrayBuffer()).byteLength;
        expect(bytes).toBe(statSync(pdfPath(new URL(link.href).pathname.replace(/^\/pdf\/|\.pdf$/g, ''))).size);
      }
      await page.context().close();
    }
  });

  test('under a sub-path, the links include the base and resolve; a report without English has only the Chinese PDF', async () => {
    const fixturesDir = inject('fixturesDir');
    const translated = await openPage(browser(), '/jinyang-fenhe/2025/', { fixture: true });
    const hrefs = await translated
      .locator('a[data-pdf-link]')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(hrefs).toEqual([
      '/sub/path/pdf/jinyang-fenhe-2025-zh.pdf',
      '/sub/path/pdf/jinyang-fenhe-2025-en.pdf',
      '/sub/path/pdf/jinyang-fenhe-2025-bilingual.pdf',
    ]);
    for (const href of hrefs) expect((await fetch(new URL(href ?? '', siteUrl('/', { fixture: true })))).status).toBe(200);
    await translated.context().close();
    const untranslated = await openPage(browser(), '/jinyang-hexi/2024/', { fixture: true });
    await expect(untranslated.locator('a[data-pdf-link]').getAttribute('href')).resolves.toBe('/sub/path/pdf/jinyang-hexi-2024-zh.pdf');
    await untranslated.context().close();
    // The fixture with a formula prints it (KaTeX's fonts were waited for), and its bookmarks are there.
    const withMath = await loadPdf(pdfPath('jinyang-hexi-2024-zh', fixturesDir));
    expect(readOutline(withMath).length).toBeGreaterThan(2);
    expect(existsSync(pdfPath('jinyang-hexi-2024-en', fixturesDir))).toBe(false);
  });
});

describe('without PDFs (BAOGAO_PDF=0), then npm run pdf', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'baogao-no-pdf-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('the build makes no PDF and links none; npm run pdf then makes them, one progress line each', { timeout: 300_000 }, () => {
    buildSite({ outDir, pdf: false });
    expect(existsSync(join(outDir, 'pdf'))).toBe(false);
    const page = readFileSync(join(outDir, 'taiyuan-xiaodian/2024/index.html'), 'utf8');
    expect(page).not.toContain('data-pdf-link');
    expect(page).not.toContain('href="/pdf/');
    // npm run pdf describes the editions from content/, as the build does, and prints them from the built pages.
    const output = run(process.execPath, [join(ROOT, 'scripts/pdf.ts'), '--dir', outDir]);
    const lines = output.split('\n').filter((line) => /\.pdf\s/.test(line));
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/pdf\/taiyuan-xiaodian-2024-(zh|en|bilingual)\.pdf {2}\d+(\.\d)? (KB|MB) {2}\d+\.\d s/);
    for (const id of ['zh', 'en', 'bilingual']) expect(existsSync(join(outDir, `pdf/taiyuan-xiaodian-2024-${id}.pdf`))).toBe(true);
  });
});
