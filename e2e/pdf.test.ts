/**
 * The print edition. Each PDF is read back with poppler and pdf-lib against
 * the report's own files: every paragraph in order, then every glossary note;
 * bookmarks from its headings; A4, numbered and filled pages, embedded fonts,
 * tags, and the metadata describeEditions gives it from the content (the one
 * description the build, `npm run pdf` and the pages' links share). Checked on the real site (PDFs made
 * by the build) and on a fixture report (PDFs made afterwards by `npm run pdf`,
 * under a sub-path). Also: the print stylesheet in Chromium (fixture report), the
 * report pages' links to their PDFs (real site), and the fixture site's
 * deployment without PDFs followed by `npm run pdf`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { listReportIds, readReport } from '../src/content/report-files-fs.ts';
import { translatorFor } from '../src/i18n/translator.ts';
import type { PdfEditionManifest } from '../src/integrations/pdf/editions.ts';
import { formatFileSize } from '../src/integrations/pdf/fill-sizes.ts';
import { readOutline } from '../src/integrations/pdf/outline.ts';
import { describeSiteEditions } from '../src/integrations/pdf/site-editions.ts';
import { missingPages, readBuiltBase } from '../src/integrations/shared/built-site-fs.ts';
import { readSiteModel } from '../src/integrations/shared/site-model-fs.ts';
import {
  bodyText,
  columnTexts,
  languageOf,
  loadPdf,
  missingInOrder,
  normalise,
  pageTexts,
  pdfText,
  reportText,
  run,
  type ReportText,
  unembeddedFonts,
} from './pdf-reading.ts';
import { contentDir } from './report-files.ts';
import { describe, expect, siteDir, siteUrl, test, type Site } from './test-utils.ts';

/** The real site's first report. */
const realReport = listReportIds(contentDir('real'))[0] ?? '';

/** The reports whose PDFs are read back: a real report (made by the build), and the fixture with a partial translation (by npm run pdf). */
const REPORTS = [
  { site: 'real', reportId: realReport, content: contentDir('real') },
  { site: 'fixtures', reportId: 'jinyang-fenhe/2025', content: contentDir() },
] as const satisfies readonly { site: Site; reportId: string; content: string }[];

/**
 * Every PDF edition of a built site, described from the content it was built from
 * by the function its pages link them with and its PDF step prints them with
 * (describeSiteEditions), under the base its home page declares.
 */
function siteEditions(site: Site): { base: string; editions: PdfEditionManifest[] } {
  const base = readBuiltBase(siteDir(site));
  if (base === undefined) throw new Error(`${siteDir(site)}: its home page declares no base`);
  return { base, editions: describeSiteEditions(readSiteModel(contentDir(site)), base) };
}
const described = { real: siteEditions('real'), fixtures: siteEditions('fixtures') } as const;

/** The editions of one report (`<region>/<year>`), in the order its pages link them. */
function reportEditions(site: Site, reportId: string): PdfEditionManifest[] {
  const prefix = `${reportId.replace('/', '-')}-`;
  return described[site].editions.filter((edition) => edition.id.startsWith(prefix));
}

const pdfFile = (site: Site, id: string) => join(siteDir(site), 'pdf', `${id}.pdf`);

/**
 * The bookmarks of the key-figures annex that a report with figures.json prints after its glossary: the annex,
 * then one table per kind and year, the results first (in the edition page's language; the bilingual one is Chinese).
 */
function annexBookmarks(content: string, reportId: string, lang: 'zh-CN' | 'en'): string[] {
  const figures = readReport(content, reportId).figures?.file.figures.filter((figure) => figure.indicator !== undefined) ?? [];
  if (figures.length === 0) return [];
  const groups = [...new Set(figures.map((figure) => `${figure.kind === 'result' ? 0 : 1} ${figure.year}`))].sort();
  const t = translatorFor(lang);
  return [
    `1 ${t('figures.annex')}`,
    ...groups.map((group) => {
      const [kind = '', year = ''] = group.split(' ');
      return `2 ${t(kind === '0' ? 'figures.results' : 'figures.targets', { year })}`;
    }),
  ];
}

