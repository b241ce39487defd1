/**
 * Facts about HTML page structure both page readers lean on: which elements
 * are page chrome, which are blocks, and how much Chinese text an element holds
 * (the measure by which the article is found).
 */
import type { Element, Root } from 'hast';

/** Containers that are page chrome, never the article. */
export const CHROME = new Set(['nav', 'header', 'footer', 'aside', 'menu']);

/** Chinese characters in a text: the measure of how much report an element holds. */
export function countHan(text: string): number {
  return (text.match(/[\u3400-\u9fff]/g) ?? []).length;
}

/** Visit elements depth-first; returning 'skip' leaves an element's children out. */
export function visitElements(node: Root | Element, visit: (element: Element) => void | 'skip'): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (visit(child) === 'skip') continue;
    visitElements(child, visit);
  }
}
