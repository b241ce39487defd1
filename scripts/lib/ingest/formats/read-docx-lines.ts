/**
 * A Word document (.docx) → source lines. mammoth turns it into HTML (bold,
 * superscripts, tables, footnotes and endnotes kept); the HTML goes through the
 * page reader like any saved page. Footnotes and endnotes (some reports put
 * their 名词解释 there) come out as glossary lines numbered as their notes,
 * their markers in the text as `<sup>[n]</sup>`, mammoth's back-links removed.
 *
 * A .docx has no source lines: messages count the document's paragraphs
 * instead (mammoth's HTML is split one block per line before parsing).
 */
import type { Element, Root } from 'hast';
import mammoth from 'mammoth';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visitElements } from './html-structure.ts';
import {
  collapseWhitespace,
  escapeAngle,
  escapeLiteralText,
  lineOf,
  phrasingToMarkdown,
  withoutLineMarks,
  type MarkupFinding,
} from './inline-markup.ts';
import { readHtmlTree, type HtmlLines } from './read-html-lines.ts';

const NOTE_ID = /^(footnote|endnote)-(\d+)$/;
const BACK_LINK = /^#(footnote|endnote)-ref-\d+$/;

export async function readDocxLines(bytes: Uint8Array): Promise<HtmlLines | { error: string; line: number }> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    return { error: `the Word file could not be read (damaged, encrypted, or not a .docx): ${(error as Error).message}`, line: 0 };
  }
  // One block per line, so that a "line" in a message is a paragraph of the document.
  const tree = unified()
    .use(rehypeParse)
    .parse(html.replace(/(<\/(?:p|h[1-6]|li|tr|table|ol|ul)>)/g, '$1\n'));
  const notes = takeNotes(tree);
  const read = readHtmlTree(tree);
  if ('error' in read) return read;
  const findings: MarkupFinding[] = [];
  for (const note of notes) {
    const text = escapeAngle(
      escapeLiteralText(collapseWhitespace(withoutLineMarks(phrasingToMarkdown(note.element.children, findings, 1, note.line)))),
    );
    if (text !== '') read.lines.push({ line: note.line, markdown: text, hashes: 0, blankBefore: true, note: note.n });
  }
  read.findings.push(...findings);
  return read;
}

/** Remove the footnote and endnote lists from the tree; their items, in order, with their numbers. */
function takeNotes(tree: Root): { n: number; element: Element; line: number }[] {
  const notes: { n: number; element: Element; line: number }[] = [];
  visitElements(tree, (element) => {
    const id = NOTE_ID.exec(element.properties['id'] ?? '');
    if (element.tagName !== 'li' || !id?.[2]) return undefined;
    removeBackLinks(element);
    // A note's text sits in one or more <p>: read them as one line.
    const paragraphs = element.children.flatMap((child) => (child.type === 'element' && child.tagName === 'p' ? child.children : [child]));
    notes.push({ n: Number(id[2]), element: { ...element, children: paragraphs }, line: lineOf(element, 1, 1) });
    return 'skip';
  });
  // The lists themselves go: they are notes, not body text.
  const drop = (node: Root | Element) => {
    node.children = node.children.filter(
      (child) =>
        !(
          child.type === 'element' &&
          (child.tagName === 'ol' || child.tagName === 'ul') &&
          child.children.some((li) => li.type === 'element' && NOTE_ID.test(li.properties['id'] ?? ''))
        ),
    );
    for (const child of node.children) if (child.type === 'element') drop(child);
  };
  drop(tree);
  return notes;
}

function removeBackLinks(element: Element): void {
  element.children = element.children.filter(
    (child) => !(child.type === 'element' && child.tagName === 'a' && BACK_LINK.test(child.properties['href'] ?? '')),
  );
  for (const child of element.children) if (child.type === 'element') removeBackLinks(child);
}
