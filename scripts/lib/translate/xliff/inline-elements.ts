/**
 * Inline tokens (markdown-inline.ts) as XLIFF inline elements, built with the
 * xliff package's makeInlineElement, and read back from a parsed file.
 *
 * | token                     | XLIFF 1.2                                         | XLIFF 2.x                                                      |
 * | ------------------------- | ------------------------------------------------- | -------------------------------------------------------------- |
 * | bold `**…**`              | `<g ctype="bold">`                                | `<pc type="fmt" subType="xlf:b">`                              |
 * | italic `*…*`              | `<g ctype="italic">`                              | `<pc type="fmt" subType="xlf:i">`                              |
 * | sup, sub, strike, `__…__` | `<g ctype="x-sup">` … (`x-<format>`)              | `<pc type="fmt" subType="baogao:sup">` …                       |
 * | glossary `<sup>[1]</sup>` | `<x ctype="x-glossary-ref" equiv-text="[1]"/>`    | `<ph type="other" subType="baogao:glossary-ref" equiv="[1]"/>` |
 * | line break                | `<x ctype="lb" equiv-text="&#10;"/>`              | `<ph type="fmt" subType="xlf:lb" equiv="&#10;"/>`              |
 * | other syntax, verbatim    | `<x ctype="x-markdown" equiv-text="](#g-x)"/>`    | `<ph type="other" subType="baogao:markdown" equiv="](#g-x)"/>` |
 *
 * Paired elements carry no markup of their own: their delimiters come from the
 * closed list of formats, so an imported file can only make the formatting we
 * export. A standalone code's `equiv-text`/`equiv` is its Markdown, verbatim
 * (untrusted like any en.json text: the site sanitises what it renders).
 * Element ids: the source's are numbered in order; a target element takes the
 * id of the first unused source element of the same kind (so a CAT tool shows
 * them as the same tag), else a new number.
 */
import { ElementTypes, makeInlineElement, type InlineElement } from 'xliff';
import { isPairedFormat, PAIRED_FORMATS, type InlineToken, type PairedFormat } from './markdown-inline.ts';
import { escapedAttributes, type NamespacedElement } from './xml-tree.ts';

export type XliffVersion = '1.2' | '2.0' | '2.1';

export const XLIFF_NAMESPACE = {
  '1.2': 'urn:oasis:names:tc:xliff:document:1.2',
  '2.x': 'urn:oasis:names:tc:xliff:document:2.0',
} as const;

const CTYPE_12: Record<PairedFormat, string> = Object.fromEntries(
  (Object.keys(PAIRED_FORMATS) as PairedFormat[]).map((format) => [
    format,
    format === 'bold' || format === 'italic' ? format : `x-${format}`,
  ]),
) as Record<PairedFormat, string>;

const SUBTYPE_2: Record<PairedFormat, string> = Object.fromEntries(
  (Object.keys(PAIRED_FORMATS) as PairedFormat[]).map((format) => [
    format,
    format === 'bold' ? 'xlf:b' : format === 'italic' ? 'xlf:i' : `baogao:${format}`,
  ]),
) as Record<PairedFormat, string>;

type Standalone = Exclude<InlineToken, { kind: 'text' } | { kind: 'paired' }>;

function standaloneAttributes(token: Standalone, is12: boolean): Record<string, string> {
  if (token.kind === 'glossary') {
    const number = `[${String(token.n)}]`;
    return is12
      ? { ctype: 'x-glossary-ref', 'equiv-text': number }
      : { type: 'other', subType: 'baogao:glossary-ref', equiv: number, disp: number };
  }
  if (token.kind === 'break') return is12 ? { ctype: 'lb', 'equiv-text': '\n' } : { type: 'fmt', subType: 'xlf:lb', equiv: '\n' };
  return is12
    ? { ctype: 'x-markdown', 'equiv-text': token.markup }
    : { type: 'other', subType: 'baogao:markdown', equiv: token.markup, disp: token.markup };
}

/** What makes two elements "the same tag" for id matching. */
function signature(token: Exclude<InlineToken, { kind: 'text' }>): string {
  switch (token.kind) {
    case 'paired':
      return `paired:${token.format}`;
    case 'glossary':
      return `glossary:${String(token.n)}`;
    case 'break':
      return 'break';
    case 'code':
      return `code:${token.markup}`;
  }
}

/** Ids for the inline elements of a source and a target. */
export class ElementIds {
  private next = 1;
  private readonly sourceIds = new Map<string, string[]>();
  private readonly target = new Map<string, string[]>();
  private readonly forTarget: boolean;

  constructor(source?: ElementIds) {
    this.forTarget = source !== undefined;
    if (source) {
      this.next = source.next;
      for (const [key, ids] of source.sourceIds) this.target.set(key, [...ids]);
    }
  }

  take(token: Exclude<InlineToken, { kind: 'text' }>): string {
    const key = signature(token);
    if (this.forTarget) {
      const matching = this.target.get(key)?.shift();
      if (matching) return matching;
    }
    const id = String(this.next++);
    if (!this.forTarget) this.sourceIds.set(key, [...(this.sourceIds.get(key) ?? []), id]);
    return id;
  }
}

