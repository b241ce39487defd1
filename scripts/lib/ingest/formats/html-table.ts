/**
 * An HTML table → a GFM pipe table, shared by the HTML page reader and the
 * Markdown reader (converters such as MinerU leave raw <table>s in Markdown).
 */
import type { Element } from 'hast';
import { LINE_BREAK, collapseWhitespace, escapeAngle, phrasingToMarkdown, withoutLineMarks, type MarkupFinding } from './inline-markup.ts';

function visitRows(table: Element, visit: (row: Element) => void): void {
  for (const child of table.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr') visit(child);
    else if (child.tagName !== 'table') visitRows(child, visit);
  }
}

/**
 * A table as a GFM pipe table. Merged cells (rowspan, colspan) are laid out on
 * the grid a browser draws: the text stands in the first cell it covers, the
 * others stay empty, so every figure stays under its own column heading.
 */
export function tableToMarkdown(table: Element, line: number, findings: MarkupFinding[]): string {
  const grid: string[][] = [];
  let rowIndex = 0;
  visitRows(table, (element) => {
    const row = (grid[rowIndex] ??= []);
    let column = 0;
    for (const cell of element.children) {
      if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
      while (row[column] !== undefined) column++;
      const text = collapseWhitespace(
        withoutLineMarks(phrasingToMarkdown(cell.children, findings, 1, line, false, { afterBreak: true, literal: true })).replaceAll(
          LINE_BREAK,
          ' ',
        ),
      ).replace(/\|/g, '\\|');
      const rowspan = Math.max(1, Math.min(50, Number(cell.properties['rowSpan'] ?? 1) || 1));
      const colspan = Math.max(1, Math.min(50, Number(cell.properties['colSpan'] ?? 1) || 1));
      for (let down = 0; down < rowspan; down++)
        for (let across = 0; across < colspan; across++)
          (grid[rowIndex + down] ??= [])[column + across] = down === 0 && across === 0 ? text : '';
      column += colspan;
    }
    rowIndex++;
  });
  const width = Math.max(1, ...grid.map((row) => row.length));
  const format = (row: string[] = []) => `| ${Array.from({ length: width }, (_, i) => row[i] ?? '').join(' | ')} |`;
  const [head, ...body] = grid;
  const markdown = [format(head), `|${' --- |'.repeat(width)}`, ...body.map(format)].join('\n');
  return escapeAngle(markdown);
}
