/**
 * Titles for the PDF's bookmarks, taken from the printed page. Chromium builds
 * the outline from the headings (so its entries and targets are right), but it
 * titles them from the laid-out text: words lose the space where a heading wraps,
 * a glossary marker sticks to the last word ("新质生产力8") and a heading split
 * by a page break can appear twice. These are the headings' clean texts, in the
 * order Chromium walks them, to retitle its entries (see outline.ts).
 */

/**
 * Runs in the page (passed to page.evaluate), so it must be self-contained.
 * Every rendered h1–h6 in document order; the parts of a bilingual heading
 * (Chinese and English columns, the title and its translation) joined by " / ".
 */
export function collectOutlineTitles(): string[] {
  const titleOf = (heading: Element): string => {
    const parts = [''];
    const walk = (node: Node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) parts[parts.length - 1] = (parts.at(-1) ?? '') + (child.textContent ?? '');
        else if (child instanceof HTMLElement && !child.matches('.gloss-n, .visually-hidden')) {
          const isBlock = getComputedStyle(child).display === 'block';
          if (isBlock) parts.push('');
          walk(child);
          if (isBlock) parts.push('');
        }
      }
    };
    walk(heading);
    return parts
      .map((part) => part.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join(' / ');
  };
  return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((heading) => heading.checkVisibility()).map(titleOf);
}
