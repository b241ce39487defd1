/**
 * The report's own inline markup, and nothing else, survives ingest: bold
 * (as `**…**`), `<sup>`, `<sub>` and line breaks. Everything else found in a
 * source is either unwrapped (its text kept: `<span>`, `<font>`, `<a>`, `<em>`)
 * or removed with its content and a warning (`<script>`, `<img>`, `<iframe>`,
 * event handlers…). Shared by the Markdown/text reader (inline HTML in a pasted
 * source) and the HTML page reader, so both apply one allow-list.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

/** What a `<br>` becomes while serialising (U+2028 LINE SEPARATOR); readers split lines on it. */
export const LINE_BREAK = '\u2028';

/** Elements removed together with their content: never report text, possibly hostile. */
export const REMOVED_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'img',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'source',
  'picture',
  'map',
  'area',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'label',
  'link',
  'meta',
  'base',
  'head',
  'title',
]);

/** Block elements that, met inside phrasing, still stand on lines of their own. */
const LINE_ELEMENTS = new Set(['p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'center', 'section', 'dt', 'dd']);

/** Elements kept as markup. */
const KEPT_TAGS = new Set(['sup', 'sub']);
const BOLD_TAGS = new Set(['strong', 'b']);

/** A removal or unwrapping the editor should know about. */
export interface MarkupFinding {
  line: number;
  /** `removed`: element and content dropped (a warning); `unwrapped`: tags dropped, text kept. */
  action: 'removed' | 'unwrapped' | 'attribute-removed';
  what: string;
}

/** Where a node sits in the source file (1-based line), given the offset of the parsed fragment. */
export function lineOf(node: { position?: { start: { line: number } } | undefined }, firstLine: number, fallback: number): number {
  return node.position ? node.position.start.line + firstLine - 1 : fallback;
}

export function describeElement(element: Element): string {
  const attributes = Object.keys(element.properties)
    .filter((name) => /^on/i.test(name) || name === 'src' || name === 'href')
    .map((name) => ` ${name.toLowerCase()}`)
    .join('');
  return `<${element.tagName}${attributes}>`;
}

/** True for an attribute that runs script or loads something. */
export function isHostileAttribute(name: string, value: unknown): boolean {
  if (/^on/i.test(name)) return true;
  return typeof value === 'string' && /^\s*(javascript|vbscript|data):/i.test(value);
}

/**
 * Serialise phrasing content to our inline Markdown dialect. `<br>` becomes
 * LINE_BREAK (not `\n`: a newline inside an HTML text node is only source
 * layout); bold runs become `**…**` with their outer whitespace moved outside
 * (Markdown needs the delimiters to touch the text).
 */
export function phrasingToMarkdown(
  nodes: readonly (ElementContent | RootContent)[],
  findings: MarkupFinding[],
  firstLine: number,
  fallbackLine: number,
  inBold = false,
  state: { afterBreak: boolean; literal?: boolean } = { afterBreak: true },
): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      // The first text after a line break carries its source line, for messages.
      if (state.afterBreak && node.value.trim() !== '') {
        out += lineMark(lineOf(node, firstLine, fallbackLine));
        state.afterBreak = false;
      }
      out += state.literal ? escapeLiteralText(node.value) : node.value;
    } else if (node.type === 'comment') continue;
    else if (node.type === 'element') {
      const line = lineOf(node, firstLine, fallbackLine);
      const name = node.tagName;
      for (const [attribute, value] of Object.entries(node.properties)) {
        if (isHostileAttribute(attribute, value) && !REMOVED_ELEMENTS.has(name))
          findings.push({ line, action: 'attribute-removed', what: `${attribute.toLowerCase()} on <${name}>` });
      }
      if (REMOVED_ELEMENTS.has(name)) {
        findings.push({ line, action: 'removed', what: describeElement(node) });
      } else if (name === 'br') {
        out += LINE_BREAK;
        state.afterBreak = true;
      } else if (KEPT_TAGS.has(name)) {
        out += `<${name}>${phrasingToMarkdown(node.children, findings, firstLine, line, inBold, state)}</${name}>`;
      } else if ((BOLD_TAGS.has(name) || isStyledBold(node)) && !inBold) {
        out += bold(phrasingToMarkdown(node.children, findings, firstLine, line, true, state));
      } else {
        if (!BOLD_TAGS.has(name)) findings.push({ line, action: 'unwrapped', what: `<${name}>` });
        // A block inside phrasing (a <p> in a bold run) still ends its line.
        const block = LINE_ELEMENTS.has(name);
        if (block) {
          out += LINE_BREAK;
          state.afterBreak = true;
        }
        out += phrasingToMarkdown(node.children, findings, firstLine, line, inBold, state);
        if (block) {
          out += LINE_BREAK;
          state.afterBreak = true;
        }
      }
    }
  }
  return out;
}

