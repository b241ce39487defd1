/**
 * Citations: permalinks with a visible confirmation, the cite box, metadata
 * that Zotero and social previews read, share pages that land on the paragraph.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { openPage, siteUrl, useBrowser } from './browser.ts';

const browser = useBrowser();
const REPORT = '/taiyuan-xiaodian/2024/';

function builtHtml(path: string): string {
  return readFileSync(join(inject('siteDir'), path, 'index.html'), 'utf8');
}

function metaContent(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`<meta (?:name|property)="${name}" content="([^"]*)"`, 'g'))].map((match) => match[1] ?? '');
}

describe('permalinks', () => {
  test('the margin number opens the paragraph actions; copying the link confirms visibly and puts the permalink on the clipboard', async () => {
    const page = await openPage(browser(), REPORT, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.locator('#p12 > a.pnum').click();
    const menu = page.getByRole('group', { name: '第 1.10 段：链接与引用' });
    await expect(menu.isVisible()).resolves.toBe(true);
    await menu.getByRole('button', { name: '复制本段链接' }).click();
    // Copying is asynchronous (the Clipboard API): wait for the confirmation.
    await expect.poll(() => menu.textContent()).toContain('链接已复制');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(siteUrl(`${REPORT}#p12`));
    expect(new URL(page.url()).hash).toBe('#p12');
    await page.context().close();
  });

  test('a selected sentence can be linked with a text fragment', async () => {
    const page = await openPage(browser(), REPORT, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.evaluate(() => {
      const text = document.querySelector('#p13 > p')?.firstChild;
      if (!text) return;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 20);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    });
    await page.locator('#p13 > a.pnum').click();
    await page.getByRole('button', { name: '复制所选句子的链接' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${siteUrl(REPORT)}#p13:~:text=${encodeURIComponent('同时，我们也清醒地认识到，政府工作还面临')}`);
    await page.context().close();
  });

  test('the same id addresses the paragraph in every language and view', async () => {
    for (const path of [REPORT, `/en${REPORT}`, `${REPORT}parallel/`, `/en${REPORT}interleaved/`]) {
      const page = await openPage(browser(), `${path}#p12`);
      await expect(page.locator('#p12').evaluate((element) => element.matches(':target'))).resolves.toBe(true);
      await page.context().close();
    }
  });

  test('every heading and glossary entry has a permalink control too', async () => {
    const page = await openPage(browser(), REPORT);
    await expect(page.locator('#s4 > a.pnum').getAttribute('href')).resolves.toBe('#s4');
    const entry = page.getByRole('link', { name: '名词解释第 1 条的链接' });
    await expect(entry.getAttribute('href')).resolves.toBe('#g-hui-shang-bao');
    await entry.click();
    expect(new URL(page.url()).hash).toBe('#g-hui-shang-bao');
    await page.context().close();
  });

  test('without JavaScript the number is a plain permalink', async () => {
    const page = await openPage(browser(), REPORT, { javaScriptEnabled: false });
    await page.locator('#p12 > a.pnum').click();
    expect(new URL(page.url()).hash).toBe('#p12');
    await page.context().close();
  });
});

describe('cite box', () => {
  test('the cite page gives every format with copy buttons, in the reader’s language', async () => {
    const page = await openPage(browser(), `${REPORT}cite/p12/`, { permissions: ['clipboard-read', 'clipboard-write'] });
    const text = (id: string) => page.locator(`#cite-p12-${id}`).innerText();
    await expect(text('gbt7714')).resolves.toMatch(
      /^太原市小店区人民政府\. 政府工作报告\[R\/OL\]\. \(2024-02-21\)\[\d{4}-\d{2}-\d{2}\]\. https:\/\/baogao\.example\.org\/taiyuan-xiaodian\/2024\/#p12\.$/,
    );
    await expect(text('apa')).resolves.toBe(
      '太原市小店区人民政府. (2024). 政府工作报告. https://baogao.example.org/taiyuan-xiaodian/2024/#p12',
    );
    await expect(text('chicago')).resolves.toBe(
      '太原市小店区人民政府. 政府工作报告. 太原市小店区人民政府, 2024. https://baogao.example.org/taiyuan-xiaodian/2024/#p12.',
    );
    await expect(text('mla')).resolves.toBe(
      '政府工作报告. 太原市小店区人民政府, 2024年2月21日, https://baogao.example.org/taiyuan-xiaodian/2024/#p12.',
    );
    await expect(text('bibtex')).resolves.toMatch(
      /^@report\{taiyuanxiaodian2024gwr_p12,[\s\S]*title = \{政府工作报告\}[\s\S]*url = \{https:\/\/baogao\.example\.org\/taiyuan-xiaodian\/2024\/#p12\}/,
    );
    await expect(text('ris')).resolves.toMatch(
      /^TY {2}- RPRT\n[\s\S]*TI {2}- 政府工作报告\n[\s\S]*UR {2}- https:\/\/baogao\.example\.org\/taiyuan-xiaodian\/2024\/#p12\n[\s\S]*ER {2}- ?$/,
    );
    await expect(text('url')).resolves.toBe('https://baogao.example.org/taiyuan-xiaodian/2024/#p12');
    await expect(text('embed')).resolves.toMatch(
      /^<blockquote cite="https:\/\/baogao\.example\.org\/taiyuan-xiaodian\/2024\/#p12" lang="zh-CN">\n {2}<p>各位代表！回望过去的一年/,
    );
    await expect(text('share')).resolves.toBe('https://baogao.example.org/taiyuan-xiaodian/2024/p12/');
    const copy = page.locator('.cite-format', { hasText: 'GB/T 7714-2015' }).getByRole('button', { name: '复制' });
    await copy.click();
    await expect.poll(() => copy.textContent()).toContain('已复制');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toContain('[R/OL]');
    await page.context().close();
  });

  test('English cite page marks the translation as unofficial', async () => {
    const page = await openPage(browser(), `/en${REPORT}cite/p12/`);
    await expect(page.locator('#cite-p12-apa').innerText()).resolves.toBe(
      'Xiaodian District People’s Government of Taiyuan. (2024). Report on the Work of the Government (Baogao, Trans.) [Unofficial translation]. https://baogao.example.org/en/taiyuan-xiaodian/2024/#p12 (Original work published as 政府工作报告)',
    );
    await page.context().close();
  });

  test('the report page has a report cite box and links to every paragraph’s cite page, without JavaScript', async () => {
    const page = await openPage(browser(), REPORT, { javaScriptEnabled: false });
    await page.locator('.report-cite > summary').click();
    await expect(page.locator('#cite-report-gbt7714').innerText()).resolves.toMatch(
      /^太原市小店区人民政府\. 政府工作报告\[R\/OL\]\. \(2024-02-21\)/,
    );
    await expect(page.locator('.cite-paragraphs a').count()).resolves.toBe(53);
    await page.context().close();
  });
});

describe('metadata', () => {
  test('citation_* tags let Zotero save the page as a Report', () => {
    const html = builtHtml('taiyuan-xiaodian/2024');
    expect(metaContent(html, 'citation_title')).toEqual(['政府工作报告']);
    expect(metaContent(html, 'citation_author')).toEqual(['太原市小店区人民政府']);
    expect(metaContent(html, 'citation_publication_date')).toEqual(['2024/02/21']);
    expect(metaContent(html, 'citation_language')).toEqual(['zh']);
    expect(metaContent(html, 'citation_technical_report_institution')).toEqual(['太原市小店区人民政府']);
    expect(metaContent(html, 'citation_public_url')).toEqual(['https://baogao.example.org/taiyuan-xiaodian/2024/']);
    const english = builtHtml('en/taiyuan-xiaodian/2024');
    expect(metaContent(english, 'citation_title')).toEqual(['Report on the Work of the Government']);
    expect(metaContent(english, 'citation_author')).toEqual(["Xiaodian District People's Government of Taiyuan"]);
    expect(metaContent(english, 'citation_language')).toEqual(['en']);
  });

  test('schema.org JSON-LD describes the report and, in English, the work it translates', () => {
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(builtHtml('en/taiyuan-xiaodian/2024'))?.[1] ?? '{}';
    expect(JSON.parse(json)).toMatchObject({
      '@type': 'Report',
      author: { '@type': 'GovernmentOrganization', name: "Xiaodian District People's Government of Taiyuan" },
      datePublished: '2024-02-21',
      inLanguage: 'en',
      translationOfWork: { name: '政府工作报告', inLanguage: 'zh-CN' },
    });
  });

  test('OpenGraph and Twitter cards point at a generated 1200×630 preview image', () => {
    const html = builtHtml('taiyuan-xiaodian/2024');
    expect(metaContent(html, 'og:image')).toEqual(['https://baogao.example.org/og/taiyuan-xiaodian-2024.png']);
    expect(metaContent(html, 'twitter:card')).toEqual(['summary_large_image']);
    const png = readFileSync(join(inject('siteDir'), 'og/taiyuan-xiaodian-2024.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

describe('share (quote) pages', () => {
  test("preview the paragraph's own text", () => {
    const html = builtHtml('taiyuan-xiaodian/2024/p12');
    expect(metaContent(html, 'og:description')[0]).toMatch(/^各位代表！回望过去的一年/);
    expect(metaContent(html, 'og:title')[0]).toBe('太原市小店区 · 2024 · 政府工作报告 · 1.10');
    expect(metaContent(builtHtml('en/taiyuan-xiaodian/2024/p12'), 'og:description')[0]).toMatch(
      /^Fellow Deputies, looking back on the past year/,
    );
  });

  for (const javaScriptEnabled of [true, false]) {
    test(`take a person to the paragraph in the full report (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const page = await openPage(browser(), `${REPORT}p12/`, { javaScriptEnabled });
      await page.waitForURL(/\/taiyuan-xiaodian\/2024\/#p12$/);
      await expect(page.locator('#p12').evaluate((element) => element.matches(':target'))).resolves.toBe(true);
      await page.context().close();
    });
  }
});
