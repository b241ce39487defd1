/**
 * Edits of an exported XLIFF file as a translator's CAT tool would make them,
 * done on the parsed XML (xml-js), never by hand-writing XML: change a target,
 * move a state, add a note, and save the whole file as another tool would
 * (another namespace prefix, attributes in another order, other indentation,
 * CRLF line ends).
 */
import convert, { type Element } from 'xml-js';
import { escapeAttributesFn } from '../xml-tree.ts';

export function parse(xml: string): Element {
  return convert.xml2js(xml, { captureSpacesBetweenElements: true }) as Element;
}

export function serialise(tree: Element): string {
  return convert.js2xml(tree, {
    spaces: 0,
    attributesFn: escapeAttributesFn,
  });
}

function walk(node: Element, visit: (element: Element) => void): void {
  if (node.type === 'element') visit(node);
  for (const child of node.elements ?? []) walk(child, visit);
}

function children(node: Element, name: string): Element[] {
  return (node.elements ?? []).filter((child) => child.type === 'element' && child.name === name);
}

/** The unit element (trans-unit or unit) with this id. */
export function findUnit(tree: Element, id: string): Element {
  let found: Element | undefined;
  walk(tree, (element) => {
    if ((element.name === 'trans-unit' || element.name === 'unit') && element.attributes?.id === id) found = element;
  });
  if (!found) throw new Error(`no unit ${id} in the export`);
  return found;
}

/** The source and target (and, for 2.x, the segment) of a unit. */
export function parts(unit: Element): { source: Element; target?: Element; segment: Element } {
  const segment = unit.name === 'unit' ? (children(unit, 'segment')[0] ?? unit) : unit;
  const source = children(segment, 'source')[0];
  if (!source) throw new Error('unit without source');
  const target = children(segment, 'target')[0];
  return { source, segment, ...(target ? { target } : {}) };
}

/** Edit one unit of an XLIFF text. */
export function editUnit(xml: string, id: string, edit: (unit: Element) => void): string {
  const tree = parse(xml);
  edit(findUnit(tree, id));
  return serialise(tree);
}

/** Replace the text nodes of an element's content (recursively) through `change`. */
export function replaceText(node: Element, change: (text: string) => string): void {
  for (const child of node.elements ?? []) {
    if (child.type === 'text') child.text = change(String(child.text ?? ''));
    else replaceText(child, change);
  }
}

/** A target with only text (no inline elements). */
export function setTargetText(unit: Element, text: string): void {
  const { target, segment } = parts(unit);
  const element: Element = target ?? { type: 'element', name: 'target', attributes: {}, elements: [] };
  element.elements = [{ type: 'text', text }];
  if (!target) segment.elements = [...(segment.elements ?? []), element];
}

/** Set the state as the version writes it (1.2 on the target, 2.x on the segment). */
export function setState(unit: Element, state: string): void {
  const { target, segment } = parts(unit);
  const holder = unit.name === 'unit' ? segment : target;
  if (!holder) throw new Error('no target to carry the state');
  holder.attributes = { ...holder.attributes, state };
}

/** Add a translator's note (1.2: <note> after the target; 2.x: in <notes> first). */
export function addNote(unit: Element, text: string): void {
  const note: Element = { type: 'element', name: 'note', elements: [{ type: 'text', text }] };
  if (unit.name === 'trans-unit') {
    unit.elements = [...(unit.elements ?? []), note];
    return;
  }
  const notes = children(unit, 'notes')[0];
  if (notes) notes.elements = [...(notes.elements ?? []), note];
  else unit.elements = [{ type: 'element', name: 'notes', elements: [note] }, ...(unit.elements ?? [])];
}

const STRUCTURAL = new Set(['xliff', 'file', 'header', 'body', 'group', 'trans-unit', 'unit', 'notes', 'segment']);

/**
 * The file as another tool saves it: every element under the prefix `prefix`
 * (declared on the root instead of a default namespace), attributes in reverse
 * order, tab indentation between structural elements, CRLF line ends.
 */
export function resaveAsAnotherTool(xml: string, prefix = 'xlf'): string {
  const tree = parse(xml);
  const indent = (node: Element, depth: number): void => {
    const elements = node.elements ?? [];
    for (const child of elements) if (child.type === 'element') indent(child, depth + 1);
    if (!STRUCTURAL.has(node.name ?? '')) return;
    const kept = elements.filter((child) => child.type !== 'text');
    node.elements = [
      ...kept.flatMap((child) => [{ type: 'text', text: `\n${'\t'.repeat(depth + 1)}` }, child]),
      { type: 'text', text: `\n${'\t'.repeat(depth)}` },
    ];
  };
  const root = (tree.elements ?? []).find((node) => node.type === 'element');
  if (!root) throw new Error('no root');
  tree.elements = [root];
  indent(root, 0);
  walk(root, (element) => {
    const attributes = { ...element.attributes };
    const namespace = attributes.xmlns;
    delete attributes.xmlns;
    if (namespace !== undefined) attributes[`xmlns:${prefix}`] = namespace;
    element.attributes = Object.fromEntries(Object.entries(attributes).reverse());
    element.name = `${prefix}:${element.name ?? ''}`;
  });
  return `<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n${serialise(tree)}\n`.replace(/\n/g, '\r\n');
}
