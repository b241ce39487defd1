/**
 * A page opened from a search result (?hl=terms#p12) highlights the terms in
 * the paragraph it lands on. Text nodes are split, never re-parsed as HTML.
 *
 * A plain module, not a custom element: it acts once, on what the page's URL
 * names (the query and the #target), wherever on the page that is.
 */
import { queryTerms, termsPattern } from '../search/query.ts';

const terms = queryTerms(new URLSearchParams(location.search).get('hl') ?? '');
const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;

const pattern = termsPattern(terms);
if (pattern && target) {
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('.pnum, details:not([open]), script') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const text = node.data;
    const parts: (string | HTMLElement)[] = [];
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      parts.push(text.slice(last, start));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = match[0];
      parts.push(mark);
      last = start + match[0].length;
    }
    if (last === 0) continue;
    parts.push(text.slice(last));
    node.replaceWith(...parts);
  }
}

export {};
