/**
 * The steps of `npm run figures`: a report's blocks as the extractor reads them,
 * extraction merged with the reviewed file, and the check, each returning what
 * the command prints. The rules are in src/lib/key-figures/.
 */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { ReportOnDisk } from '../../../src/content/report-files-fs.ts';
import { checkFigures } from '../../../src/lib/key-figures/check-figures.ts';
import { extractFigures, type FigureSourceBlock } from '../../../src/lib/key-figures/extract-figures.ts';
import { mergeFigures, type MergedFigures } from '../../../src/lib/key-figures/merge-figures.ts';
import { markdownToFigureText, markdownToPlainText } from '../../../src/markdown/plain-text.ts';
import type { Figure, FiguresFile } from '../../../src/schemas/figures-file.ts';
import type { Indicator } from '../../../src/schemas/indicators.ts';

/** Each block's reader-visible text and figure text, from the one Markdown parse the site renders with. */
export function figureSourceBlocks(report: ReportOnDisk): FigureSourceBlock[] {
  return report.blocks.map((block) => ({
    id: block.id,
    depth: block.depth,
    text: markdownToPlainText(block.markdown),
    figureText: markdownToFigureText(block.markdown),
    table: holdsTable(block.markdown),
  }));
}

const markdownParser = unified().use(remarkParse).use(remarkGfm);

/** Whether the block's Markdown holds a table (附件1 主要指标), read by the Markdown parser the site uses. */
function holdsTable(markdown: string): boolean {
  let found = false;
  visit(markdownParser.parse(markdown), 'table', () => {
    found = true;
  });
  return found;
}

/** Extract the report's figures and merge them with the file as an editor left it. */
export function reextract(report: ReportOnDisk, previous: FiguresFile | undefined, indicators: readonly Indicator[]): MergedFigures {
  const blocks = figureSourceBlocks(report);
  const extracted = extractFigures(blocks, report.report.year, indicators);
  const order = new Map(blocks.map((block, index) => [block.id, { index, text: block.text }]));
  const position = (figure: Figure) => {
    const block = order.get(figure.block);
    if (!block) return Number.MAX_SAFE_INTEGER;
    const at = block.text.indexOf(figure.phrase);
    return block.index * 1_000_000 + (at < 0 ? 999_999 : at);
  };
  return mergeFigures(previous?.figures ?? [], extracted, position);
}

/** The summary extraction prints: counts by kind and indicator, and what was dropped since the last run. */
export function summarise(id: string, merged: MergedFigures): string[] {
  const { figures, dropped, kept } = merged;
  const count = (test: (figure: Figure) => boolean) => figures.filter(test).length;
  const lines = [
    `${id}: ${String(figures.length)} figures: ${String(count((f) => f.kind === 'result'))} results, ${String(count((f) => f.kind === 'target'))} targets; ` +
      `${String(count((f) => f.indicator !== undefined))} of standard indicators (${String(new Set(figures.flatMap((f) => f.indicator ?? [])).size)} indicators), ` +
      `${String(count((f) => f.indicator === undefined))} other figures; ${String(kept)} reviewed kept as they were`,
  ];
  for (const figure of dropped) lines.push(`dropped since the last extraction: #${figure.block} "${figure.phrase}"`);
  return lines;
}

/** One line per problem of the report's figures.json: the file, the figure and the paragraph. */
export function checkReportFigures(report: ReportOnDisk, file: FiguresFile, path: string, indicators: readonly Indicator[]): string[] {
  return checkFigures(file, figureSourceBlocks(report), indicators).map(
    ({ index, figure, message }) => `${path}: error: figures[${String(index)}] #${figure.block} "${figure.phrase}": ${message}`,
  );
}
