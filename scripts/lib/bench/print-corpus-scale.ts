/** The figures of `npm run bench -- --reports N` as tables (corpus-scale.ts). */
import type { CorpusScaleFigures, ScaleQueryFigures, TimedBuild } from './corpus-scale.ts';
import { formatBytes, formatMs, formatRatio, renderTable } from './format.ts';
import { INDEX_PART_NAMES, INDEX_PARTS } from './index-size.ts';

/** The memory the builds must stay under (issue 15). */
const MEMORY_LIMIT_BYTES = 4 * 1024 ** 3;

const memory = (build: TimedBuild) => (build.peakMemoryBytes === undefined ? '–' : formatBytes(build.peakMemoryBytes));

function queryRow(
  {
    query,
    trueCount,
    shownCount,
    listed,
    exact,
    timeToResultsMs,
    warmTimeToResultsMs,
    warmImeTimeToResultsMs,
    timeToCountsMs,
    transfer,
  }: ScaleQueryFigures,
  kind: string,
): string[] {
  return [
    `${kind}: ${query}`,
    String(trueCount),
    `${shownCount ?? '–'} (${listed} listed)`,
    exact ? 'yes' : 'NO',
    formatBytes(transfer.median.resultsBytes),
    `${formatBytes(transfer.median.searchBytes)} (${transfer.median.searchRequests})`,
    formatBytes(transfer.median.loadBytes),
    formatMs(timeToResultsMs),
    formatMs(warmTimeToResultsMs),
    formatMs(warmImeTimeToResultsMs),
    formatMs(timeToCountsMs),
  ];
}

export function formatCorpusScale(figures: CorpusScaleFigures): string {
  const { reports, build, oneReport, bareAstro, oneReportRebuild, bareAstroRebuild, site, index, queries } = figures;
  const peak = build.peakMemoryBytes;
  const programs = Object.entries(build.peakByProgram ?? {})
    .filter(([, bytes]) => bytes >= 1024 ** 2)
    .map(([name, bytes]) => `${name} ${formatBytes(bytes)}`)
    .join(', ');
  return [
    renderTable(
      `Build: ${reports} synthetic reports, the real 1-report site and a bare Astro build of its text (one run each, no PDFs; cold: empty caches)`,
      ['build', 'time', 'peak memory (process tree)'],
      [
        [`${reports} reports, cold`, formatMs(build.ms), memory(build)],
        ['1 report (the real site), cold', formatMs(oneReport.ms), memory(oneReport)],
        ['bare Astro, same text, cold', formatMs(bareAstro.ms), '–'],
        ['1 report, rebuilt unchanged', formatMs(oneReportRebuild.ms), memory(oneReportRebuild)],
        ['bare Astro, rebuilt', formatMs(bareAstroRebuild.ms), '–'],
        ['each added report', formatMs(figures.perAddedReportMs), ''],
        ['1 report ÷ bare Astro, cold', formatRatio(figures.oneReportVsBare), ''],
        ['1 report ÷ bare Astro, rebuilt', formatRatio(figures.oneReportVsBareRebuild), ''],
      ],
    ),
    peak === undefined
      ? 'Peak memory: not measured (only on Linux).'
      : `Peak memory of the ${reports}-report build ${peak < MEMORY_LIMIT_BYTES ? 'under' : 'OVER'} 4 GB${programs ? ` (at the peak: ${programs})` : ''}.`,
    renderTable(
      `The ${reports}-report site on disk`,
      ['what', 'size'],
      [
        ['site', `${formatBytes(site.bytes)} in ${site.files} files`],
        ['Pagefind index, total', `${formatBytes(index.totalBytes)} in ${index.totalFiles} files`],
        ...INDEX_PARTS.map((part) => [
          `  ${INDEX_PART_NAMES[part]}`,
          `${formatBytes(index.byPart[part].bytes)} in ${index.byPart[part].files} files`,
        ]),
      ],
    ),
    renderTable(
      `First query on a cold search page of the ${reports}-report site (median of ${queries.rare.transfer.runs.length})`,
      [
        'query',
        'true count',
        'page shows',
        'exact',
        'first page of results',
        'with facet counts (requests)',
        'page load',
        'keystroke → results',
        'again, warm',
        'warm, IME commit → results',
        'keystroke → facet counts',
      ],
      [queryRow(queries.rare, 'rare'), queryRow(queries.common, 'common'), queryRow(queries.pair, 'two common terms')],
    ),
    renderTable(
      "Where the first query's search bytes go (median)",
      ['kind of file', ...(['rare', 'common', 'pair'] as const).map((kind) => `${kind}: ${queries[kind].query}`)],
      [
        ...new Set([
          ...Object.keys(queries.rare.transfer.median.searchBytesByKind),
          ...Object.keys(queries.common.transfer.median.searchBytesByKind),
        ]),
      ]
        .sort()
        .map((kind) => [
          kind,
          ...(['rare', 'common', 'pair'] as const).map((which) => formatBytes(queries[which].transfer.median.searchBytesByKind[kind] ?? 0)),
        ]),
    ),
  ].join('\n');
}
