/**
 * <baogao-other-language>: a paragraph's other language, shown in place when the
 * reader asks for it. The page carries its own language only; without
 * JavaScript each paragraph's control is a link to the same paragraph on the
 * other language's page (ReportBlock.astro). This element turns those links
 * into disclosure buttons (aria-expanded, aria-controls) and, on the first
 * press, loads the report's paragraphs in the other language, one file per
 * report (data-src: blocks.json, rendered by ReportBlock.astro itself), once per
 * page; the service worker (public/sw.js) keeps it for offline rereading.
 *
 * The text is inserted right after the button, so it is what a screen reader
 * reads next; focus stays on the button, which says it is expanded. The inserted
 * text carries the language of the file (its own elements carry theirs). Glossary
 * references in it are announced to <baogao-glossary-notes> by a bubbling
 * `baogao:content-added` event, so they open notes like the page's own. If the
 * file cannot be loaded, the text is a link to the paragraph on the other page.
 */
import type { OtherLanguageBlocks } from '../utils/other-language.ts';
import { CONTENT_ADDED } from './content-added.ts';
import { defineElement } from './define-element.ts';
import { readLabels, type Label } from './labels.ts';

/** One request per file and page, whichever paragraph asks first; a failed load may be tried again. */
const loads = new Map<string, Promise<OtherLanguageBlocks>>();

function loadBlocks(src: string): Promise<OtherLanguageBlocks> {
  let load = loads.get(src);
  if (!load) {
    load = fetch(src).then(async (response) => {
      if (!response.ok) throw new Error(`${src}: ${String(response.status)}`);
      return (await response.json()) as OtherLanguageBlocks;
    });
    load.catch(() => loads.delete(src));
    loads.set(src, load);
  }
  return load;
}

class OtherLanguage extends HTMLElement {
  #controller: AbortController | undefined;
  #label: Label = (key) => key;

  connectedCallback(): void {
    const src = this.dataset['src'];
    if (!src) return;
    this.#controller = new AbortController();
    this.#label = readLabels(this);
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a.other-lang')) link.replaceWith(this.#buttonFor(link));
    this.addEventListener(
      'click',
      (event) => {
        const button = (event.target as Element).closest<HTMLButtonElement>('button.other-lang');
        if (button && this.contains(button)) void this.#toggle(button, src);
      },
      { signal: this.#controller.signal },
    );
  }

  disconnectedCallback(): void {
    this.#controller?.abort();
  }

  /** The same control as a button: its content (the short mark and the hidden name) moves over; the link stays as its fallback. */
  #buttonFor(link: HTMLAnchorElement): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = link.className;
    button.append(...link.childNodes);
    const blockId = link.hash.slice(1);
    button.dataset['blockId'] = blockId;
    button.dataset['href'] = link.href;
    button.dataset['hreflang'] = link.hreflang;
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', `${blockId}-other-lang`);
    return button;
  }

  async #toggle(button: HTMLButtonElement, src: string): Promise<void> {
    const id = button.getAttribute('aria-controls') ?? '';
    const existing = document.getElementById(id);
    const open = button.getAttribute('aria-expanded') === 'true';
    if (existing) {
      existing.hidden = open;
      button.setAttribute('aria-expanded', String(!open));
      return;
    }
    const region = document.createElement('div');
    region.id = id;
    region.className = 'other-lang-text';
    region.setAttribute('aria-busy', 'true');
    // Not part of this page's text for search (Pagefind indexes each page's own language).
    region.dataset['pagefindIgnore'] = 'all';
    button.after(region);
    button.setAttribute('aria-expanded', 'true');
    try {
      const { lang, blocks } = await loadBlocks(src);
      const html = blocks[button.dataset['blockId'] ?? ''];
      if (html === undefined) throw new Error(`${src} has no paragraph ${button.dataset['blockId'] ?? ''}`);
      region.lang = lang;
      // Our own build output: rendered and sanitised by the site's Markdown pipeline (src/markdown/render-block.ts).
      region.innerHTML = html;
      region.dispatchEvent(new CustomEvent(CONTENT_ADDED, { bubbles: true }));
    } catch {
      region.replaceChildren(this.#fallbackLink(button));
    } finally {
      region.removeAttribute('aria-busy');
    }
  }

  #fallbackLink(button: HTMLButtonElement): HTMLParagraphElement {
    const paragraph = document.createElement('p');
    paragraph.className = 'other-lang-failed';
    const link = document.createElement('a');
    link.href = button.dataset['href'] ?? '';
    link.hreflang = button.dataset['hreflang'] ?? '';
    link.textContent = this.#label(link.hreflang === 'en' ? 'block.translationFailed' : 'block.originalFailed');
    paragraph.append(link);
    return paragraph;
  }
}

defineElement('baogao-other-language', OtherLanguage);
