/** The report pages' weight as a table, one column group per site measured (npm run bench -- --pages), against the targets. */
import { formatBytes, formatMs, renderTable } from './format.ts';
import type { OtherLanguageFigures } from './other-language.ts';
import type { PageWeightFigures } from './page-weight.ts';
import { PAGE_TARGETS } from './site-pages.ts';

const jsBeforeInteraction = (median: { jsBytes: number; inlineScriptBytes: number }) => median.jsBytes + median.inlineScriptBytes;

export function formatPageWeight(sites: readonly PageWeightFigures[]): string {
  const first = sites[0];
  if (!first) return '';
  const runs = first.reportPages[0]?.runs.length ?? 0;
  const labels = sites.map((site) => site.label);
  const header = [
    'page',
    'device',
    ...labels.map((label) => `bytes ${label}`),
    ...labels.map((label) => `requests ${label}`),
    ...labels.map((label) => `JS ${label}`),
    ...labels.map((label) => `LCP ${label}`),
    'target',
  ];
  const rows = first.reportPages.map((page, index) => {
    const same = sites.map((site) => site.reportPages[index]?.median);
    const target = PAGE_TARGETS[page.path as keyof typeof PAGE_TARGETS];
    return [
      `/${page.path}`,
      page.device,
      ...same.map((median) => (median ? formatBytes(median.totalBytes) : '–')),
      ...same.map((median) => (median ? String(median.requests) : '–')),
      ...same.map((median) => (median ? formatBytes(jsBeforeInteraction(median)) : '–')),
      ...same.map((median) => (median ? formatMs(median.lcpMs) : '–')),
      `≤ ${formatBytes(target.bytes)} in ≤ ${String(target.requests)}, JS ≤ ${formatBytes(target.jsBytes)}`,
    ];
  });
  const table = renderTable(
    `Report pages, cold, before any interaction: all bytes over the wire (gzip, headers included), requests, JavaScript (files and inline) and LCP (median of ${String(runs)})`,
    header,
    rows,
  );
  const requests = sites.flatMap((site) => {
    const page = site.reportPages[0];
    const run = page?.runs[0];
    return run ? [`  ${site.label}, /${page.path} (${page.device}): ${run.requestList.join(', ')}`] : [];
  });
  return [table, '\nWhat those requests are (first run of the first page):', ...requests, formatOtherLanguage(sites)].join('\n');
}

export function formatOtherLanguage(sites: readonly { label: string; otherLanguage: readonly OtherLanguageFigures[] }[]): string {
  const rows = sites.flatMap((site) =>
    site.otherLanguage.map((figures) => [
      site.label,
      `/${figures.path}`,
      formatBytes(figures.firstBytes),
      String(figures.firstRequests),
      String(figures.secondRequests),
    ]),
  );
  const without = sites.filter((site) => site.otherLanguage.length === 0).map((site) => site.label);
  return [
    renderTable(
      "A paragraph's other language on request (desktop, cold page): the first press and a second paragraph's",
      ['site', 'page', 'first: bytes', 'first: requests', 'second: requests'],
      rows,
    ),
    ...(without.length > 0 ? [`  ${without.join(', ')}: no on-request control (the other language is in the page's HTML)`] : []),
  ].join('\n');
}
