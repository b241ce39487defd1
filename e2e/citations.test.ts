/**
 * Citations, on a fixture report deployed under /sub/path/: permalinks with a
 * visible confirmation, the cite box, metadata that Zotero and social previews
 * read, share pages that land on the paragraph. The expected citations are the
 * fixture's own facts (晋阳市汾河县, 2025-01-08), written out here once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainText, reportFiles } from './report-files.ts';
import { describe, expect, siteDir, siteUrl, test } from './test-utils.ts';

const REPORT = '/jinyang-fenhe/2025/';
const files = reportFiles('jinyang-fenhe/2025');
/** The public address of a page of the fixture site (BAOGAO_SITE's default origin, the sub-path base). */
const PUBLIC = 'https://baogao.example.org/sub/path/jinyang-fenhe/2025/';
const AUTHOR = '晋阳市汾河县人民政府';
const AUTHOR_EN = "Fenhe County People's Government of Jinyang";
/** A paragraph with a translation and a glossary term. */
const ID = 'p3';
const paragraph = files.blocks.find((block) => block.id === ID);
if (!paragraph) throw new Error(`the fixture report has no ${ID}`);
const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };

function builtHtml(path: string): string {
  return readFileSync(join(siteDir(), path, 'index.html'), 'utf8');
}

function metaContent(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`<meta (?:name|property)="${name}" content="([^"]*)"`, 'g'))].map((match) => match[1] ?? '');
}

