/** The benchmark's figures as readable tables on stdout (the same figures as bench-results/latest.json). */
import { formatBytes, formatMs, formatRatio, renderTable } from './format.ts';
import { INDEX_PART_NAMES, INDEX_PARTS } from './index-size.ts';
import { formatOtherLanguage } from './print-page-weight.ts';
import type { BenchResults } from './results.ts';
import type { ScalingFigures } from './scaling.ts';
import type { FirstQueryFigures } from './search-transfer.ts';

const withUncompressed = (bytes: number, uncompressed: number) => `${formatBytes(bytes)} (${formatBytes(uncompressed)})`;

function buildTable({ builds, pdfEditions }: BenchResults): string {
  const runs = (values: number[]) => values.map(formatMs).join(' / ');
  return [
    renderTable(
      `Build of the real site (median of ${builds.runs})`,
      ['build', 'median', 'runs'],
      [
        ['with PDFs, cold cache', formatMs(builds.medianWithPdfMs), runs(builds.withPdfMs)],
        ['without PDFs (BAOGAO_PDF=0)', formatMs(builds.medianWithoutPdfMs), runs(builds.withoutPdfMs)],
        ['difference', formatMs(builds.medianWithPdfMs - builds.medianWithoutPdfMs), ''],
        ['with PDFs, rebuilt unchanged (all from the cache)', formatMs(builds.rebuildWithPdfMs), ''],
        ['bare Astro, same text', formatMs(builds.medianBareAstroMs), runs(builds.bareAstroMs)],
        ['without PDFs ÷ bare Astro', formatRatio(builds.medianWithoutPdfMs / builds.medianBareAstroMs), ''],
      ],
    ),
    renderTable(
      'Built site on disk',
      ['build', 'size'],
      [
        ['with PDFs', `${formatBytes(builds.siteBytes.withPdf)} in ${builds.siteBytes.files} files`],
        ['without PDFs', formatBytes(builds.siteBytes.withoutPdf)],
      ],
    ),
    renderTable(
      'PDF editions (made again on the built site, one at a time)',
      ['file', 'size', 'time'],
      [
        ...pdfEditions.pdfs.map((pdf) => [pdf.file, formatBytes(pdf.bytes), formatMs(pdf.ms)]),
        ['all PDFs (incl. start-up)', formatBytes(pdfEditions.totalBytes), formatMs(pdfEditions.totalMs)],
      ],
    ),
  ].join('\n');
}

function ingestTable({ ingest }: BenchResults): string {
  return renderTable(
    'Ingest (median of runs; the command includes Node start-up, the pipeline is warm and in process)',
    ['source', 'read as', 'Chinese characters', 'command', 'pipeline'],
    ingest.map((figure) => [figure.file, figure.kind, String(figure.characters), formatMs(figure.commandMs), formatMs(figure.pipelineMs)]),
  );
}

/** The ingest table alone, for `npm run bench -- --ingest-only`. */
export function formatIngestResults(results: Pick<BenchResults, 'ingest'>): string {
  return ingestTable(results as BenchResults);
}

function indexTable({ index }: BenchResults): string {
  return renderTable(
    'Pagefind index (pagefind/ of the built site)',
    ['part', 'size', 'files'],
    [
      ['total', formatBytes(index.totalBytes), String(index.totalFiles)],
      ...INDEX_PARTS.map((part) => [INDEX_PART_NAMES[part], formatBytes(index.byPart[part].bytes), String(index.byPart[part].files)]),
      ['runtime and UI bundles (JS, WASM, CSS)', formatBytes(index.runtimeBytes), ''],
    ],
  );
}

function firstQueryTable(title: string, queries: readonly FirstQueryFigures[]): string {
  const kinds = [...new Set(queries.flatMap((query) => Object.keys(query.median.searchBytesByKind)))].sort();
  return renderTable(
    title,
    ['', ...queries.map((query) => `"${query.query}"`)],
    [
      ['page load', ...queries.map((query) => withUncompressed(query.median.loadBytes, query.median.loadUncompressedBytes))],
      ['page load requests', ...queries.map((query) => String(query.median.loadRequests))],
      [
        'search (after typing, with facet counts)',
        ...queries.map((query) => withUncompressed(query.median.searchBytes, query.median.searchUncompressedBytes)),
      ],
      ['search requests', ...queries.map((query) => String(query.median.searchRequests))],
      [
        "  of it, the first page of results (all but the facets' filter files)",
        ...queries.map((query) => formatBytes(query.median.resultsBytes)),
      ],
      ...kinds.map((kind) => [`  of which ${kind}`, ...queries.map((query) => formatBytes(query.median.searchBytesByKind[kind] ?? 0))]),
      ['results shown', ...queries.map((query) => String(query.median.results))],
    ],
  );
}

