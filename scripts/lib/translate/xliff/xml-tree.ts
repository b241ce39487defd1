/**
 * XML in and out through xml-js, the XML library the xliff package itself is
 * built on (no other XML package is added). It fills what xml-js leaves to its
 * caller:
 *
 * - reading: well-formedness checked first with sax, the parser under xml-js,
 *   stopping at its first error (xml-js swallows sax's errors and returns
 *   what it read so far), line ends normalised as XML requires (CRLF → LF, which sax does not
 *   do), whitespace between elements kept (it can be text between two inline
 *   codes), a size limit, no DTD (sax expands no declared entity; a DOCTYPE is
 *   refused outright), and each element's namespace resolved from its prefix, so
 *   a file whose tool wrote `<xlf:trans-unit>` reads like one that wrote
 *   `<trans-unit>`;
 * - writing: attribute values escaped (xml-js escapes only `"`), text protected
 *   from xml-js's "desanitising" of a literal `&amp;` into `&`, and indentation
 *   only between structural elements, never inside mixed content, where it
 *   would change the text.
 */
import sax from 'sax';
import convert, { type Attributes, type Element } from 'xml-js';

export type { Element } from 'xml-js';

/** Larger files are refused before they are parsed (a whole report's XLIFF is well under 1 MB). */
export const MAX_XML_BYTES = 32 * 1024 * 1024;

export class XmlError extends Error {
  /** 1-based line of the problem, when the parser gives one. */
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.name = 'XmlError';
    this.line = line;
  }
}

/** An element with its namespace URI and local name resolved; `children` are the xml-js nodes. */
export interface NamespacedElement {
  namespace: string;
  local: string;
  attributes: Record<string, string>;
  node: Element;
  /** Child elements. */
  children: NamespacedElement[];
  /** Child elements and text (CDATA as text; comments and processing instructions left out), in order. */
  content: (string | NamespacedElement)[];
}

function parseErrorLine(message: string): number | undefined {
  const line = /\nLine: (\d+)/.exec(message)?.[1];
  return line === undefined ? undefined : Number(line) + 1;
}

/** The first well-formedness error of the text, if any, as sax (strict) finds it. */
function checkWellFormed(text: string): void {
  const parser = sax.parser(true, { position: true });
  let first: Error | undefined;
  parser.onerror = (error) => {
    first ??= error;
    // Stop reading: sax would go on after an error.
    throw error;
  };
  try {
    parser.write(text).close();
  } catch (error) {
    first ??= error as Error;
  }
  if (first) throw new XmlError(`malformed XML: ${first.message.split('\n')[0] ?? first.message}`, parseErrorLine(first.message));
}

/** Parse XML text into xml-js's tree; malformed XML is an XmlError with its line. */
export function parseXml(text: string): Element {
  if (Buffer.byteLength(text, 'utf8') > MAX_XML_BYTES) throw new XmlError(`file is larger than ${String(MAX_XML_BYTES / 1024 / 1024)} MB`);
  const normalised = text.replace(/\r\n?/g, '\n');
  checkWellFormed(normalised);
  let tree: Element;
  try {
    tree = convert.xml2js(normalised, { captureSpacesBetweenElements: true, alwaysChildren: false }) as Element;
  } catch (error) {
    const message = (error as Error).message;
    throw new XmlError(`malformed XML: ${message.split('\n')[0] ?? message}`, parseErrorLine(message));
  }
  if ((tree.elements ?? []).some((node) => node.type === 'doctype'))
    throw new XmlError('a DOCTYPE is not accepted (XLIFF and TMX need none; it can declare entities)');
  const roots = (tree.elements ?? []).filter((node) => node.type === 'element');
  if (roots.length === 0) throw new XmlError('no root element (empty file?)');
  if (roots.length > 1) throw new XmlError(`malformed XML: a second root element <${roots[1]?.name ?? ''}> after the first`);
  return tree;
}

function attributesOf(node: Element): Record<string, string> {
  return Object.fromEntries(Object.entries(node.attributes ?? {}).map(([name, value]) => [name, String(value)]));
}

