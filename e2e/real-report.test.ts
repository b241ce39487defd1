/**
 * The content test: the one place where the real report's own facts are
 * written down (the 2024 Xiaodian report in content/). A correction to its text
 * or translation breaks this file and no behaviour test. It checks that the
 * real site shows the report whole, names its issuer correctly in citations and
 * PDFs, reads on a phone, and that search finds what a reader should find in it
 * (the hand-checked evaluation set in search-eval/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeSiteEditions } from '../src/integrations/pdf/site-editions.ts';
import { readSiteModel } from '../src/integrations/shared/site-model-fs.ts';
import { loadPdf } from './pdf-reading.ts';
import { contentDir, pageText, reportFiles } from './report-files.ts';
import { describe, expect, searchResults, siteDir, test } from './test-utils.ts';

const REPORT = '/taiyuan-xiaodian/2024/';
const files = reportFiles('taiyuan-xiaodian/2024', 'real');
const builtHtml = (path: string) => readFileSync(join(siteDir('real'), path, 'index.html'), 'utf8');
const metaContent = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`<meta (?:name|property)="${name}" content="([^"]*)"`, 'g'))].map((match) => match[1] ?? '');

describe('the 2024 Xiaodian report', () => {
  test('its files hold 3 parts, 6 sections, 53 paragraphs and a 15-entry glossary, translated in full', () => {
    const count = (kind: string, depth = 0) => files.blocks.filter((block) => block.kind === kind && block.depth === depth).length;
    expect([count('heading', 2), count('heading', 3), count('paragraph')]).toEqual([3, 6, 53]);
    expect(files.glossary).toHaveLength(15);
    expect(files.translation?.blocks.filter((block) => block.en.trim() !== '')).toHaveLength(files.blocks.length);
    expect(files.translation?.glossary).toHaveLength(15);
  });

  test('the report page shows its title block and every block and glossary entry of its files, in order', async ({ open }) => {
    const page = await open(REPORT, { site: 'real' });
    await expect(page.getByRole('main').getByRole('heading', { level: 1 }).textContent()).resolves.toBe('政府工作报告');
    await expect(page.locator('.dateline').textContent()).resolves.toContain('2024年2月21日在太原市小店区第六届人民代表大会第五次会议上');
    await expect(page.locator('[data-block]').evaluateAll((blocks) => blocks.map((block) => block.id))).resolves.toEqual(
      files.blocks.map((block) => block.id),
    );
    const shown = await page
      .locator('[data-block]')
      .evaluateAll((blocks) => blocks.map((block) => block.querySelector(':scope > p, :scope > h2, :scope > h3')?.textContent ?? ''));
    expect(shown).toEqual(files.blocks.map((block) => pageText(block.markdown)));
    await expect(page.locator('.gloss-entry').count()).resolves.toBe(files.glossary.length);
    // Paragraph numbers restart in each part: the twelfth block is paragraph 10 of part 1.
    await expect(page.locator('#p12').getAttribute('data-number')).resolves.toBe('1.10');
  });

  test('the 惠商保 note gives the definition, in Chinese and in English', async ({ open }) => {
    const zh = await open(REPORT, { site: 'real' });
    await zh.locator('#p6').getByRole('button', { name: '“惠商保”' }).click();
    await expect(zh.getByRole('dialog', { name: '名词解释：“惠商保”' }).textContent()).resolves.toContain('由财政出资发挥杠杆撬动作用');
    const en = await open(`/en${REPORT}`, { site: 'real' });
    await en
      .locator('#p6')
      .getByRole('button', { name: /Huishangbao/ })
      .click();
    await expect(en.getByRole('dialog', { name: /^Glossary note: / }).textContent()).resolves.toMatch(
      /Huishangbao[\s\S]*“惠商保”[\s\S]*insurance/,
    );
  });

  test('reads on a 320 px phone without horizontal scrolling, in every view', async ({ open }) => {
    for (const path of [REPORT, `/en${REPORT}`, `${REPORT}parallel/`, `${REPORT}interleaved/`]) {
      const page = await open(path, { site: 'real', viewport: { width: 320, height: 640 } });
      await expect(
        page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        path,
      ).resolves.toBeLessThanOrEqual(0);
    }
  });
});

describe('its review and revisions', () => {
  test('every paragraph is reviewed; the header says so, with the day of the independent review’s revisions', async ({ open }) => {
    const page = await open(`/en${REPORT}`, { site: 'real' });
    await expect(page.locator('.report-review').innerText()).resolves.toContain(
      '62 of 62 paragraphs reviewed, last revised November 30, 2026',
    );
    await expect(page.locator('.draft-label').count()).resolves.toBe(0);
  });

  test('the changes page lists the review of 2026-11-30: twelve paragraphs and seven glossary entries', async ({ open }) => {
    expect(files.translation?.revisions.map((revision) => `${revision.date} ${revision.id}`)).toEqual(
      [
        ...['p3', 'p5', 'p6', 'p7', 'p8', 'p10', 'p13', 'p18', 'p24', 'p29', 'p43', 'p46'],
        ...['hui-shang-bao', 'si-cheng-tong-chuang', 'zhi-gai-shu-zhuan', 'qian-wan-gong-cheng'].map((key) => `glossary:${key}`),
        ...['cheng-shi-she-qu-qian-ru-shi-fu-wu-she-shi', 'xin-zhi-sheng-chan-li', '543-ti-xi'].map((key) => `glossary:${key}`),
      ].map((id) => `2026-11-30 ${id}`),
    );
    const page = await open(`/en${REPORT}changes/`, { site: 'real' });
    const p8 = page.locator('#change-p8');
    // What a screen reader reads: each added run named as such.
    await expect(p8.locator('ins').allTextContents()).resolves.toEqual(['[added:survivor and disability ]', '[added:for entitled groups]']);
    await expect(p8.innerText()).resolves.toContain('Correction');
    // Notes name a paragraph by the number a reader sees beside it (2.2.3), never by its id in en.json (¶24, p24).
    for (const revision of files.translation?.revisions ?? []) expect(revision.note, revision.id).not.toMatch(/¶|\bp\d+\b/);
    await expect(page.locator('#change-p5 .change-note').innerText()).resolves.toContain('as in paragraph 2.2.3');
  });
});

describe('its issuer and date, as citations and PDFs give them', () => {
  test('citation metadata and JSON-LD', () => {
    const html = builtHtml('taiyuan-xiaodian/2024');
    expect(metaContent(html, 'citation_author')).toEqual(['太原市小店区人民政府']);
    expect(metaContent(html, 'citation_publication_date')).toEqual(['2024/02/21']);
    const english = builtHtml('en/taiyuan-xiaodian/2024');
    expect(metaContent(english, 'citation_title')).toEqual(['Report on the Work of the Government']);
    expect(metaContent(english, 'citation_author')).toEqual(["Xiaodian District People's Government of Taiyuan"]);
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(english)?.[1] ?? '{}';
    expect(JSON.parse(json)).toMatchObject({
      author: { name: "Xiaodian District People's Government of Taiyuan" },
      datePublished: '2024-02-21',
    });
  });

  test('the cite page of paragraph 1.10', async ({ open }) => {
    const page = await open(`${REPORT}cite/p12/`, { site: 'real' });
    await expect(page.locator('#cite-p12-apa').innerText()).resolves.toBe(
      '太原市小店区人民政府. (2024). 政府工作报告. https://baogao.example.org/taiyuan-xiaodian/2024/#p12',
    );
    await expect(page.locator('#cite-p12-embed').innerText()).resolves.toMatch(/<p>各位代表！回望过去的一年/);
    const english = await open(`/en${REPORT}cite/p12/`, { site: 'real' });
    await expect(english.locator('#cite-p12-apa').innerText()).resolves.toBe(
      'Xiaodian District People’s Government of Taiyuan. (2024). Report on the Work of the Government (Baogao, Trans.) [Unofficial translation]. https://baogao.example.org/en/taiyuan-xiaodian/2024/#p12 (Original work published as 政府工作报告)',
    );
    expect(metaContent(builtHtml('taiyuan-xiaodian/2024/p12'), 'og:title')).toEqual(['太原市小店区 · 2024 · 政府工作报告 · 1.10']);
  });

  test('the PDF editions: author, date and place', async () => {
    const editions = describeSiteEditions(readSiteModel(contentDir('real')), '/');
    const pdf = (edition: string) => loadPdf(join(siteDir('real'), 'pdf', `taiyuan-xiaodian-2024-${edition}.pdf`));
    expect(editions.map((edition) => edition.id)).toEqual(['zh', 'en', 'bilingual'].map((edition) => `taiyuan-xiaodian-2024-${edition}`));
    const zh = await pdf('zh');
    expect([zh.getTitle(), zh.getAuthor(), zh.getSubject()]).toEqual([
      '太原市小店区2024年政府工作报告',
      '太原市小店区人民政府',
      '2024年2月21日在太原市小店区第六届人民代表大会第五次会议上',
    ]);
    const en = await pdf('en');
    expect(en.getTitle()).toMatch(/^Report on the Work of the Government, Xiaodian District/);
    expect(en.getAuthor()).toBe("Xiaodian District People's Government of Taiyuan");
    expect(en.getSubject()).toContain('February 21, 2024');
    expect((await pdf('bilingual')).getAuthor()).toMatch(/^太原市小店区人民政府 \/ Xiaodian District/);
  });
});

interface EvaluationEntry {
  query: string;
  kind: string;
  /** Hand-checked: what a reader should find (search-eval/README.md). */
  relevant: string[];
  /** Where the search differs from that today, and why. */
  known?: { missed?: string[]; extra?: string[]; why: string };
}
const evaluation = JSON.parse(readFileSync(join(import.meta.dirname, 'search-eval/queries.json'), 'utf8')) as EvaluationEntry[];