describe.each(REPORTS)('PDF editions of $reportId ($site site)', ({ site, reportId, content }) => {
  const text = reportText(content, reportId);
  const editions = reportEditions(site, reportId);
  const edition = (kind: PdfEditionManifest['edition']) => {
    const found = editions.find((candidate) => candidate.edition === kind);
    if (!found) throw new Error(`${reportId} declares no ${kind} edition`);
    return pdfFile(site, found.id);
  };

  test('the report has a Chinese, an English and a side-by-side edition, and the site a page for each', () => {
    expect(editions.map((candidate) => candidate.edition)).toEqual(['zh', 'en', 'bilingual']);
    expect(
      missingPages(
        siteDir(site),
        described[site].base,
        editions.map((candidate) => candidate.page),
      ),
    ).toEqual([]);
  });

  test('the Chinese PDF has every paragraph in order, then every glossary note; markers print after their term', async () => {
    const file = edition('zh');
    const raw = pdfText(file);
    expect(missingInOrder(bodyText(raw, (await loadPdf(file)).getTitle() ?? ''), [...text.zh, ...text.zhNotes])).toEqual([]);
    expect(text.zhMarker).toBeDefined();
    expect(raw.replace(/\s+/g, '')).toContain(text.zhMarker);
  });

  test('the English PDF has every translated paragraph in order, then every glossary note; markers print after their term', async () => {
    const file = edition('en');
    expect(text.en.length).toBeGreaterThan(0);
    const raw = pdfText(file);
    expect(missingInOrder(bodyText(raw, (await loadPdf(file)).getTitle() ?? ''), [...text.en, ...text.enNotes])).toEqual([]);
    if (text.enMarker) expect(normalise(raw)).toContain(normalise(text.enMarker));
  });

  test('the side-by-side PDF has the Chinese in the left column and the English in the right, in order, and both glossaries', async () => {
    const file = edition('bilingual');
    const runningHead = (await loadPdf(file)).getTitle() ?? '';
    const { left, right } = columnTexts(file);
    expect(missingInOrder(bodyText(left, runningHead), text.zh)).toEqual([]);
    expect(missingInOrder(bodyText(right, runningHead), text.en)).toEqual([]);
    const whole = bodyText(pdfText(file), runningHead);
    expect(missingInOrder(whole, text.zhNotes)).toEqual([]);
    expect(missingInOrder(whole, text.enNotes)).toEqual([]);
  });

  test.each(['zh', 'en', 'bilingual'] as const)(
    'the %s PDF: A4 pages, each numbered and filled, fonts embedded, tagged, with the declared metadata',
    async (kind) => {
      const declared = editions.find((candidate) => candidate.edition === kind);
      const file = edition(kind);
      const document = await loadPdf(file);
      const pages = document.getPageCount();
      for (const page of document.getPages()) {
        const { width, height } = page.getSize();
        expect(width).toBeCloseTo(595, 0);
        expect(height).toBeCloseTo(842, 0);
      }
      // Every page shows "n/N"; none but the last is less than a third as full as the fullest (no blank or near-empty pages).
      const texts = pageTexts(file, pages);
      texts.forEach((page, index) => expect(page, `page ${index + 1}`).toContain(`${index + 1}/${pages}`));
      const fullest = Math.max(...texts.map((page) => page.length));
      expect(texts.slice(0, -1).filter((page) => page.length < fullest / 3)).toEqual([]);
      expect(unembeddedFonts(file)).toEqual([]);
      expect(run('pdfinfo', [file])).toMatch(/^Tagged:\s+yes$/m);
      expect({
        title: document.getTitle(),
        author: document.getAuthor(),
        subject: document.getSubject(),
        keywords: document.getKeywords(),
        lang: languageOf(document),
        creator: document.getCreator(),
      }).toEqual({
        title: declared?.title,
        author: declared?.author,
        subject: declared?.subject,
        keywords: declared?.keywords.join(' '),
        lang: declared?.lang,
        creator: 'Baogao',
      });
    },
  );

  test.each(['zh', 'en', 'bilingual'] as const)(
    'the %s PDF has bookmarks: the title, every heading at its depth, the glossary',
    async (kind) => {
      const outline = readOutline(await loadPdf(edition(kind)));
      const title = (heading: ReportText['headings'][number]) =>
        kind === 'zh' ? heading.zh : kind === 'en' ? (heading.en ?? heading.zh) : heading.en ? `${heading.zh} / ${heading.en}` : heading.zh;
      expect(outline[0]?.depth).toBe(0);
      expect(outline.slice(1).map((entry) => `${entry.depth} ${entry.title}`)).toEqual([
        ...text.headings.map((heading) => `${heading.depth - 1} ${title(heading)}`),
        `1 ${kind === 'en' ? 'Glossary' : '名词解释'}`,
        ...annexBookmarks(content, reportId, kind === 'en' ? 'en' : 'zh-CN'),
      ]);
    },
  );
});

