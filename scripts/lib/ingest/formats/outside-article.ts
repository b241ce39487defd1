/**
 * What a saved page holds outside the element chosen as its article. Pages put
 * parts of the report beside the article body: the headline and the dateline
 * in a title area above it, the glossary in an attachment box below it. Those
 * are taken in (the title block only when the article lacks one; the glossary
 * from its heading to the next page chrome); everything else outside is listed
 * as not read, and prose among it is a warning, so nothing disappears unseen.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { readDateline } from '../dateline.ts';
import { isFurnitureLine } from '../furniture.ts';
import { isGlossaryHeading } from '../glossary.ts';
import { isTitleText, readByline } from '../title-block.ts';
import { CHROME, countHan } from './html-structure.ts';
import { REMOVED_ELEMENTS, lineOf } from './inline-markup.ts';

export interface OutsideBlock {
  element: Element;
  text: string;
  line: number;
  /** After the article in document order. */
  after: boolean;
  /** Inside nav, header, footer, aside or menu. */
  chrome: boolean;
  han: number;
  linkHan: number;
}

const CONTAINERS = new Set([
  'div',
  'section',
  'article',
  'main',
  'td',
  'li',
  'ul',
  'ol',
  'dl',
  'table',
  'tbody',
  'thead',
  'tr',
  'center',
  'blockquote',
  'body',
  'html',
  'form',
  'dd',
  'figure',
  ...CHROME,
]);
const LEAVES = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'title',
  'dt',
  'dd',
  'li',
  'td',
  'th',
  'div',
  'span',
  'center',
  'section',
]);

function hasBlockChild(element: Element): boolean {
  return element.children.some(
    (child) => child.type === 'element' && (CONTAINERS.has(child.tagName) || /^(p|h[1-6])$/.test(child.tagName)),
  );
}

/** Leaf blocks outside the article, in document order. */
export function outsideBlocks(tree: Root, article: Element): OutsideBlock[] {
  const blocks: OutsideBlock[] = [];
  let after = false;
  const visit = (node: Root | Element, chrome: boolean) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child === article) {
        after = true;
        continue;
      }
      if (REMOVED_ELEMENTS.has(child.tagName) && child.tagName !== 'title' && child.tagName !== 'head') continue;
      const inChrome = chrome || CHROME.has(child.tagName);
      if (LEAVES.has(child.tagName) && !hasBlockChild(child)) {
        const text = toText(child).replace(/\s+/g, ' ').trim();
        if (text !== '') {
          let linkHan = 0;
          const links = (element: Element) => {
            for (const grandchild of element.children)
              if (grandchild.type === 'element') {
                if (grandchild.tagName === 'a') linkHan += countHan(toText(grandchild));
                else links(grandchild);
              }
          };
          links(child);
          blocks.push({ element: child, text, line: lineOf(child, 1, 1), after, chrome: inChrome, han: countHan(text), linkHan });
        }
        continue;
      }
      visit(child, inChrome);
    }
  };
  visit(tree, false);
  return blocks;
}

/** The headline from a <title>: 2026年××县政府工作报告_××县人民政府 → its report part. */
function headlineText(block: OutsideBlock): string {
  if (block.element.tagName !== 'title') return block.text;
  return (block.text.split(/[_|｜—–-]{1,2}/).find((part) => isTitleText(part)) ?? block.text).trim();
}

/**
 * Title-block lines found above the article: the headline (else the page
 * <title>), and a dateline and byline standing near it. `needs` says which the
 * article itself lacks.
 */
export function titleArea(blocks: OutsideBlock[], needs: { title: boolean; dateline: boolean }): { block: OutsideBlock; text: string }[] {
  const before = blocks.filter((block) => !block.after && !block.chrome);
  const found: { block: OutsideBlock; text: string }[] = [];
  const headlineAt = before.findLastIndex((block) => block.element.tagName !== 'title' && isTitleText(block.text));
  const titleElement = blocks.find((block) => block.element.tagName === 'title' && isTitleText(headlineText(block)));
  if (needs.title) {
    const headline = before[headlineAt] ?? titleElement;
    if (headline) found.push({ block: headline, text: headlineText(headline) });
  }
  if (needs.dateline) {
    for (const block of before.slice(Math.max(0, headlineAt), headlineAt === -1 ? 0 : headlineAt + 6)) {
      if (block === before[headlineAt]) continue;
      if (readDateline(block.text) || readByline(block.text)) found.push({ block, text: block.text });
    }
  }
  return found;
}

/** The glossary when it stands after the article: its heading block and the entry blocks after it, up to page chrome. */
export function glossaryAfter(blocks: OutsideBlock[]): OutsideBlock[] {
  const after = blocks.filter((block) => block.after);
  const headingAt = after.findIndex((block) => !block.chrome && block.text.length <= 40 && isGlossaryHeading(block.text));
  if (headingAt === -1) return [];
  const taken: OutsideBlock[] = [];
  for (const block of after.slice(headingAt)) {
    if (block.chrome || isFurnitureLine(block.text) || (block.han > 0 && block.linkHan / block.han > 0.5)) break;
    taken.push(block);
  }
  return taken;
}

/** Page text outside the article that reads like prose rather than links or furniture. */
export function isProse(block: OutsideBlock): boolean {
  return (
    !block.chrome && block.han >= 40 && block.linkHan / block.han < 0.3 && !isFurnitureLine(block.text) && block.element.tagName !== 'title'
  );
}
