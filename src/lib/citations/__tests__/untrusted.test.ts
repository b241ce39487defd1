/**
 * Report metadata (report.json, en.json's meta) is untrusted input too: the cite
 * box puts citation-js's HTML into the page (set:html), so markup in a title or
 * a name must come out as text.
 */
import { describe, expect, test } from 'vitest';
import { formatCitations } from '../format.ts';
import type { CitableReport } from '../report-item.ts';

const POISON = '<script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(2)">x</a><i onclick="alert(3)">i</i>';
const report: CitableReport = {
  title: { zh: `报告${POISON}`, en: `Report${POISON}` },
  author: { zh: `政府${POISON}`, en: `Government${POISON}` },
  speaker: { zh: `某某${POISON}`, en: `Someone${POISON}` },
  occasion: { zh: `会议${POISON}` },
  deliveredOn: '2024-02-21',
  place: { zh: `某地${POISON}`, en: `Somewhere${POISON}` },
  publisher: { zh: `政府${POISON}`, en: `Government${POISON}` },
};

describe('citations of a report with markup in its metadata', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    test(`${lang}: every HTML format shows the markup as text`, () => {
      const out = formatCitations({
        report,
        url: 'https://baogao.example.org/x/2024/#p1',
        accessed: '2026-11-25',
        lang,
        paragraph: { id: 'p1', number: '1' },
      });
      const htmls = Object.values(out).flatMap((formatted) => [formatted.html ?? '', formatted.citation?.html ?? '']);
      expect(htmls.filter(Boolean).length).toBeGreaterThan(3);
      for (const html of htmls) {
        expect(html).not.toMatch(/<script|<img|<a href="javascript/i);
        // No tag with a handler (the escaped text may say "onerror=": it is text).
        expect(html).not.toMatch(/<[a-z][^<>]*\son[a-z]+\s*=/i);
        // The only link is ours, to the paragraph.
        for (const href of html.matchAll(/<a href="([^"]*)"/g)) expect(href[1]).toBe('https://baogao.example.org/x/2024/#p1');
      }
      expect(out.apa.html).toContain('&#60;script&#62;');
    });
  }
});