describe('search on the evaluation set (search-eval/queries.json)', () => {
  test('has at least 40 queries, and at least 5 of every kind; its known differences are consistent', () => {
    expect(evaluation.length).toBeGreaterThanOrEqual(40);
    const kinds = Map.groupBy(evaluation, (entry) => entry.kind);
    expect(new Set(kinds.keys())).toEqual(new Set(['chinese', 'figure', 'english', 'glossary', 'multi-word', 'traditional']));
    for (const [kind, entries] of kinds) expect(entries.length, kind).toBeGreaterThanOrEqual(5);
    for (const { query, relevant, known } of evaluation) {
      for (const url of known?.missed ?? []) expect(relevant, query).toContain(url);
      for (const url of known?.extra ?? []) expect(relevant, query).not.toContain(url);
    }
  });

  test(
    'finds exactly the hand-checked blocks for every query, apart from the recorded known differences',
    { timeout: 180_000 },
    async ({ open }) => {
      const page = await open('/search/', { site: 'real' });
      const rows: string[] = [];
      const wrong: string[] = [];
      let found = 0;
      let relevantFound = 0;
      let relevantTotal = 0;
      for (const { query, relevant, known } of evaluation) {
        const results = await searchResults(page, query, { site: 'real' });
        const hits = results.filter((url) => relevant.includes(url));
        found += results.length;
        relevantFound += hits.length;
        relevantTotal += relevant.length;
        rows.push(
          `${query}\tP=${(results.length ? hits.length / results.length : 1).toFixed(2)}\tR=${(hits.length / relevant.length).toFixed(2)}`,
        );
        const expected = [...relevant.filter((url) => !known?.missed?.includes(url)), ...(known?.extra ?? [])].sort();
        if (JSON.stringify([...results].sort()) !== JSON.stringify(expected))
          wrong.push(`${query}: found ${JSON.stringify(results)}, expected ${JSON.stringify(expected)}`);
      }
      console.log(
        `search evaluation: ${evaluation.length} queries, precision ${(relevantFound / found).toFixed(3)}, recall ${(relevantFound / relevantTotal).toFixed(3)}\n${rows.join('\n')}`,
      );
      expect(wrong).toEqual([]);
    },
  );
});
