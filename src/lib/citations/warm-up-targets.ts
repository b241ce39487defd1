/**
 * A made-up report to cite, one per locale: what the citeproc worker formats first, in every style, so that it
 * makes each engine before the pages ask (citation-cache.ts), and what its test asks of it.
 */
import type { CitationTarget } from './report-item.ts';

export function warmUpTarget(lang: CitationTarget['lang']): CitationTarget {
  return {
    report: {
      title: { zh: '政府工作报告', en: 'Report on the Work of the Government' },
      author: { zh: '示例区人民政府', en: "Example District People's Government" },
      deliveredOn: '2024-01-01',
      place: { zh: '示例', en: 'Example' },
      publisher: { zh: '示例区人民政府', en: "Example District People's Government" },
    },
    url: 'https://example.org/example/2024/',
    accessed: '2024-01-02',
    lang,
    paragraph: { id: 'p1', number: '1' },
  };
}

export const WARM_UP_TARGETS: readonly CitationTarget[] = [warmUpTarget('zh-CN'), warmUpTarget('en')];
