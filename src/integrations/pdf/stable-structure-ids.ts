/**
 * Renumbers the IDs of a tagged PDF's structure elements in tree order.
 *
 * Chromium names each table header cell's structure element after its DOM node
 * (`/ID (node00000198)`), and data cells point at their headers by those names
 * (`/A << /Headers [(node00000198)] >>`), listed again in the structure tree's
 * /IDTree. DOM node numbers depend on how many nodes the page made before it
 * printed, which varies with timing under load, so two prints of the same page
 * could differ in these few bytes, and a forced reprint would no longer match the
 * cached PDF (render-cache-fs.ts). Numbering the IDs by their first appearance in
 * a depth-first walk of the tree gives the same names for the same structure.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

const ID = PDFName.of('ID');
const ATTRIBUTES = PDFName.of('A');
const HEADERS = PDFName.of('Headers');
const KIDS = PDFName.of('K');
const ID_TREE = PDFName.of('IDTree');
const NAME_TREE_KIDS = PDFName.of('Kids');
const NAME_TREE_NAMES = PDFName.of('Names');
const NAME_TREE_LIMITS = PDFName.of('Limits');

type PdfText = PDFString | PDFHexString;
const isText = (object: PDFObject | undefined): object is PdfText => object instanceof PDFString || object instanceof PDFHexString;

/** Renumbers the structure IDs in place; returns how many distinct IDs there were. */
export function stabiliseStructureIds(document: PDFDocument): number {
  const context = document.context;
  const root = document.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return 0;

  const renamed = new Map<string, string>();
  const rename = (text: PdfText): PDFString => {
    const old = text.decodeText();
    let name = renamed.get(old);
    if (name === undefined) {
      name = `node${String(renamed.size + 1).padStart(8, '0')}`;
      renamed.set(old, name);
    }
    return PDFString.of(name);
  };
  // An attribute list can be shared by several cells: its names are renamed once, never renamed again.
  const renamedHeaders = new Set<PDFArray>();
  const renameHeaders = (attributes: PDFObject | undefined) => {
    const resolved = attributes instanceof PDFRef ? context.lookup(attributes) : attributes;
    const dicts = resolved instanceof PDFArray ? resolved.asArray().map((item) => context.lookup(item)) : [resolved];
    for (const dict of dicts) {
      if (!(dict instanceof PDFDict)) continue;
      const headers = dict.lookup(HEADERS);
      if (!(headers instanceof PDFArray) || renamedHeaders.has(headers)) continue;
      renamedHeaders.add(headers);
      for (let index = 0; index < headers.size(); index += 1) {
        const header = headers.lookup(index);
        if (isText(header)) headers.set(index, rename(header));
      }
    }
  };

  // Depth-first over the structure elements, each visited once (the tree is a tree,
  // but a malformed file must not loop).
  const visited = new Set<PDFDict>();
  const walk = (node: PDFObject | undefined): void => {
    const resolved = node instanceof PDFRef ? context.lookup(node) : node;
    if (resolved instanceof PDFArray) {
      for (const item of resolved.asArray()) walk(item);
      return;
    }
    if (!(resolved instanceof PDFDict) || visited.has(resolved)) return;
    visited.add(resolved);
    const id = resolved.lookup(ID);
    if (isText(id)) resolved.set(ID, rename(id));
    renameHeaders(resolved.get(ATTRIBUTES));
    walk(resolved.get(KIDS));
  };
  walk(root.get(KIDS));

  rewriteIdTree(document, root, renamed);
  return renamed.size;
}

/**
 * The /IDTree maps each ID to its element. Its keys must stay sorted, and its old
 * nodes would otherwise be saved with the old names, so the tree becomes one root
 * node with every (new name, element) pair and its former kid nodes are deleted.
 */
function rewriteIdTree(document: PDFDocument, root: PDFDict, renamed: Map<string, string>): void {
  const context = document.context;
  const tree = root.lookupMaybe(ID_TREE, PDFDict);
  if (!tree) return;
  const entries: [string, PDFObject][] = [];
  const collect = (node: PDFDict, depth: number) => {
    if (depth > 32) throw new Error('the PDF’s structure /IDTree is nested too deep (a cycle?)');
    const names = node.lookup(NAME_TREE_NAMES);
    if (names instanceof PDFArray) {
      for (let index = 0; index + 1 < names.size(); index += 2) {
        const key = names.lookup(index);
        if (!isText(key)) continue;
        const old = key.decodeText();
        entries.push([renamed.get(old) ?? old, names.get(index + 1)]);
      }
    }
    const kids = node.lookup(NAME_TREE_KIDS);
    if (kids instanceof PDFArray) {
      for (const kid of kids.asArray()) {
        const kidNode = context.lookup(kid);
        if (kidNode instanceof PDFDict) collect(kidNode, depth + 1);
        if (kid instanceof PDFRef) context.delete(kid);
      }
    }
  };
  collect(tree, 0);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  tree.delete(NAME_TREE_KIDS);
  // A root node of a name tree has no /Limits.
  tree.delete(NAME_TREE_LIMITS);
  if (entries.length === 0) {
    tree.delete(NAME_TREE_NAMES);
    return;
  }
  tree.set(NAME_TREE_NAMES, context.obj(entries.flatMap(([name, element]) => [PDFString.of(name), element])));
}