describe('permalinks', () => {
  test('the margin number opens the paragraph actions; copying the link confirms visibly and puts the permalink on the clipboard', async ({
    open,
  }) => {
    const page = await open(REPORT, CLIPBOARD);
    const number = await page.locator(`#${ID}`).getAttribute('data-number');
    await page.getByRole('link', { name: `第 ${number} 段的链接` }).click();
    const menu = page.getByRole('group', { name: `第 ${number} 段：链接与引用` });
    // The menu comes with the on-demand code (and its styles), which the first press may still be loading.
    await expect.poll(() => menu.isVisible()).toBe(true);
    await menu.getByRole('button', { name: '复制本段链接' }).click();
    // Copying is asynchronous (the Clipboard API): wait for the confirmation.
    await expect.poll(() => menu.textContent()).toContain('链接已复制');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(siteUrl(`${REPORT}#${ID}`));
    expect(new URL(page.url()).hash).toBe(`#${ID}`);
  });

  test('a selected sentence can be linked with a text fragment', async ({ open }) => {
    const page = await open(REPORT, CLIPBOARD);
    // The start of a paragraph that begins with plain text.
    const block = files.blocks.find((candidate) => candidate.kind === 'paragraph' && /^[^*<]{12}/.test(candidate.markdown));
    const selected = block?.markdown.slice(0, 12) ?? '';
    await page.locator(`#${block?.id} > p`).evaluate((element, length) => {
      const text = element.firstChild;
      if (!text) return;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    }, selected.length);
    await page.locator(`#${block?.id} > a.pnum`).click();
    await page.getByRole('button', { name: '复制所选句子的链接' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${siteUrl(REPORT)}#${block?.id}:~:text=${encodeURIComponent(selected)}`);
  });

  test('the same id addresses the paragraph in every language and view', async ({ open }) => {
    for (const path of [REPORT, `/en${REPORT}`, `${REPORT}parallel/`, `/en${REPORT}interleaved/`]) {
      const page = await open(`${path}#${ID}`);
      await expect(
        page.locator(`#${ID}`).evaluate((element) => element.matches(':target')),
        path,
      ).resolves.toBe(true);
    }
  });

  test('every heading and glossary entry has a permalink control too', async ({ open }) => {
    const page = await open(REPORT);
    const heading = files.blocks.find((block) => block.kind === 'heading');
    await expect(page.locator(`#${heading?.id}`).getByRole('link', { name: '本节链接' }).getAttribute('href')).resolves.toBe(
      `#${heading?.id}`,
    );
    const entry = page.getByRole('link', { name: '名词解释第 1 条的链接' });
    await expect(entry.getAttribute('href')).resolves.toBe(`#g-${files.glossary[0]?.key}`);
    await entry.click();
    expect(new URL(page.url()).hash).toBe(`#g-${files.glossary[0]?.key}`);
  });

  test('without JavaScript the number is a plain permalink', async ({ open }) => {
    const page = await open(REPORT, { javaScriptEnabled: false });
    const number = await page.locator(`#${ID}`).getAttribute('data-number');
    await page.getByRole('link', { name: `第 ${number} 段的链接` }).click();
    expect(new URL(page.url()).hash).toBe(`#${ID}`);
  });
});

describe('cite box', () => {
  test('the cite page gives every format with copy buttons, in the reader’s language, with the public address under the base', async ({
    open,
  }) => {
    const page = await open(`${REPORT}cite/${ID}/`, CLIPBOARD);
    const text = (format: string) => page.locator(`#cite-${ID}-${format}`).innerText();
    const url = `${PUBLIC}#${ID}`;
    await expect(text('gbt7714')).resolves.toMatch(
      new RegExp(`^${AUTHOR}\\. 政府工作报告\\[R/OL\\]\\. \\(2025-01-08\\)\\[\\d{4}-\\d{2}-\\d{2}\\]\\. ${RegExp.escape(url)}\\.$`),
    );
    await expect(text('apa')).resolves.toBe(`${AUTHOR}. (2025). 政府工作报告. ${url}`);
    await expect(text('chicago')).resolves.toBe(`${AUTHOR}. 政府工作报告. ${AUTHOR}, 2025. ${url}.`);
    await expect(text('mla')).resolves.toBe(`政府工作报告. ${AUTHOR}, 2025年1月8日, ${url}.`);
    await expect(text('bibtex')).resolves.toMatch(
      new RegExp(`^@report\\{jinyangfenhe2025gwr_${ID},[\\s\\S]*title = \\{政府工作报告\\}[\\s\\S]*url = \\{${RegExp.escape(url)}\\}`),
    );
    await expect(text('ris')).resolves.toMatch(
      new RegExp(`^TY {2}- RPRT\\n[\\s\\S]*TI {2}- 政府工作报告\\n[\\s\\S]*UR {2}- ${RegExp.escape(url)}\\n[\\s\\S]*ER {2}- ?$`),
    );
    await expect(text('url')).resolves.toBe(url);
    await expect(text('embed')).resolves.toMatch(
      new RegExp(`^<blockquote cite="${RegExp.escape(url)}" lang="zh-CN">\\n {2}<p>${RegExp.escape(plainText(paragraph.markdown))}</p>`),
    );
    await expect(text('share')).resolves.toBe(`${PUBLIC}${ID}/`);
    const copy = page.locator('.cite-format', { hasText: 'GB/T 7714-2015' }).getByRole('button', { name: '复制' });
    await copy.click();
    await expect.poll(() => copy.textContent()).toContain('已复制');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toContain('[R/OL]');
  });

  test('the English cite page marks the translation as unofficial', async ({ open }) => {
    const page = await open(`/en${REPORT}cite/${ID}/`);
    await expect(page.locator(`#cite-${ID}-apa`).innerText()).resolves.toBe(
      `${AUTHOR_EN.replace("'", '’')}. (2025). Report on the Work of the Government (Baogao, Trans.) [Unofficial translation]. https://baogao.example.org/sub/path/en/jinyang-fenhe/2025/#${ID} (Original work published as 政府工作报告)`,
    );
  });

  test('the report page links its cite page: every format of the report and every paragraph’s cite page, without JavaScript', async ({
    open,
  }) => {
    const page = await open(REPORT, { javaScriptEnabled: false });
    await page.locator('.report-cite').getByRole('link', { name: '引用本报告' }).click();
    await page.waitForURL((url) => url.pathname === `/sub/path${REPORT}cite/`);
    await expect(page.locator('#cite-report-gbt7714').innerText()).resolves.toMatch(
      new RegExp(`^${AUTHOR}\\. 政府工作报告\\[R/OL\\]\\. \\(2025-01-08\\)`),
    );
    const paragraphs = files.blocks.filter((block) => block.kind === 'paragraph');
    const links = page.locator('.cite-paragraphs').getByRole('link', { name: /^引用第 [\d.]+ 段$/ });
    await expect(links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).resolves.toEqual(
      paragraphs.map((block) => `/sub/path${REPORT}cite/${block.id}/`),
    );
    await page.getByRole('link', { name: '← 返回报告' }).click();
    await page.waitForURL((url) => url.pathname === `/sub/path${REPORT}`);
  });
});

describe('metadata', () => {
  test('citation_* tags let Zotero save the page as a Report', () => {
    const html = builtHtml('jinyang-fenhe/2025');
    expect(metaContent(html, 'citation_title')).toEqual([files.meta.title]);
    expect(metaContent(html, 'citation_author')).toEqual([AUTHOR]);
    expect(metaContent(html, 'citation_publication_date')).toEqual([files.meta.deliveredOn.replaceAll('-', '/')]);
    expect(metaContent(html, 'citation_language')).toEqual(['zh']);
    expect(metaContent(html, 'citation_technical_report_institution')).toEqual([AUTHOR]);
    expect(metaContent(html, 'citation_public_url')).toEqual([PUBLIC]);
    const english = builtHtml('en/jinyang-fenhe/2025');
    expect(metaContent(english, 'citation_title')).toEqual([files.translation?.meta.title]);
    expect(metaContent(english, 'citation_author')).toEqual([AUTHOR_EN]);
    expect(metaContent(english, 'citation_language')).toEqual(['en']);
  });

  test('schema.org JSON-LD describes the report and, in English, the work it translates', () => {
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(builtHtml('en/jinyang-fenhe/2025'))?.[1] ?? '{}';
    expect(JSON.parse(json)).toMatchObject({
      '@type': 'Report',
      author: { '@type': 'GovernmentOrganization', name: AUTHOR_EN },
      datePublished: files.meta.deliveredOn,
      inLanguage: 'en',
      translationOfWork: { name: files.meta.title, inLanguage: 'zh-CN', url: PUBLIC },
    });
  });

  test('OpenGraph and Twitter cards point at a generated 1200×630 preview image', () => {
    const html = builtHtml('jinyang-fenhe/2025');
    expect(metaContent(html, 'og:image')).toEqual(['https://baogao.example.org/sub/path/og/jinyang-fenhe-2025.png']);
    expect(metaContent(html, 'twitter:card')).toEqual(['summary_large_image']);
    const png = readFileSync(join(siteDir(), 'og/jinyang-fenhe-2025.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

describe('share (quote) pages', () => {
  test("preview the paragraph's own text", () => {
    const html = builtHtml(`jinyang-fenhe/2025/${ID}`);
    expect(metaContent(html, 'og:description')).toEqual([plainText(paragraph.markdown)]);
    expect(metaContent(html, 'og:title')).toEqual([`晋阳市汾河县 · 2025 · ${files.meta.title} · 1.1`]);
    const english = files.translation?.blocks.find((block) => block.id === ID)?.en ?? '';
    expect(metaContent(builtHtml(`en/jinyang-fenhe/2025/${ID}`), 'og:description')[0]?.replaceAll('&quot;', '"')).toMatch(
      new RegExp(`^${RegExp.escape(plainText(english).slice(0, 60))}`),
    );
  });

  test.for([true, false])('take a person to the paragraph in the full report (JavaScript on: %s)', async (javaScriptEnabled, { open }) => {
    const page = await open(`${REPORT}${ID}/`, { javaScriptEnabled });
    await page.waitForURL((url) => url.pathname === `/sub/path${REPORT}` && url.hash === `#${ID}`);
    await expect(page.locator(`#${ID}`).evaluate((element) => element.matches(':target'))).resolves.toBe(true);
  });
});
