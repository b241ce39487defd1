/**
 * The segments of one paragraph → our inline markup: emphasised runs as
 * `**bold**`, raised and lowered runs as `<sup>`/`<sub>`, literal Markdown
 * characters escaped. Lines of a paragraph are joined without inserting
 * anything between Chinese characters or digits (joinPieces).
 */
import { joinPieces } from '../page-breaks.ts';
import { emphasisOf } from './pdf-faces.ts';
import type { PdfSegment } from './pdf-lines.ts';
import { escapeAngle, escapeLiteralText } from './inline-markup.ts';

/** Characters folded from the CJK radical blocks to the ideographs they stand for (see foldRadicals). */
export interface FoldedCharacter {
  from: string;
  to: string;
}

/**
 * Some PDF writers (Chromium with Noto CJK among them) map a glyph shared by
 * an ideograph and a Kangxi radical to the radical in the text layer: ⼯
 * (U+2F2F) where the page shows 工. No report writes radicals, so each is read
 * as its ideograph (NFKC of that character alone) and listed.
 */
export function foldRadicals(text: string, folded: FoldedCharacter[]): string {
  return text.replace(/[\u2e80-\u2eff\u2f00-\u2fdf]/g, (char) => {
    const to = RADICAL_SUPPLEMENT[char] ?? char.normalize('NFKC');
    if (to !== char) folded.push({ from: char, to });
    return to;
  });
}

/**
 * The CJK Radicals Supplement has no compatibility mappings (only two of its
 * characters fold under NFKC), but fonts share these glyphs with simplified
 * ideographs just the same (⺠ for 民, ⻛ for 风). Unicode's
 * EquivalentUnifiedIdeograph.txt pairs them; these are the pairs that stand
 * for whole characters of simplified Chinese.
 */
const RADICAL_SUPPLEMENT: Record<string, string> = Object.fromEntries(
  [
    ...'⺠民⺩王⺰纟⻄西⻅见⻆角⻈讠⻉贝⻋车⻌辶⻐钅⻑長⻓长⻔门⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻬齐⻮齿⻰龙',
  ].flatMap((char, index, chars) => (index % 2 === 0 ? [[char, chars[index + 1] as string]] : [])),
);

/** Join the lines of a paragraph (each a list of segments) into one run of segments. */
export function joinLineSegments(lines: readonly PdfSegment[][]): PdfSegment[] {
  const joined: PdfSegment[] = [];
  for (const segments of lines) {
    const previous = joined.at(-1);
    const copies = segments.map((segment) => ({ ...segment }));
    const first = copies[0];
    if (previous && first) {
      // A line end is a space only between two Latin words (joinPieces' rule); its own spaces go.
      previous.text = previous.text.replace(/\s+$/, '');
      first.text = first.text.replace(/^\s+/, '');
      if (joinPieces(previous.text, first.text).length > previous.text.length + first.text.length) previous.text += ' ';
    }
    joined.push(...copies);
  }
  return joined;
}

/** Segments → Markdown with our inline markup. */
export function segmentsToMarkdown(segments: readonly PdfSegment[], body: string, options: { bold: boolean }): string {
  const emphasis = options.bold ? emphasisOf(segments, body) : segments.map(() => false);
  dropPunctuationOnlyEmphasis(segments, emphasis);
  let markdown = '';
  let open = false;
  segments.forEach((segment, index) => {
    const wanted = emphasis[index] as boolean;
    let text = escapeAngle(escapeLiteralText(segment.text));
    if (segment.shift !== 'base' && text.trim() !== '') text = `<${segment.shift}>${text.trim()}</${segment.shift}>`;
    if (wanted !== open) {
      // Emphasis opens after and closes before spaces, as CommonMark requires.
      if (open) markdown = markdown.replace(/(\s*)$/, '**$1');
      const lead = /^\s*/.exec(text)?.[0] ?? '';
      markdown += wanted ? `${lead}**${text.slice(lead.length)}` : text;
      open = wanted;
    } else markdown += text;
  });
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- assigned in the callback above, which TypeScript's narrowing does not see
  if (open) markdown = markdown.replace(/(\s*)$/, '**$1');
  return markdown.trim();
}

/** An emphasised run of only punctuation or spaces (a bold comma) is no lead: it is not marked. */
function dropPunctuationOnlyEmphasis(segments: readonly PdfSegment[], emphasis: boolean[]): void {
  let start = 0;
  while (start < segments.length) {
    let end = start;
    while (end + 1 < segments.length && emphasis[end + 1] === emphasis[start]) end++;
    const text = segments
      .slice(start, end + 1)
      .map((segment) => segment.text)
      .join('');
    if (emphasis[start] && /^[\s\p{P}]*$/u.test(text)) for (let i = start; i <= end; i++) emphasis[i] = false;
    start = end + 1;
  }
}