/**
 * Text for the xliff package's writer: split after every `&`, because xml-js
 * (under the package) turns a literal `&amp;` in one text node into `&`.
 */
function textPieces(text: string): string[] {
  return text.split(/(?<=&)/);
}

/** Tokens as the xliff package's inline value, for version `version`; attribute values pre-escaped for its writer. */
export function toInlineValue(tokens: readonly InlineToken[], version: XliffVersion, ids: ElementIds): (string | InlineElement)[] {
  const is12 = version === '1.2';
  return tokens.flatMap((token): (string | InlineElement)[] => {
    if (token.kind === 'text') return textPieces(token.text);
    const id = ids.take(token);
    if (token.kind === 'paired') {
      const [open, close] = PAIRED_FORMATS[token.format];
      const attributes = is12
        ? { id, ctype: CTYPE_12[token.format] }
        : { id, type: 'fmt', subType: SUBTYPE_2[token.format], equivStart: open, equivEnd: close, dispStart: open, dispEnd: close };
      const contents = toInlineValue(token.children, version, ids);
      return [makeInlineElement(is12 ? ElementTypes.GenericSpan : ElementTypes.Span, escapedAttributes(attributes), contents)];
    }
    return [makeInlineElement(ElementTypes.Standalone, escapedAttributes({ id, ...standaloneAttributes(token, is12) }))];
  });
}

/** A problem with an inline element of a unit, for the import's list. */
export class InlineProblem extends Error {}

function formatByAttribute(table: Record<PairedFormat, string>, value: string | undefined): PairedFormat | undefined {
  const format = Object.entries(table).find(([, candidate]) => candidate === value)?.[0];
  return format !== undefined && isPairedFormat(format) ? format : undefined;
}

function glossaryNumber(value: string | undefined): number {
  const number = /^\[([1-9][0-9]*)\]$/.exec(value ?? '')?.[1];
  if (!number) throw new InlineProblem(`a glossary marker must read [n], found ${JSON.stringify(value ?? '')}`);
  return Number(number);
}

function describe(element: NamespacedElement): string {
  const attributes = Object.entries(element.attributes)
    .filter(([name]) => name !== 'id')
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  return `<${element.local}${attributes}>`;
}

function standaloneFrom(element: NamespacedElement, is12: boolean): InlineToken {
  const kind = is12 ? element.attributes.ctype : element.attributes.subType;
  const equiv = is12 ? element.attributes['equiv-text'] : element.attributes.equiv;
  if (kind === (is12 ? 'x-glossary-ref' : 'baogao:glossary-ref')) return { kind: 'glossary', n: glossaryNumber(equiv) };
  if (kind === (is12 ? 'lb' : 'xlf:lb')) return { kind: 'break' };
  if (kind === (is12 ? 'x-markdown' : 'baogao:markdown') && equiv !== undefined && equiv !== '') return { kind: 'code', markup: equiv };
  throw new InlineProblem(`inline element ${describe(element)} is not one the export writes; keep the tags as exported`);
}

/**
 * The tokens of a source or target read from a file: text as written, our
 * elements mapped back, segment markers (`<mrk>`, 2.x `<sm/>`/`<em/>`, which
 * CAT tools add) unwrapped or dropped. Anything else is an InlineProblem.
 */
export function tokensFromContent(
  content: readonly (string | NamespacedElement)[],
  version: XliffVersion,
  namespace: string,
): InlineToken[] {
  const is12 = version === '1.2';
  const tokens: InlineToken[] = [];
  for (const item of content) {
    if (typeof item === 'string') {
      const previous = tokens.at(-1);
      if (previous?.kind === 'text') previous.text += item;
      else tokens.push({ kind: 'text', text: item });
      continue;
    }
    if (item.namespace !== namespace)
      throw new InlineProblem(`inline element <${item.node.name ?? ''}> of another vocabulary (${item.namespace || 'no namespace'})`);
    if (item.local === 'mrk') {
      for (const token of tokensFromContent(item.content, version, namespace)) {
        const previous = tokens.at(-1);
        if (token.kind === 'text' && previous?.kind === 'text') previous.text += token.text;
        else tokens.push(token);
      }
      continue;
    }
    if (!is12 && (item.local === 'sm' || item.local === 'em')) continue;
    if (is12 ? item.local === 'g' : item.local === 'pc') {
      const format = formatByAttribute(is12 ? CTYPE_12 : SUBTYPE_2, is12 ? item.attributes.ctype : item.attributes.subType);
      if (!format) throw new InlineProblem(`inline element ${describe(item)} is not one the export writes; keep the tags as exported`);
      tokens.push({ kind: 'paired', format, children: tokensFromContent(item.content, version, namespace) });
      continue;
    }
    if (is12 ? item.local === 'x' : item.local === 'ph') {
      if (item.children.length > 0 || item.content.some((child) => typeof child === 'string' && child !== ''))
        throw new InlineProblem(`inline element ${describe(item)} must be empty`);
      tokens.push(standaloneFrom(item, is12));
      continue;
    }
    throw new InlineProblem(
      `inline element <${item.local}> is not one the export writes (${is12 ? 'g, x' : 'pc, ph'}); keep the tags as exported`,
    );
  }
  return tokens.filter((token) => token.kind !== 'text' || token.text !== '');
}
