/**
 * PDF ingest: reports printed to PDF in the official layout (GB/T 9704) by
 * Debian's Chromium (official-layout.ts), read back by `readPdfLines` and the
 * genre reader. The 2024 report, printed, must give the blocks its Markdown
 * source gives; files that hold no text, are encrypted or damaged are refused
 * and nothing is written.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import { reservedRegionSlugs } from '../../../../src/content/reserved-slugs-fs.ts';
import { parseBlocks } from '../../../../src/lib/block-syntax.ts';
import type { GlossaryFile } from '../../../../src/schemas/glossary-file.ts';
import { IngestError } from '../diagnostics.ts';
import { ingestSource, type IngestResult } from '../ingest-source.ts';
import { REAL_SOURCE, runIngest, tempDir, withoutSpacesAroundHan, writtenFile } from './ingest-helpers.ts';
import { printOfficialPdf, type OfficialDocument, type PrintOptions } from '../testing/official-layout.ts';

const reservedSlugs = reservedRegionSlugs();
const BASE = { region: 'taiyuan-xiaodian', year: 2024, reservedSlugs };

const blocksOf = (result: IngestResult) => parseBlocks(writtenFile(result, 'zh.mdx')).blocks;
const glossaryOf = (result: IngestResult) => JSON.parse(writtenFile(result, 'glossary.json')) as GlossaryFile;

/** The 2024 report as the official layout prints it, from the blocks its Markdown source gives. */
function officialDocument(fromMarkdown: IngestResult): OfficialDocument {
  const report = JSON.parse(writtenFile(fromMarkdown, 'report.json')) as { title: string; dateline: string; byline: string };
  return {
    title: report.title,
    dateline: [report.dateline],
    byline: report.byline,
    blocks: [
      ...blocksOf(fromMarkdown).map((block) => ({
        kind: block.kind === 'heading' ? ('heading' as const) : ('paragraph' as const),
        depth: block.kind === 'heading' ? block.depth : undefined,
        markdown: block.markdown,
      })),
      { kind: 'heading', depth: 2, markdown: '名词解释' },
      ...glossaryOf(fromMarkdown).map((entry, index) => ({
        kind: 'paragraph' as const,
        markdown: `${index + 1}\\. ${entry.term}：${entry.definition}`,
      })),
    ],
  };
}