function latencyTable({ searchLatency }: BenchResults): string {
  return renderTable(
    `Last keystroke to results, warm search page (after warm-up "${searchLatency.warmUpQuery}"; includes the page's ${searchLatency.debounceMs} ms input debounce)`,
    ['query', 'time', 'results'],
    [
      ...searchLatency.queries.map((entry) => [entry.query, formatMs(entry.ms), String(entry.results)]),
      ['median', formatMs(searchLatency.medianMs), ''],
    ],
  );
}

/** "li in nav.toc ×3, p.note" rather than the same element name three times. */
function countedSources(sources: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const source of sources) counts.set(source, (counts.get(source) ?? 0) + 1);
  return [...counts].map(([source, count]) => (count > 1 ? `${source} ×${count}` : source)).join(', ');
}

function reportPagesTable({ reportPages, otherLanguage }: BenchResults): string {
  const runs = reportPages[0]?.runs.length ?? 0;
  const table = renderTable(
    `Report pages, cold, before any interaction (median of ${runs}; CLS after load and a scroll to the bottom)`,
    ['page', 'device', 'JS files', 'inline JS', 'script time', 'all bytes', 'requests', 'LCP', 'CLS'],
    reportPages.map(({ path, device, median }) => [
      `/${path}`,
      device,
      `${formatBytes(median.jsBytes)} (${median.jsRequests})`,
      formatBytes(median.inlineScriptBytes),
      formatMs(median.scriptMs),
      withUncompressed(median.totalBytes, median.totalUncompressedBytes),
      String(median.requests),
      formatMs(median.lcpMs),
      median.cls.toFixed(3),
    ]),
  );
  const notes = reportPages.flatMap((page) => [
    `  /${page.path} (${page.device}): LCP element ${page.lcpElement || '–'}${page.median.scrollBytes > 0 ? `; ${formatBytes(page.median.scrollBytes)} loaded while scrolling` : ''}`,
    ...page.runs
      .flatMap((run) => run.shifts)
      .slice(0, 5)
      .map((shift) => `    layout shift ${shift.value.toFixed(4)} at ${formatMs(shift.startTime)}: ${countedSources(shift.sources)}`),
  ]);
  return `${table}\n${notes.join('\n')}\n${formatOtherLanguage([{ label: 'this site', otherLanguage }])}`;
}

function scalingTable(scaling: ScalingFigures): string {
  const format = (unit: 'ms' | 'bytes', value: number) => (unit === 'ms' ? formatMs(value) : formatBytes(value));
  const table = renderTable(
    `Scaling: ${scaling.reports} synthetic reports (built once, without PDFs) against the 1-report site`,
    ['figure', '1 report', `${scaling.reports} reports`, 'ratio', 'per report', 'per added report'],
    scaling.figures.map((figure) => [
      figure.name,
      format(figure.unit, figure.oneReport),
      format(figure.unit, figure.manyReports),
      formatRatio(figure.ratio),
      format(figure.unit, figure.perReport),
      format(figure.unit, figure.perAddedReport),
    ]),
  );
  const verdict = scaling.noFasterThanLinear
    ? `Growth is no faster than linear: every ratio is at most ×${scaling.reports}.`
    : `Growth is FASTER than linear: some ratio exceeds ×${scaling.reports}.`;
  return `${table}\n${verdict}\n${firstQueryTable(`First query on the ${scaling.reports}-report site (cold, median of ${scaling.firstQuery.zh.runs.length})`, [scaling.firstQuery.zh, scaling.firstQuery.en])}`;
}

export function formatResults(results: BenchResults): string {
  return [
    `Baogao benchmarks — ${results.startedAt}, ${results.machine.cpus} CPUs, Node ${results.machine.node}, Chromium ${results.machine.chromium}`,
    'Bytes are as transferred from src/integrations/shared/static-server.ts, headers included (in brackets: the same uncompressed).',
    ingestTable(results),
    buildTable(results),
    indexTable(results),
    firstQueryTable(`First query on a cold search page (median of ${results.firstQuery.zh.runs.length})`, [
      results.firstQuery.zh,
      results.firstQuery.en,
    ]),
    latencyTable(results),
    reportPagesTable(results),
    ...(results.scaling ? [scalingTable(results.scaling)] : ['\nScaling: skipped (--skip-scaling).']),
  ].join('\n');
}
