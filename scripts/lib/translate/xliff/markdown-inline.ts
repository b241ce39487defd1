/**
 * A block's Markdown as a sequence of inline tokens that a CAT tool can show and
 * carry: text to translate, paired formatting (bold lead, italics, sup, sub …)
 * around text, and standalone codes it must keep (a glossary marker
 * `<sup>[1]</sup>`, a line break, any other Markdown or HTML syntax, verbatim).
 *
 * Parsed with the site's own Markdown parser and plugins (remark, GFM, CJK-friendly
 * emphasis, math: src/markdown/block-processor.ts), so what is bold here is what
 * the reader sees bold. Tokens keep the source's exact characters: text is the
 * raw Markdown slice (escapes included), and `formatMarkdown(parseInline(md))`
 * is `md` byte for byte, which `parseInline` asserts.
 */
import type { Node, Parent } from 'unist';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkPlugins } from '../../../../src/markdown/plugins.ts';

/** Paired formats and their exact Markdown delimiters; a closed list, so an import can produce no other markup. */
export const PAIRED_FORMATS = {
  bold: ['**', '**'],
  'bold-underscore': ['__', '__'],
  italic: ['*', '*'],
  'italic-underscore': ['_', '_'],
  strike: ['~~', '~~'],
  'strike-single': ['~', '~'],
  sup: ['<sup>', '</sup>'],
  sub: ['<sub>', '</sub>'],
  'html-b': ['<b>', '</b>'],
  'html-strong': ['<strong>', '</strong>'],
  'html-i': ['<i>', '</i>'],
  'html-em': ['<em>', '</em>'],
} as const satisfies Record<string, readonly [string, string]>;

export type PairedFormat = keyof typeof PAIRED_FORMATS;

export type InlineToken =
  | { kind: 'text'; text: string }
  | { kind: 'paired'; format: PairedFormat; children: InlineToken[] }
  /** A glossary marker, `<sup>[n]</sup>`: the note's number, which the translation keeps. */
  | { kind: 'glossary'; n: number }
  /** A line break inside the block (a newline of its Markdown). */
  | { kind: 'break' }
  /** Any other syntax (link brackets, table pipes, math, raw HTML …), kept verbatim. */
  | { kind: 'code'; markup: string };

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkPlugins);

const INLINE_CONTAINERS = new Set(['strong', 'emphasis', 'delete']);

function isPairedFormat(value: string): value is PairedFormat {
  return Object.hasOwn(PAIRED_FORMATS, value);
}

/** The format whose delimiters are exactly `open` and `close`, if any. */
function formatOf(open: string, close: string): PairedFormat | undefined {
  return (Object.keys(PAIRED_FORMATS) as PairedFormat[]).find(
    (format) => PAIRED_FORMATS[format][0] === open && PAIRED_FORMATS[format][1] === close,
  );
}

function offsets(node: Node): [number, number] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) throw new Error(`Markdown node ${node.type} has no position`);
  return [start, end];
}

/** Text or syntax with its newlines as break tokens, so no token's text spans a line. */
function withBreaks(raw: string, kind: 'text' | 'code'): InlineToken[] {
  return raw.split('\n').flatMap((piece, index): InlineToken[] => {
    const token: InlineToken[] = piece === '' ? [] : [kind === 'text' ? { kind, text: piece } : { kind, markup: piece }];
    return index === 0 ? token : [{ kind: 'break' }, ...token];
  });
}

function childrenOf(node: Node): Node[] {
  return 'children' in node && Array.isArray((node as Parent).children) ? (node as Parent).children : [];
}

/** The tokens of `source[from, to)`, which `node`'s children cover; what lies between them is syntax. */
function tokensBetween(node: Node, source: string, from: number, to: number): InlineToken[] {
  const tokens: InlineToken[] = [];
  let at = from;
  for (const child of childrenOf(node)) {
    const [start, end] = offsets(child);
    if (start > at) tokens.push(...withBreaks(source.slice(at, start), 'code'));
    tokens.push(...tokensOf(child, source));
    at = end;
  }
  if (to > at) tokens.push(...withBreaks(source.slice(at, to), 'code'));
  return tokens;
}