/** The tree's elements with namespaces resolved from their xmlns declarations, in scope order. */
export function resolveNamespaces(node: Element, scope: ReadonlyMap<string, string> = new Map()): NamespacedElement {
  const attributes = attributesOf(node);
  const inScope = new Map(scope);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'xmlns') inScope.set('', value);
    else if (name.startsWith('xmlns:')) inScope.set(name.slice('xmlns:'.length), value);
  }
  const name = node.name ?? '';
  const colon = name.indexOf(':');
  const prefix = colon < 0 ? '' : name.slice(0, colon);
  const unprefixed: Record<string, string> = {};
  for (const [attribute, value] of Object.entries(attributes)) {
    if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) continue;
    // Attributes of XLIFF itself are unprefixed; xml:lang keeps its prefix.
    const attributeColon = attribute.indexOf(':');
    const attributePrefix = attributeColon < 0 ? '' : attribute.slice(0, attributeColon);
    const key =
      attributePrefix !== '' && attributePrefix !== 'xml' && inScope.get(attributePrefix) === inScope.get(prefix)
        ? attribute.slice(attributeColon + 1)
        : attribute;
    unprefixed[key] = value;
  }
  const content = (node.elements ?? []).flatMap((child): (string | NamespacedElement)[] => {
    if (child.type === 'element') return [resolveNamespaces(child, inScope)];
    if (child.type === 'text') return [String(child.text ?? '')];
    if (child.type === 'cdata') return [child.cdata ?? ''];
    return [];
  });
  return {
    namespace: inScope.get(prefix) ?? '',
    local: colon < 0 ? name : name.slice(colon + 1),
    attributes: unprefixed,
    node,
    children: content.filter((child) => typeof child !== 'string'),
    content,
  };
}

/** The root element of a parsed document, namespaces resolved. */
export function rootElement(tree: Element): NamespacedElement {
  const root = (tree.elements ?? []).find((node) => node.type === 'element');
  if (!root) throw new XmlError('no root element');
  return resolveNamespaces(root);
}

function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('\n', '&#10;')
    .replaceAll('\r', '&#13;')
    .replaceAll('\t', '&#9;');
}

/** Attribute values escaped for writers that do not escape them (xml-js and the xliff package, which uses it). */
export function escapedAttributes(attributes: Readonly<Record<string, string | number | undefined>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(attributes).flatMap(([name, value]) =>
      value === undefined ? [] : [[name, escapeAttribute(typeof value === 'string' ? value : value.toString())]],
    ),
  );
}

/**
 * xml-js's `attributesFn` option escaping every attribute value. (Its types
 * declare `(value: string) => void`; it is called with the attributes object and
 * writes what it returns.)
 */
export const escapeAttributesFn = ((attributes: Attributes) => escapedAttributes(attributes)) as unknown as (value: string) => void;

/**
 * Text nodes split after every `&`, so that no node holds `&amp;`: xml-js turns
 * a literal `&amp;` in a text node into `&` before escaping (its "desanitise").
 */
function protectText(node: Element): Element {
  const elements = node.elements?.flatMap((child): Element[] => {
    if (child.type === 'text') {
      const text = String(child.text ?? '');
      return text.split(/(?<=&)/).map((piece) => ({ type: 'text', text: piece }));
    }
    return [protectText(child)];
  });
  return elements ? { ...node, elements } : { ...node };
}

/** Indentation text between the children of the structural elements (whose own text is never content). */
function indent(node: Element, structural: ReadonlySet<string>, depth: number): Element {
  const elements = node.elements?.map((child) => (child.type === 'element' ? indent(child, structural, depth + 1) : child));
  if (!elements) return { ...node };
  if (!structural.has(node.name ?? '') || !elements.every((child) => child.type === 'element')) return { ...node, elements };
  const pad = (level: number): Element => ({ type: 'text', text: `\n${'  '.repeat(level)}` });
  return { ...node, elements: [...elements.flatMap((child) => [pad(depth + 1), child]), pad(depth)] };
}

/** Serialise an xml-js tree: declaration, escaped attributes, text kept exact, structural elements indented. */
export function writeXml(root: Element, structural: ReadonlySet<string>): string {
  const body = convert.js2xml(
    {
      declaration: { attributes: { version: '1.0', encoding: 'UTF-8' } },
      elements: [{ type: 'text', text: '\n' }, indent(protectText(root), structural, 0)],
    },
    // attributesFn runs before xml-js's own escaping, which is of `"` alone.
    { spaces: 0, attributesFn: escapeAttributesFn },
  );
  return `${body}\n`;
}

/** The first root element of an XML string written by a library (parsed back to be completed). */
export function elementOf(xml: string): Element {
  const root = parseXml(xml).elements?.find((node) => node.type === 'element');
  if (!root) throw new XmlError('no root element');
  return root;
}