describe('print stylesheet (fixture report)', () => {
  const REPORT = '/jinyang-fenhe/2025/';
  /**
   * Site chrome that print.css hides (structural hooks, on purpose: print.css names them), and a paragraph's other
   * language (its control and, once shown, its text: a page prints its own language).
   */
  const CHROME = [
    '.site-header',
    '.site-footer',
    '.view-switch',
    '.toc',
    '.site-search',
    '.theme-switch',
    '.report-cite',
    '.other-lang',
    '.other-lang-text',
  ];
  const visibleCount = (page: Page, selector: string) =>
    page.locator(selector).evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length);

  test.for([REPORT, `/en${REPORT}`, `${REPORT}parallel/`, `${REPORT}interleaved/`])(
    '%s prints without site chrome, with paragraph numbers, glossary markers and the glossary, light in the dark theme',
    async (path, { open }) => {
      const page = await open(path, { colorScheme: 'dark' });
      const other = page.locator('button.other-lang').first();
      if (await other.isVisible()) {
        await other.click();
        await expect.poll(() => visibleCount(page, '.other-lang-text > *')).toBe(1);
      }
      const onScreen = [];
      for (const chrome of CHROME) if ((await visibleCount(page, chrome)) > 0) onScreen.push(chrome);
      // The chrome is there on screen, so its absence in print means something.
      expect(onScreen).toEqual(expect.arrayContaining(['.site-header', '.site-footer', '.view-switch', '.site-search']));
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      for (const chrome of onScreen) expect(await visibleCount(page, chrome), chrome).toBe(0);
      const block = page.locator('#p3');
      await expect(block.locator('.pnum').isVisible()).resolves.toBe(true);
      await expect(block.locator('.pnum').textContent()).resolves.toBe(await block.getAttribute('data-number'));
      await expect(block.locator('a.gloss-ref .gloss-n').first().isVisible()).resolves.toBe(true);
      await expect(page.locator('.glossary-section').isVisible()).resolves.toBe(true);
      const entries = await page.locator('.gloss-entry').count();
      expect(entries).toBeGreaterThan(0);
      await expect(visibleCount(page, '.gloss-entry')).resolves.toBe(entries);
      const colours = await block.evaluate((element) => ({
        background: getComputedStyle(document.documentElement).backgroundColor,
        text: getComputedStyle(element.querySelector('p') ?? element).color,
      }));
      expect(colours).toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });
    },
  );

  test('the side-by-side view prints as two aligned columns at A4 width', async ({ open }) => {
    // A4 less the side margins is about 660 CSS px: narrower than the screen layout's two-column breakpoint.
    const page = await open(`${REPORT}parallel/`, { viewport: { width: 660, height: 900 } });
    await page.emulateMedia({ media: 'print' });
    const boxes = await page.locator('#p3').evaluate((pair) => {
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
  });

  test('external links print their address; internal anchors and glossary markers do not', async ({ open }) => {
    // The English page: its glossary has the source notes.
    const page = await open(`/en${REPORT}`);
    await page.emulateMedia({ media: 'print' });
    const after = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element, '::after').content);
    await expect(page.locator('.gloss-source').count()).resolves.toBeGreaterThan(0);
    await page.evaluate(() => {
      // A stand-in external link in the glossary notes, as the source notes and the about page have.
      const link = Object.assign(document.createElement('a'), { href: 'https://example.org/source', textContent: 'source' });
      document.querySelector('.gloss-source')?.append(link);
    });
    await expect(after('.gloss-source a[href^="https:"]')).resolves.toMatch(/attr\(href\)|example\.org\/source/);
    await expect(after('a.pnum')).resolves.toBe('none');
    await expect(after('a.gloss-ref')).resolves.toBe('none');
  });
});

