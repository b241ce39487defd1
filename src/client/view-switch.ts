/**
 * <baogao-view-switch>: switching language or view keeps the reader's place. The
 * view links inside it get the #id of the block nearest the top of the viewport
 * when clicked, and the chosen view is remembered per browser (view-choice.ts)
 * for the home page's report links.
 *
 * Nothing here runs before a click, so it needs no early script: the links work
 * as plain links (top of the other view) until the element is defined.
 */
import { pathToLang } from '../utils/urls.ts';
import { defineElement } from './define-element.ts';
import { storeViewChoice } from './view-choice.ts';

/** Below the sticky view switch (about 60 px) counts as the top. */
const TOP_LINE = 100;

function blockAtTop(): string | undefined {
  let last: string | undefined;
  for (const block of document.querySelectorAll<HTMLElement>('[data-block]')) {
    if (block.getBoundingClientRect().top > TOP_LINE) break;
    last = block.id;
  }
  return last;
}

class ViewSwitch extends HTMLElement {
  #controller: AbortController | undefined;

  connectedCallback(): void {
    this.#controller = new AbortController();
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-view-link]')) {
      link.addEventListener(
        'click',
        () => {
          const id = blockAtTop() ?? (location.hash ? location.hash.slice(1) : undefined);
          if (id) link.hash = id;
          // The link says its view (ViewSwitch.astro); its language is in its path.
          storeViewChoice(link.dataset['viewLink'], pathToLang(link.pathname));
        },
        { signal: this.#controller.signal },
      );
    }
  }

  disconnectedCallback(): void {
    this.#controller?.abort();
  }
}

defineElement('baogao-view-switch', ViewSwitch);
