/**
 * Records what a block says, read from the tree the reader gets: after raw
 * HTML has been parsed and sanitised, before KaTeX turns math into MathML.
 * Search records, quotes, meta descriptions, the table of contents and ingest's
 * fidelity check all read this text, so they agree on what "the text" of a
 * block is, and none of them sees markup a reader never sees (a `<script>` and
 * its content, a refused link's href).
 *
 *     **一年来，我们迎难而上。**全面落实“惠商保”<sup>[1]</sup>，PM<sub>2.5</sub> 下降
 *
 * gives `file.data.blockText`
 *
 *     一年来，我们迎难而上。全面落实“惠商保”，PM2.5 下降
 *
 * - markup is removed and escapes and entities are resolved (the parser did that);
 * - glossary markers go: a note reference's number (`sup.gloss-n`) and any
 *   `<sup>[n]</sup>` left without an entry; other sup/sub text stays (m2, PM2.5);
 * - line breaks and paragraph ends join with nothing (a Chinese line or page
 *   wrap is no space); table cells and rows are separated by one space;
 * - math is its TeX source, without the `$` delimiters.
 *
 * `file.data.figureText` is the same text without what sup and sub hold:
 * their digits are notation, not figures (PM2.5, m², a marker [1]), so the
 * figure check of a translation (src/lib/figures.ts) reads this one.
 *
 * `file.data.hasMath` says whether the block holds math: an element rehype-katex
 * will render (remark-math's placeholders, or a ```math fence), so a page loads
 * KaTeX's stylesheet exactly when it has KaTeX output.
 */
import type { Element, Root, RootContent } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

declare module 'vfile' {
  interface DataMap {
    /** The block's plain text as a reader reads it (see rehype-block-text.ts). */
    blockText: string;
    /** The block text without sup/sub content, for the figure check. */
    figureText: string;
    /** True when the block contains math that KaTeX renders. */
    hasMath: boolean;
  }
}

const MATH_CLASSES = ['language-math', 'math-inline', 'math-display'];
/** Elements whose children are table cells or rows: their parts are separated by a space. */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

export function rehypeBlockText() {
  return (tree: Root, file: VFile) => {
    file.data.blockText = textOf(tree, isGlossaryMarker);
    file.data.figureText = textOf(tree, (element) => element.tagName === 'sup' || element.tagName === 'sub');
    let hasMath = false;
    visit(tree, 'element', (node) => {
      if (classesOf(node).some((name) => MATH_CLASSES.includes(name))) hasMath = true;
    });
    file.data.hasMath = hasMath;
  };
}

/** The text of a node; elements that `skip` accepts are left out with their content. */
function textOf(node: Root | RootContent, skip: (element: Element) => boolean): string {
  if (node.type === 'text') return node.value.replaceAll('\n', '');
  // Comments (and doctypes, raw nodes: none survive the sanitizer) are not read.
  if (node.type !== 'root' && node.type !== 'element') return '';
  if (node.type === 'element' && skip(node)) return '';
  const parts = (node.children as RootContent[]).map((child) => textOf(child, skip));
  if (node.type === 'element' && TABLE_PARTS.has(node.tagName)) return parts.filter((part) => part !== '').join(' ');
  return parts.join('');
}

/** A note reference's number, or a source marker `<sup>[n]</sup>` that no entry claimed. */
function isGlossaryMarker(element: Element): boolean {
  if (element.tagName !== 'sup') return false;
  if (classesOf(element).includes('gloss-n')) return true;
  const only = element.children.length === 1 ? element.children[0] : undefined;
  return only?.type === 'text' && /^\[\d+\]$/.test(only.value);
}

function classesOf(element: Element): string[] {
  const className = element.properties['className'];
  return Array.isArray(className) ? className.map(String) : [];
}
