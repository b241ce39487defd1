/**
 * Which text is set in another face than the body. Official documents set the
 * body in one face (仿宋) and mark headings and lead sentences with another
 * (黑体, 楷体) or with bold; a PDF names its fonts (FangSong_GB2312, SimHei,
 * NotoSerifCJKsc-Bold), so "emphasised" is: a font of another family than the
 * body's, or a bold weight of it. Only text with Chinese characters decides:
 * digits and Latin letters are often set in a Latin font (Times New Roman)
 * inside a Chinese sentence, and superscripts in whatever font is at hand, so
 * they take the emphasis of the Chinese text around them.
 */
import type { PdfSegment } from './pdf-lines.ts';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/** A style suffix after the family: -Bold, ,Bold, -BoldMT, -Regular, -W3. */
const STYLE_SUFFIX = /[-,][A-Za-z]*?(?:Regular|Roman|Book|Normal|Medium|Light|Thin|Bold|Heavy|Black|Italic|Oblique|W\d)[A-Za-z]*$/i;
const BOLD = /bold|heavy|black|\bW[6-9]\b/i;

export function fontFamily(font: string): string {
  return font.replace(STYLE_SUFFIX, '').toLowerCase();
}

export function isBoldFont(font: string): boolean {
  return BOLD.test(font);
}

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** The body font: the font most Chinese characters are set in. */
export function bodyFont(segments: Iterable<PdfSegment>): string {
  const counts = new Map<string, number>();
  for (const segment of segments) {
    if (segment.shift !== 'base') continue;
    const han = [...segment.text].filter((char) => CJK.test(char)).length;
    if (han > 0) counts.set(segment.font, (counts.get(segment.font) ?? 0) + han);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/** For each segment: is it set in an emphasising face? */
export function emphasisOf(segments: readonly PdfSegment[], body: string): boolean[] {
  // A PDF that names no fonts tells no faces apart.
  if (body === '') return segments.map(() => false);
  const decisive = segments.map((segment) => segment.shift === 'base' && hasCjk(segment.text));
  const own = segments.map(
    (segment) =>
      segment.font !== '' &&
      segment.font !== body &&
      (fontFamily(segment.font) !== fontFamily(body) || (isBoldFont(segment.font) && !isBoldFont(body))),
  );
  return segments.map((_, index) => {
    if (decisive[index]) return own[index] as boolean;
    let before: boolean | undefined;
    for (let i = index - 1; i >= 0 && before === undefined; i--) if (decisive[i]) before = own[i];
    let after: boolean | undefined;
    for (let i = index + 1; i < segments.length && after === undefined; i++) if (decisive[i]) after = own[i];
    return (before ?? false) && (after ?? true);
  });
}
