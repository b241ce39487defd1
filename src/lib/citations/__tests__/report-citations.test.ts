import { describe, expect, test } from 'vitest';
import { readSiteModel } from '../../../integrations/shared/site-model-fs.ts';
import { citationTarget } from '../../../utils/citation-target.ts';
import { formatCitations } from '../format.ts';
import { reportCitations } from '../report-citations.ts';
import type { CitationTarget } from '../report-item.ts';

const site = new URL('https://baogao.example.org');

describe('citations formatted once per report', () => {
  test('every paragraph of the real report, in both languages, is exactly what citeproc formats for it', () => {
    const { reports, regions } = readSiteModel('content');
    const report = reports[0];
    if (!report) throw new Error('no report in content/');
    const paragraphs = report.blocks.filter((block) => block.kind === 'paragraph');
    expect(paragraphs.length).toBeGreaterThan(20);
    for (const lang of ['zh-CN', 'en'] as const) {
      expect(reportCitations(citationTarget(report, regions, lang, site))).toEqual(
        formatCitations(citationTarget(report, regions, lang, site)),
      );
      for (const block of paragraphs) {
        const target = citationTarget(report, regions, lang, site, block);
        expect(reportCitations(target), `${lang} ${block.id} (${block.number})`).toEqual(formatCitations(target));
      }
    }
  });

  const report: CitationTarget['report'] = {
    title: { zh: '政府工作报告', en: 'Report on the Work of the Government' },
    author: { zh: '合成区人民政府', en: "Synthetic District People's Government" },
    deliveredOn: '2025-01-08',
    place: { zh: '太原', en: 'Taiyuan' },
    publisher: { zh: '合成区人民政府', en: "Synthetic District People's Government" },
  };
  const target = (id: string, number: string): CitationTarget => ({
    report,
    url: `https://baogao.example.org/en/synthetic/2025/#${id}`,
    accessed: '2026-11-25',
    lang: 'en',
    paragraph: { id, number },
  });

  test('numbers of other shapes (letters, one part, a range) come out as citeproc formats them', () => {
    for (const [id, number] of [
      ['p1', '1'],
      ['p2', '2.1.3'],
      ['p3', 'A.1'],
      ['p4', '3-4'],
      ['p5', '附1'],
    ] as const) {
      expect(reportCitations(target(id, number)), number).toEqual(formatCitations(target(id, number)));
    }
  });

  test('a paragraph is not mixed up with another report or language', () => {
    const zh = reportCitations({ ...target('p7', '1.2'), lang: 'zh-CN', url: 'https://baogao.example.org/synthetic/2025/#p7' });
    const en = reportCitations(target('p7', '1.2'));
    expect(zh.url.text).toBe('https://baogao.example.org/synthetic/2025/#p7');
    expect(en.url.text).toBe('https://baogao.example.org/en/synthetic/2025/#p7');
    expect(en.apa.citation?.text).toContain('para. 1.2');
    expect(en.bibtex.text).not.toContain('zqparaidzq');
  });
});