describe('links to the PDFs (real site)', () => {
  test('every view of a report links each declared edition with its size, and the link fetches that file; print hides the links', async ({
    open,
  }) => {
    const byReport = Map.groupBy(described.real.editions, (edition) => edition.id.replace(/-(zh|en|bilingual)$/, ''));
    expect(byReport.size).toBeGreaterThan(0);
    for (const editions of byReport.values()) {
      for (const { page: path } of editions) {
        const page = await open(path, { site: 'real' });
        const list = page.getByRole('list', { name: /PDF/ });
        const links = await list
          .getByRole('link')
          .evaluateAll((anchors) =>
            anchors.map((anchor) => ({ href: anchor.getAttribute('href') ?? '', text: anchor.textContent.replace(/\s+/g, ' ') })),
          );
        expect(links.map((link) => link.href)).toEqual(editions.map((edition) => edition.href));
        for (const [index, link] of links.entries()) {
          const bytes = statSync(pdfFile('real', editions[index]?.id ?? '')).size;
          expect(link.text, path).toContain(formatFileSize(bytes));
          const response = await fetch(siteUrl(link.href, 'real'));
          expect(response.status).toBe(200);
          expect(response.headers.get('content-type')).toBe('application/pdf');
          expect((await response.arrayBuffer()).byteLength).toBe(bytes);
        }
        await page.emulateMedia({ media: 'print' });
        await expect(list.isVisible()).resolves.toBe(false);
      }
    }
  });
});

describe('a site built without PDFs (BAOGAO_PDF=0), then npm run pdf (the fixture site, under /sub/path/)', () => {
  const declared = described.fixtures.editions;

  test('the build made no PDF and its pages link none; the editions its content describes are under the base its pages declare', () => {
    expect(inject('fixturesPdfRun').builtPdfs).toBe(false);
    expect(described.fixtures.base).toBe('/sub/path/');
    expect(declared.length).toBeGreaterThan(0);
    expect(
      missingPages(
        siteDir(),
        '/sub/path/',
        declared.map((edition) => edition.page),
      ),
    ).toEqual([]);
    const reportPages = declared.map((edition) => join(siteDir(), edition.page.replace(/^\/sub\/path\//, ''), 'index.html'));
    for (const file of reportPages) expect(readFileSync(file, 'utf8'), file).not.toContain('data-pdf-link');
    for (const edition of declared) expect(edition.href).toMatch(/^\/sub\/path\/pdf\/[\w-]+\.pdf$/);
    // A report without any English has only its Chinese edition.
    expect(declared.filter((edition) => edition.id.startsWith('jinyang-hexi-2024-')).map((edition) => edition.edition)).toEqual(['zh']);
  });

  test('npm run pdf then made every declared edition, one progress line each, and says the pages link none', async () => {
    const output = inject('fixturesPdfRun').output;
    const lines = output.split('\n').filter((line) => /\.pdf\s/.test(line));
    expect(lines.map((line) => /pdf\/([\w-]+)\.pdf/.exec(line)?.[1]).sort()).toEqual(declared.map((edition) => edition.id).sort());
    for (const line of lines) expect(line).toMatch(/pdf\/[\w-]+\.pdf {2}\d+(\.\d)? (KB|MB) {2}\d+\.\d s$/);
    expect(output).toContain('BAOGAO_PDF=0');
    for (const edition of declared) {
      const response = await fetch(siteUrl(edition.href.replace(/^\/sub\/path\//, '/')));
      expect(response.status, edition.href).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
    }
    expect(existsSync(pdfFile('fixtures', 'jinyang-hexi-2024-en'))).toBe(false);
  });

  test('a formula prints as math (the fixture with a formula)', () => {
    expect(pdfText(pdfFile('fixtures', 'jinyang-hexi-2024-zh'))).toMatch(/𝑉\s*2024\s*𝑉\s*2023/);
  });
});
