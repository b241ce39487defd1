/**
 * A partial draft from the translation memory keeps each sentence it has no
 * English for in Chinese, as `⟦not yet translated: …⟧`
 * (scripts/lib/translate/memory/gaps.ts). The reader sees that text as it
 * stands, under the draft's label; this plugin marks the Chinese inside it as
 * Chinese (`<span lang="zh-CN">`), so a screen reader reading the English
 * paragraph does not read it with an English voice (WCAG 3.1.2, language of
 * parts), and wraps the whole gap in `<span class="untranslated-gap">`.
 *
 * A gap is usually one text node; a Chinese sentence with <sup>/<sub> spans
 * several siblings, which are wrapped together. An opening without its closing
 * bracket among the same element's children is left as it is.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { GAP_CLOSE, GAP_OPEN } from '../lib/untranslated-gaps.ts';

function text(value: string): Text {
  return { type: 'text', value };
}

function gapElement(chinese: ElementContent[]): ElementContent {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['untranslated-gap'] },
    children: [text(GAP_OPEN), { type: 'element', tagName: 'span', properties: { lang: 'zh-CN' }, children: chinese }, text(GAP_CLOSE)],
  };
}

/** The children with every complete gap among them wrapped; undefined when there is none. */
function withGaps(children: readonly ElementContent[]): ElementContent[] | undefined {
  const out: ElementContent[] = [];
  let changed = false;
  const queue = [...children];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    const open = node.type === 'text' ? node.value.indexOf(GAP_OPEN) : -1;
    if (node.type !== 'text' || open < 0) {
      out.push(node);
      continue;
    }
    const after = node.value.slice(open + GAP_OPEN.length);
    const inner: ElementContent[] = [];
    let rest: string | undefined;
    let taken = 0;
    // The closing bracket: in the same text node, or in a later sibling text node.
    for (let candidate: ElementContent | undefined = text(after); candidate; candidate = queue[taken++]) {
      const close = candidate.type === 'text' ? candidate.value.indexOf(GAP_CLOSE) : -1;
      if (candidate.type === 'text' && close >= 0) {
        if (close > 0) inner.push(text(candidate.value.slice(0, close)));
        rest = candidate.value.slice(close + GAP_CLOSE.length);
        break;
      }
      inner.push(candidate);
    }
    if (rest === undefined) {
      out.push(node);
      continue;
    }
    if (open > 0) out.push(text(node.value.slice(0, open)));
    out.push(gapElement(inner));
    queue.splice(0, Math.max(taken, 0));
    // What follows the gap may hold the next one.
    if (rest !== '') queue.unshift(text(rest));
    changed = true;
  }
  return changed ? out : undefined;
}

function isGap(node: Element): boolean {
  const className = node.properties['className'];
  return Array.isArray(className) && className.includes('untranslated-gap');
}

export function rehypeUntranslatedGaps() {
  return (tree: Root) => {
    // Gaps stand in a paragraph (or a list item, a cell …): never at the root of a block.
    visit(tree, 'element', (node) => {
      // A gap made here starts with its own opening text: not to be wrapped again.
      if (isGap(node)) return SKIP;
      const children = withGaps(node.children);
      if (children) node.children = children;
      return undefined;
    });
  };
}
