/**
 * Switching language or view keeps the reader's place: the view links get the
 * #id of the block nearest the top of the viewport when clicked. The last
 * chosen view is remembered per browser, and the home page's report links
 * follow it.
 */
import { pathToLang } from '../utils/urls.ts';

const STORAGE_KEY = 'baogao-view';

function blockAtTop(): string | undefined {
  const blocks = document.querySelectorAll<HTMLElement>('[data-block]');
  let last: string | undefined;
  for (const block of blocks) {
    // Below the sticky view switch (about 60 px) counts as the top.
    if (block.getBoundingClientRect().top > 100) break;
    last = block.id;
  }
  return last;
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-view-link]')) {
  link.addEventListener('click', () => {
    const id = blockAtTop() ?? (location.hash ? location.hash.slice(1) : undefined);
    if (id) link.hash = id;
    // The link says its view (ViewSwitch.astro); its language is in its path.
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ view: link.dataset['viewLink'], lang: pathToLang(link.pathname) }));
  });
}

export {};