// Private-use characters: never in a report, and not whitespace (bold runs trim whitespace).
const LINE_MARK = /\uE000(\d+)\uE001/g;

function lineMark(line: number): string {
  return `\uE000${line}\uE001`;
}

/** Split serialised phrasing into its lines, each with the source line its text starts on. */
export function splitMarkedLines(markdown: string, fallback: number): { text: string; line: number }[] {
  let line = fallback;
  return markdown.split(LINE_BREAK).map((part) => {
    const mark = /\uE000(\d+)\uE001/.exec(part);
    if (mark?.[1]) line = Number(mark[1]);
    return { text: part.replace(LINE_MARK, ''), line };
  });
}

/**
 * Text that is literal (an HTML text node, a plain-text copy) escaped so that
 * Markdown reads it back as the same characters: 标*的为约束性指标 must not
 * become emphasis, 1. at a line start not a list, $ not math.
 */
export function escapeLiteralText(text: string): string {
  // Not _: inside a word (index_2024.html) it is never emphasis, and an escape would show in autolinks.
  return text.replace(/[\\`*$]/g, (char) => `\\${char}`);
}

/** A line whose start Markdown would read as a heading, quotation or list, escaped. */
export function escapeLineStart(line: string): string {
  return line.replace(/^(#{1,6}(?=\s)|>|[-+](?=\s))/, '\\$1').replace(/^(\d+)([.)])(?=\s)/, '$1\\$2');
}

/**
 * A tilde in report text is a range (4%~5%), never strikethrough; but two in one
 * paragraph would pair up as GFM strikethrough, so a paragraph with two or more
 * has them escaped. (One alone is literal, and stays untouched.)
 */
export function escapePairedTildes(markdown: string): string {
  return (markdown.match(/(?<!\\)~/g) ?? []).length >= 2 ? markdown.replace(/(?<!\\)~/g, '\\~') : markdown;
}

/** The text without line marks. */
export function withoutLineMarks(markdown: string): string {
  return markdown.replace(LINE_MARK, '');
}

function bold(inner: string): string {
  // A line break inside a bold run: bold each line on its own, each with its outer
  // whitespace (full-width indents included) outside the delimiters.
  return inner
    .split(/(\n|\u2028)/)
    .map((part) => {
      const [, lead = '', text = '', trail = ''] = /^((?:\s|\uE000\d+\uE001)*)([\s\S]*?)(\s*)$/.exec(part) ?? [];
      return text === '' ? part : `${lead}**${text}**${trail}`;
    })
    .join('');
}

/** A <span style="font-weight:bold"> (or 600–900): bold set by a style rather than <b>. */
function isStyledBold(element: Element): boolean {
  const style = element.properties['style'] ?? '';
  const weight = style
    .split(';')
    .map((declaration) => declaration.split(':'))
    .find(([property]) => property?.trim().toLowerCase() === 'font-weight')?.[1]
    ?.trim()
    .toLowerCase();
  return weight === 'bold' || weight === 'bolder' || (weight !== undefined && Number(weight) >= 600);
}

/** `**a****b**` (two adjacent bold runs) → `**ab**`. */
export function mergeAdjacentBold(markdown: string): string {
  return markdown.replace(/\*\*\*\*/g, '');
}

export type { Root };

/**
 * HTML whitespace as a browser shows it, except that a source line break
 * between two Han characters (or Han and punctuation) is dropped rather than
 * shown as a space: the page's author wrapped the line, the text has no space.
 */
export function collapseWhitespace(text: string): string {
  // Only ASCII whitespace collapses; a no-break space is a space the author typed
  // (Word exports two typed spaces as "&nbsp; "), so it stays, as a plain space.
  return text
    .replace(/(?<=[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef])[ \t\r\f]*\n[ \t\r\n\f]*(?=[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef])/g, '')
    .replace(/[ \t\r\n\f]+/g, ' ')
    .replace(/\u00a0/g, ' ')
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/** A `<` left in text (from `&lt;` or a bare `<`) must not become a tag again; our <sup>/<sub> stay. */
export function escapeAngle(line: string): string {
  // An already escaped `\<` (pandoc writes them) stays as it is.
  return line.replace(/(?<!\\)<(?!\/?(sup|sub)>)/g, '&lt;');
}
