/**
 * A web page saved from a government site → source lines. The page is parsed
 * with rehype-parse (parse5); the article is the element holding the most
 * paragraph text directly (the usual #zoom / .TRS_Editor / .article-content
 * container, found by its content rather than by a table of class names).
 * Each block element of the article becomes a line; `<br>` splits lines;
 * tables become GFM pipe tables; bold, `<sup>` and `<sub>` are kept; scripts,
 * styles, forms, images and frames are removed, with a warning when they sit
 * inside the article. A headline outside the article that names the report
 * (`<h1>2026年××县政府工作报告</h1>`, or the page `<title>`) is put before the
 * article so the title block can use it when the article has no title line.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { SourceLine } from '../source-line.ts';
import { readDateline } from '../dateline.ts';
import { isTitleLike } from '../title-block.ts';
import {
  REMOVED_ELEMENTS,
  collapseWhitespace,
  describeElement,
  escapeAngle,
  escapeLineStart,
  escapeLiteralText,
  lineOf,
  mergeAdjacentBold,
  phrasingToMarkdown,
  splitMarkedLines,
  type MarkupFinding,
} from './inline-markup.ts';
import { CHROME, countHan, visitElements } from './html-structure.ts';
import { tableToMarkdown } from './html-table.ts';
import { glossaryAfter, isProse, outsideBlocks, titleArea } from './outside-article.ts';

const BLOCK = new Set([
  'address',
  'article',
  'blockquote',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'body',
  'html',
  ...CHROME,
]);
const HEADING = /^h([1-6])$/;

export interface HtmlLines {
  lines: SourceLine[];
  findings: MarkupFinding[];
  /** Characters of the article's text: at least the report's text. */
  articleText: string;
  /** Where the article element starts. */
  articleLine: number;
  /** Page text outside the article that was not read, for the ingest report. */
  notRead: { line: number; text: string; prose: boolean }[];
  /** Blocks from outside the article that were read (title area, glossary box). */
  readOutside: { line: number; text: string }[];
}

export function readHtmlLines(html: string): HtmlLines | { error: string; line: number } {
  return readHtmlTree(unified().use(rehypeParse).parse(html));
}

/** The same from a parsed page (the Word reader hands over mammoth's HTML, notes taken out). */
export function readHtmlTree(tree: Root): HtmlLines | { error: string; line: number } {
  const article = findArticle(tree);
  if (!article) return { error: 'the page has no text that could be a report (no element holds paragraphs of text)', line: 0 };
  const findings: MarkupFinding[] = [];
  const lines: SourceLine[] = [];
  walkBlocks(article, lines, findings);
  const outside = outsideBlocks(tree, article);
  const opening = lines.slice(0, 8);
  const area = titleArea(outside, {
    title: !opening.some(isTitleLike),
    dateline: !opening.some(
      (_, index) =>
        readDateline(
          opening
            .slice(index, index + 3)
            .map((l) => l.markdown)
            .join(''),
        ) !== undefined,
    ),
  });
  const glossary = glossaryAfter(outside);
  lines.unshift(
    ...area.map(({ block, text }) => ({
      line: block.line,
      markdown: escapeAngle(escapeLiteralText(collapseWhitespace(text))),
      hashes: 0,
      blankBefore: true,
    })),
  );
  for (const block of glossary) pushPhrasing(block.element.children, block.line, 0, lines, findings);
  const taken = new Set([...area.map(({ block }) => block), ...glossary]);
  const readOutside = [...taken].map((block) => ({ line: block.line, text: block.text }));
  const notRead = outside
    .filter((block) => !taken.has(block))
    .map((block) => ({ line: block.line, text: block.text, prose: isProse(block) }));
  const articleText = toText(withoutRemoved(article), { whitespace: 'pre' });
  return { lines, findings, articleText, articleLine: lineOf(article, 1, 1), notRead, readOutside };
}

/** Sum of the text directly held by an element's paragraph-like children. */
function ownParagraphText(element: Element): number {
  let total = 0;
  for (const child of element.children) {
    if (child.type === 'text') total += countHan(child.value);
    else if (child.type === 'element' && !REMOVED_ELEMENTS.has(child.tagName) && !CHROME.has(child.tagName)) {
      if (child.tagName === 'a') continue;
      if (
        ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'center', 'span', 'font', 'strong', 'b', 'br'].includes(child.tagName) ||
        isLeafDiv(child)
      )
        total += countHan(toText(child)) - linkText(child);
    }
  }
  return total;
}

/** A div holding only phrasing (not blocks, not even inside an inline wrapper such as <font>). */
function isLeafDiv(element: Element): boolean {
  return (element.tagName === 'div' || element.tagName === 'section') && !containsBlock(element);
}