describe('the 2024 report printed in the official layout', () => {
  let fromMarkdown: IngestResult;
  beforeAll(async () => {
    fromMarkdown = await ingestSource({ ...BASE, sourceName: 'report.md', sourceFileName: 'report.md', bytes: readFileSync(REAL_SOURCE) });
  }, 60_000);

  let printedPdf: Uint8Array;
  async function ingestPrinted(options: PrintOptions): Promise<IngestResult> {
    printedPdf = await printOfficialPdf(officialDocument(fromMarkdown), options);
    return ingestSource({ ...BASE, sourceName: 'report.pdf', sourceFileName: 'report.pdf', bytes: printedPdf });
  }

  test('gives the same paragraphs, headings, bold leads and 15 glossary entries tied to the same places', async () => {
    const fromPdf = await ingestPrinted({ faces: 'arphic', pageNumbers: 'dash' });
    expect(fromPdf.kind).toBe('pdf');
    const expected = blocksOf(fromMarkdown);
    const actual = blocksOf(fromPdf);
    expect(actual.map((block) => `${block.id} ${block.kind}`)).toEqual(expected.map((block) => `${block.id} ${block.kind}`));
    actual.forEach((block, index) =>
      expect(withoutSpacesAroundHan(block.markdown), block.id).toBe(withoutSpacesAroundHan(expected[index]?.markdown ?? '')),
    );
    const bold = (blocks: typeof actual) => blocks.map((block) => /^\*\*(.+?)\*\*/.exec(block.markdown)?.[1]).filter(Boolean);
    expect(bold(actual).length).toBeGreaterThan(20);
    expect(bold(actual)).toEqual(bold(expected));
    const titleBlock = (result: IngestResult) => ({ ...(JSON.parse(writtenFile(result, 'report.json')) as object), source: undefined });
    expect(titleBlock(fromPdf)).toEqual(titleBlock(fromMarkdown));
    const glossary = glossaryOf(fromPdf);
    expect(glossary).toHaveLength(15);
    expect(glossary).toEqual(glossaryOf(fromMarkdown));
    // Every page number was removed and listed, one per page.
    const pageNumbers = fromPdf.repairs.filter((repair) => repair.kind === 'page-number-removed');
    expect(pageNumbers.length).toBeGreaterThan(20);
    expect(pageNumbers.every((repair) => /page number “— \d+ —”/.test(repair.detail))).toBe(true);
    expect(fromPdf.repairs.some((repair) => repair.kind === 'page-break-joined')).toBe(true);

    // Every Chinese character that poppler's pdftotext (another reader; -layout keeps the lines' order on the
    // page) finds on the pages reaches the content, in order.
    const dir = tempDir();
    writeFileSync(join(dir, 'report.pdf'), printedPdf);
    const onPages = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
    const report = JSON.parse(writtenFile(fromPdf, 'report.json')) as { title: string; dateline: string; byline: string };
    const inContent = [
      report.title,
      report.dateline,
      report.byline,
      ...actual.map((block) => block.markdown),
      '名词解释',
      ...glossary.flatMap((entry) => [entry.term, entry.definition]),
    ].join('');
    const han = (text: string) => (text.match(/[\u3400-\u9fff]/g) ?? []).join('');
    expect(han(inContent).length).toBeGreaterThan(12_000);
    expect(han(inContent)).toBe(han(onPages));
  }, 120_000);

  test('printed with Noto CJK (Type 3 fonts), a running header and 第1页 共N页: same outline and leads; radical glyphs folded and listed', async () => {
    const header = '小店区2024年政府工作报告';
    const fromPdf = await ingestPrinted({ faces: 'noto', pageNumbers: 'page-of', runningHeader: header });
    const expected = blocksOf(fromMarkdown);
    const actual = blocksOf(fromPdf);
    expect(actual.map((block) => `${block.id} ${block.kind}`)).toEqual(expected.map((block) => `${block.id} ${block.kind}`));
    const headings = (blocks: typeof actual) => blocks.filter((block) => block.kind === 'heading').map((block) => block.markdown);
    expect(headings(actual)).toEqual(headings(expected));
    const leads = (blocks: typeof actual) => blocks.filter((block) => block.markdown.startsWith('**')).map((block) => block.id);
    expect(leads(actual)).toEqual(leads(expected));
    expect(glossaryOf(fromPdf).map((entry) => entry.uses.map((use) => use.block))).toEqual(
      glossaryOf(fromMarkdown).map((entry) => entry.uses.map((use) => use.block)),
    );
    const removed = fromPdf.repairs.filter((repair) => repair.kind === 'page-number-removed').map((repair) => repair.detail);
    expect(removed.filter((detail) => detail.includes(`running header “${header}”`)).length).toBeGreaterThan(20);
    expect(removed.filter((detail) => /page number “第\d+页 共\d+页”/.test(detail)).length).toBeGreaterThan(20);
    expect(writtenFile(fromPdf, 'zh.mdx')).not.toContain(header);
    // Chromium maps Noto's shared glyphs to Kangxi radicals (⼯ for 工): each is read back and listed.
    expect(fromPdf.repairs.some((repair) => repair.kind === 'character-folded')).toBe(true);
    expect(writtenFile(fromPdf, 'zh.mdx')).not.toMatch(/[\u2f00-\u2fdf]/);
    expect(writtenFile(fromPdf, 'zh.mdx')).toContain('一、2023年工作回顾');
    // It also writes 戶 for 户 (one glyph in Noto): which one a page shows cannot be read, so it is named, not changed.
    const warnings = fromPdf.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning');
    expect(warnings.find((warning) => warning.message.includes('traditional characters in a simplified text'))?.message).toMatch(
      /戶 \(\d+×\)/,
    );
  }, 120_000);
});

