/**
 * Whether the PDF's fonts tell emphasis apart, and the body font to read it
 * against. Three cases cannot be read, and each is said (never guessed):
 *
 * - no font has a name: every face looks the same;
 * - names that change with every font subset (some producers label fonts F1,
 *   F2 … or give each subset its own name): "emphasis" would fall on a third of
 *   the text, scattered; then no bold is read at all;
 * - named fonts but no paragraph opening in another face: bold drawn by the
 *   producer over a face without a bold weight (仿宋 has none) is not in the
 *   text layer (noBoldLeads).
 */
import { bodyFont, emphasisOf, hasCjk } from './pdf-faces.ts';
import type { PdfLine } from './pdf-lines.ts';

/** More of the text than this in "another face" is not emphasis: the faces cannot be told apart. */
const MAX_EMPHASIS_SHARE = 0.35;

export function readableEmphasis(lines: PdfLine[], warnings: { line: number; message: string }[]): { font: string } {
  const font = bodyFont(lines.flatMap((line) => line.cells.flat()));
  if (font === '') {
    warnings.push({
      line: 0,
      message:
        'the PDF names none of its fonts, so bold lead sentences and heading faces cannot be told from body text; check the bold leads in ingest-report.md',
    });
    return { font };
  }
  let all = 0;
  let emphasised = 0;
  for (const line of lines) {
    const segments = line.cells.flat();
    const emphasis = emphasisOf(segments, font);
    segments.forEach((segment, index) => {
      if (segment.shift !== 'base' || !hasCjk(segment.text)) return;
      const han = [...segment.text].filter((char) => hasCjk(char)).length;
      all += han;
      if (emphasis[index]) emphasised += han;
    });
  }
  if (emphasised > all * MAX_EMPHASIS_SHARE) {
    warnings.push({
      line: 0,
      message: `the PDF's font names do not tell its faces apart (${Math.round((emphasised / all) * 100)}% of the text would be in "another face"), so no bold was read; check the bold leads and headings in ingest-report.md`,
    });
    return { font: '' };
  }
  return { font };
}

/** A paragraph at least this long with no bold lead anywhere in the report makes the warning worth giving. */
const LONG_PARAGRAPH = 40;

/** The warning when the fonts are named but no paragraph of the report opens in bold. */
export function noBoldLeads(paragraphs: readonly string[], font: string): string | undefined {
  if (font === '') return undefined;
  const long = paragraphs.filter((markdown) => [...markdown].length >= LONG_PARAGRAPH);
  if (long.length === 0 || long.some((markdown) => markdown.startsWith('**'))) return undefined;
  return 'no paragraph of the PDF opens in another face or a bold font: if its pages show bold lead sentences, the bold was drawn over a face without a bold weight and is not in the text layer; mark the leads with ** in zh.mdx';
}
