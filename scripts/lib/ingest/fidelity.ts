/**
 * The fidelity check that ends every ingest: every character of the source's
 * report text (what is neither page furniture nor markup) is in the output,
 * in order, and the output has nothing the source did not have.
 *
 * Both sides are read as plain text (markup and glossary markers removed, as
 * src/markdown/rehype-block-text.ts defines it). Characters must match one for one. Whitespace is
 * compared by where it stands: a space inside a source line must still be
 * there; a space in the output must stand where the source had one (a line end
 * between two Latin words counts); a paragraph boundary may stand anywhere
 * (every split is listed as a repair).
 */
import { markdownToPlainText } from '../../../src/markdown/plain-text.ts';

export interface FidelityLine {
  line: number;
  markdown: string;
}

export interface FidelityFailure {
  line: number;
  message: string;
}

type SourceGap = 'none' | 'internal' | 'edge';
type OutputGap = 'none' | 'space' | 'boundary';

interface SourceChar {
  char: string;
  gap: SourceGap;
  line: number;
}

interface OutputChar {
  char: string;
  gap: OutputGap;
}

/**
 * Each source line as Markdown that reads on its own as ingest read it in its
 * paragraph: a tilde is a range, never strikethrough (as parse-report.ts
 * escapes it in the output), and a bold run that the source carried over a
 * line or page break is closed at the line end and opened again on the next
 * line (as inline-markup.ts bolds each line of a run).
 */
function selfContainedLines(lines: readonly FidelityLine[]): string[] {
  let boldOpen = false;
  return lines.map((line) => {
    const markdown = line.markdown.replace(/(?<!\\)~/g, '\\~');
    const opensBold = boldOpen;
    if ((markdown.match(/(?<!\\)\*\*/g) ?? []).length % 2 === 1) boldOpen = !boldOpen;
    return `${opensBold ? '**' : ''}${markdown}${boldOpen ? '**' : ''}`;
  });
}

function sourceStream(lines: readonly FidelityLine[]): SourceChar[] {
  const stream: SourceChar[] = [];
  const markdowns = selfContainedLines(lines);
  for (const [index, line] of lines.entries()) {
    const text = markdownToPlainText(markdowns[index] ?? '').trim();
    let gap: SourceGap = 'edge';
    for (const char of text) {
      if (/\s/.test(char)) {
        gap = 'internal';
        continue;
      }
      stream.push({ char, gap, line: line.line });
      gap = 'none';
    }
  }
  return stream;
}

function outputStream(texts: readonly string[]): OutputChar[] {
  const stream: OutputChar[] = [];
  for (const markdown of texts) {
    const text = markdownToPlainText(markdown).trim();
    let gap: OutputGap = 'boundary';
    for (const char of text) {
      if (/\s/.test(char)) {
        if (gap !== 'boundary') gap = 'space';
        continue;
      }
      stream.push({ char, gap });
      gap = 'none';
    }
  }
  return stream;
}

function excerpt(stream: readonly { char: string }[], at: number): string {
  return stream
    .slice(Math.max(0, at - 8), at + 8)
    .map((item) => item.char)
    .join('');
}

/** Compare the source lines with the output texts; the first difference, or undefined. */
export function checkFidelity(source: readonly FidelityLine[], output: readonly string[]): FidelityFailure | undefined {
  const expected = sourceStream(source);
  const actual = outputStream(output);
  const length = Math.min(expected.length, actual.length);
  for (let at = 0; at < length; at++) {
    const want = expected[at] as SourceChar;
    const got = actual[at] as OutputChar;
    if (want.char !== got.char)
      return {
        line: want.line,
        message: `the output differs from the source here: source “${excerpt(expected, at)}”, output “${excerpt(actual, at)}”`,
      };
    const latinPair = /[A-Za-z]/.test(want.char) && /[A-Za-z]/.test(expected[at - 1]?.char ?? '');
    if (got.gap === 'space' && (want.gap === 'none' || (want.gap === 'edge' && !latinPair)))
      return { line: want.line, message: `a space was inserted that the source does not have: “${excerpt(expected, at)}”` };
    if (want.gap === 'internal' && got.gap === 'none')
      return { line: want.line, message: `a space of the source was lost: “${excerpt(expected, at)}”` };
  }
  if (expected.length > actual.length) {
    const lost = expected[actual.length] as SourceChar;
    return { line: lost.line, message: `text from here on is missing from the output: “${excerpt(expected, actual.length)}”` };
  }
  if (actual.length > expected.length)
    return { line: 0, message: `the output has text the source does not have: “${excerpt(actual, expected.length)}”` };
  return undefined;
}