describe('a report whose glossary is set as page footnotes, with a table', () => {
  test('footnotes become glossary entries tied to their markers; the table keeps its rows and cells', async () => {
    const document: OfficialDocument = {
      title: '政府工作报告',
      dateline: ['——2025年1月8日在晋阳市汾河县第十八届人民代表大会第四次会议上'],
      byline: '代县长 李明华',
      blocks: [
        { kind: 'paragraph', markdown: '各位代表：' },
        { kind: 'paragraph', markdown: '现在，我代表县人民政府向大会报告工作，请予审议。' },
        { kind: 'heading', depth: 2, markdown: '一、2024年工作回顾' },
        {
          kind: 'paragraph',
          markdown:
            '**一年来，我们坚持稳中求进。**全县推进“三创一治”<sup>1</sup>，生产总值完成212.5亿元，增长5.2%；实现“两清零”<sup>2</sup>，城乡居民人均可支配收入分别增长4.6%和6.9%，粮食产量稳定在30万吨以上。',
        },
        {
          kind: 'paragraph',
          markdown:
            '| 指标 | 2024年完成 | 2025年目标 |\n| --- | --- | --- |\n| 生产总值增长 | 5.2% | 5.5%左右 |\n| 居民收入增长 | 5.8% | 6%左右 |',
        },
        { kind: 'heading', depth: 2, markdown: '二、2025年工作安排' },
        { kind: 'paragraph', markdown: '今年全县经济社会发展的主要预期目标是：生产总值增长5.5%左右，城镇新增就业3000人。' },
      ],
      footnotes: ['“三创一治”：创建文明城市、卫生城市、园林城市，治理城乡环境。', '“两清零”：零就业家庭动态清零、危房动态清零。'],
    };
    const pdf = await printOfficialPdf(document, { faces: 'arphic', pageNumbers: 'dash' });
    const result = await ingestSource({
      region: 'jinyang-fenhe',
      year: 2025,
      reservedSlugs,
      sourceName: 'r.pdf',
      sourceFileName: 'r.pdf',
      bytes: pdf,
    });
    const glossary = glossaryOf(result);
    expect(glossary.map((entry) => [entry.term, entry.uses.map((use) => use.anchor)])).toEqual([
      ['“三创一治”', ['“三创一治”']],
      ['“两清零”', ['“两清零”']],
    ]);
    const blocks = blocksOf(result);
    const lead = blocks.find((block) => block.markdown.includes('三创一治'));
    expect(lead?.markdown).toMatch(/^\*\*一年来，我们坚持稳中求进。\*\*全县推进“三创一治”<sup>\[1\]<\/sup>，/);
    const table = blocks.find((block) => block.markdown.startsWith('|'));
    expect(table?.markdown.split('\n')).toEqual([
      '| 指标 | 2024年完成 | 2025年目标 |',
      '| --- | --- | --- |',
      '| 生产总值增长 | 5.2% | 5.5%左右 |',
      '| 居民收入增长 | 5.8% | 6%左右 |',
    ]);
    expect(blocks.map((block) => block.markdown)).toContain(
      '今年全县经济社会发展的主要预期目标是：生产总值增长5.5%左右，城镇新增就业3000人。',
    );
  }, 60_000);
});

describe('PDF files that cannot be read are refused, and nothing is written', () => {
  const ONE_PIXEL_PNG = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );

  async function scanned(): Promise<Uint8Array> {
    const document = await PDFDocument.create();
    const image = await document.embedPng(ONE_PIXEL_PNG);
    for (let page = 0; page < 3; page++) document.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
    return document.save();
  }

  async function encrypted(): Promise<Uint8Array> {
    const document = await PDFDocument.create();
    document.addPage();
    // A standard security handler whose user password is not empty: readers must ask for it.
    document.context.trailerInfo.Encrypt = document.context.obj({
      Filter: PDFName.of('Standard'),
      V: 1,
      R: 2,
      O: PDFHexString.of('11'.repeat(32)),
      U: PDFHexString.of('22'.repeat(32)),
      P: -4,
    });
    return document.save({ useObjectStreams: false });
  }

  const cases: [string, () => Promise<Uint8Array>, RegExp][] = [
    ['a scan (pages that are images, no text layer)', scanned, /no text layer.*OCR/],
    ['an encrypted PDF', encrypted, /encrypted with a password/],
    ['a truncated PDF', async () => (await scanned()).slice(0, 400), /not a readable PDF \(damaged or truncated/],
    [
      'a web page saved as .pdf',
      () => Promise.resolve(new TextEncoder().encode('<!doctype html><title>404</title>')),
      /does not start as a PDF does/,
    ],
  ];

  test.each(cases)('%s', async (_, make, message) => {
    const bytes = await make();
    const error = await ingestSource({ ...BASE, sourceName: 'r.pdf', sourceFileName: 'r.pdf', bytes }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).message).toMatch(message);
  });

  test('the ingest command exits non-zero on a scan, names the file and writes nothing', async () => {
    const dir = tempDir();
    const source = join(dir, 'scan.pdf');
    writeFileSync(source, await scanned());
    const out = join(dir, 'content');
    const result = runIngest([source, '--region', 'taiyuan-xiaodian', '--year', '2024', '--out', out]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/scan\.pdf.*no text layer/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});