function linkText(element: Element): number {
  let total = 0;
  visitElements(element, (child) => {
    if (child.tagName === 'a') total += countHan(toText(child));
  });
  return total;
}

function findArticle(tree: Root): Element | undefined {
  let best: Element | undefined;
  let bestScore = 0;
  visitElements(tree, (element) => {
    if (REMOVED_ELEMENTS.has(element.tagName) || CHROME.has(element.tagName)) return 'skip';
    const score = ownParagraphText(element);
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
    return undefined;
  });
  return best ? widenToSections(tree, best) : undefined;
}

/**
 * Word's HTML splits a document at every section break into sibling
 * <div class="WordSection1">, <div class="WordSection2">…; the article is all of them.
 */
function widenToSections(tree: Root, article: Element): Element {
  const sectionClass = (element: Element) =>
    (Array.isArray(element.properties['className']) ? element.properties['className'] : []).some((name) =>
      /^(?:WordSection|Section)\d+$/.test(name),
    );
  if (!sectionClass(article)) return article;
  let parent: Element | undefined;
  visitElements(tree, (element) => {
    if (element.children.includes(article)) parent = element;
  });
  return parent ?? article;
}

/** A copy of the element without removed elements (for the text the article holds). */
function withoutRemoved(element: Element): Element {
  return {
    ...element,
    children: element.children
      .filter((child) => !(child.type === 'element' && REMOVED_ELEMENTS.has(child.tagName)))
      .map((child) => (child.type === 'element' ? withoutRemoved(child) : child)),
  };
}

/** Walk the article: block elements start new lines, phrasing content is collected into the current line. */
function walkBlocks(container: Element, lines: SourceLine[], findings: MarkupFinding[]): void {
  let pending: ElementContent[] = [];
  let pendingLine = lineOf(container, 1, 1);
  const flush = () => {
    if (pending.length === 0) return;
    pushPhrasing(pending, pendingLine, 0, lines, findings);
    pending = [];
  };
  for (const child of container.children) {
    if (child.type === 'element' && REMOVED_ELEMENTS.has(child.tagName)) {
      findings.push({ line: lineOf(child, 1, pendingLine), action: 'removed', what: describeElement(child) });
      continue;
    }
    // An inline wrapper around blocks (<font><span><p>…</p></span></font>, common on
    // county sites) is walked like a container, not flattened into one line.
    if (child.type === 'element' && !BLOCK.has(child.tagName) && containsBlock(child)) {
      flush();
      walkBlocks(child, lines, findings);
      continue;
    }
    if (child.type === 'element' && BLOCK.has(child.tagName)) {
      flush();
      const line = lineOf(child, 1, pendingLine);
      const heading = HEADING.exec(child.tagName);
      if (child.tagName === 'table' && isDataTable(child))
        lines.push({ line, markdown: tableToMarkdown(child, line, findings), hashes: 0, blankBefore: true, table: true });
      else if (child.tagName === 'hr') continue;
      else if (heading || !child.children.some((c) => c.type === 'element' && BLOCK.has(c.tagName)))
        pushPhrasing(child.children, line, heading ? Number(heading[1]) : 0, lines, findings);
      else walkBlocks(child, lines, findings);
      continue;
    }
    if (pending.length === 0) pendingLine = lineOf(child, 1, pendingLine);
    pending.push(child);
  }
  flush();
}

function containsBlock(element: Element): boolean {
  return element.children.some((child) => child.type === 'element' && (BLOCK.has(child.tagName) || containsBlock(child)));
}

function pushPhrasing(
  nodes: readonly ElementContent[],
  line: number,
  hashes: number,
  lines: SourceLine[],
  findings: MarkupFinding[],
): void {
  const markdown = mergeAdjacentBold(phrasingToMarkdown(nodes, findings, 1, line, false, { afterBreak: true, literal: true }));
  for (const part of splitMarkedLines(markdown, line)) {
    const text = escapeLineStart(collapseWhitespace(mergeAdjacentBold(part.text)));
    if (text !== '' && text !== '****') lines.push({ line: part.line, markdown: escapeAngle(text), hashes, blankBefore: true });
  }
}

/** A table of figures (主要指标), not a table used for page layout. */
function isDataTable(table: Element): boolean {
  let layout = false;
  visitElements(table, (element) => {
    if (element.tagName === 'table' && element !== table) layout = true;
    if ((element.tagName === 'td' || element.tagName === 'th') && countHan(toText(element)) > 150) layout = true;
  });
  return !layout;
}