function tokensOf(node: Node, source: string): InlineToken[] {
  const [start, end] = offsets(node);
  const children = childrenOf(node);
  if (node.type === 'text') return withBreaks(source.slice(start, end), 'text');
  const first = children[0];
  const last = children.at(-1);
  if (INLINE_CONTAINERS.has(node.type) && first && last) {
    const innerStart = offsets(first)[0];
    const innerEnd = offsets(last)[1];
    const format = formatOf(source.slice(start, innerStart), source.slice(innerEnd, end));
    if (format) return [{ kind: 'paired', format, children: tokensBetween(node, source, innerStart, innerEnd) }];
  }
  if (children.length > 0) return tokensBetween(node, source, start, end);
  return withBreaks(source.slice(start, end), 'code');
}

const GLOSSARY_NUMBER = /^\[([1-9][0-9]*)\]$/;

/** Raw HTML tags that open or close a paired format: exactly `<sup>`, `</sup>` …, without attributes. */
function htmlFormat(token: InlineToken | undefined, side: 0 | 1): PairedFormat | undefined {
  if (token?.kind !== 'code') return undefined;
  return (Object.keys(PAIRED_FORMATS) as PairedFormat[]).find((format) =>
    format.startsWith('html-') || format === 'sup' || format === 'sub' ? PAIRED_FORMATS[format][side] === token.markup : false,
  );
}

/**
 * Raw HTML arrives as separate opening and closing tags among their siblings;
 * pair `<sup>`…`</sup>` (and sub, b, strong, i, em) into paired tokens, and a
 * `<sup>[n]</sup>` around a bare number into a glossary marker.
 */
function pairHtml(tokens: InlineToken[]): InlineToken[] {
  const result: InlineToken[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (!token) continue;
    const format = htmlFormat(token, 0);
    if (!format) {
      result.push(token.kind === 'paired' ? { ...token, children: pairHtml(token.children) } : token);
      continue;
    }
    const middle = tokens[index + 1];
    const number = middle?.kind === 'text' ? GLOSSARY_NUMBER.exec(middle.text) : null;
    if (format === 'sup' && number?.[1] && htmlFormat(tokens[index + 2], 1) === 'sup') {
      result.push({ kind: 'glossary', n: Number(number[1]) });
      index += 2;
      continue;
    }
    let depth = 0;
    let close = -1;
    for (let candidate = index + 1; candidate < tokens.length; candidate++) {
      if (htmlFormat(tokens[candidate], 0) === format) depth++;
      if (htmlFormat(tokens[candidate], 1) === format) {
        if (depth === 0) {
          close = candidate;
          break;
        }
        depth--;
      }
    }
    if (close < 0) {
      result.push(token);
      continue;
    }
    result.push({ kind: 'paired', format, children: pairHtml(tokens.slice(index + 1, close)) });
    index = close;
  }
  return result;
}

/** Adjacent text tokens as one (a parser may split text around an escape or an entity). */
function mergeText(tokens: InlineToken[]): InlineToken[] {
  const result: InlineToken[] = [];
  for (const token of tokens) {
    const previous = result.at(-1);
    if (token.kind === 'text' && previous?.kind === 'text') previous.text += token.text;
    else result.push(token.kind === 'paired' ? { ...token, children: mergeText(token.children) } : { ...token });
  }
  return result;
}

/** The Markdown of tokens: the inverse of parseInline. */
export function formatMarkdown(tokens: readonly InlineToken[]): string {
  return tokens
    .map((token) => {
      switch (token.kind) {
        case 'text':
          return token.text;
        case 'code':
          return token.markup;
        case 'break':
          return '\n';
        case 'glossary':
          return `<sup>[${String(token.n)}]</sup>`;
        case 'paired': {
          const [open, close] = PAIRED_FORMATS[token.format];
          return `${open}${formatMarkdown(token.children)}${close}`;
        }
      }
    })
    .join('');
}

/** A block's Markdown as inline tokens; throws if they would not give back exactly the same Markdown. */
export function parseInline(markdown: string): InlineToken[] {
  if (markdown === '') return [];
  const tree = parser.parse(markdown);
  const tokens = mergeText(pairHtml(tokensBetween(tree, markdown, 0, markdown.length)));
  const back = formatMarkdown(tokens);
  if (back !== markdown)
    throw new Error(`inline tokens do not give back the Markdown: ${JSON.stringify(markdown)} → ${JSON.stringify(back)}`);
  return tokens;
}

export { isPairedFormat };
