/**
 * <baogao-other-language>: a paragraph's other language, shown in place when the
 * reader asks for it. The page carries its own language only; without
 * JavaScript each paragraph's control is a link to the same paragraph on the
 * other language's page (ReportBlock.astro). This element turns those links
 * into disclosure buttons (aria-expanded, aria-controls) at once; what a press
 * does (load blocks.json, insert the text: other-language-text.ts) is loaded on
 * demand (interaction-code.ts). If that cannot be loaded either, the text is a
 * link to the paragraph on the other page, as when blocks.json fails.
 */
import { defineElement } from './define-element.ts';
import { interactionCode } from './interaction-code.ts';
import { readLabels, type Label } from './labels.ts';

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

  /**
   * The same control as a button: its content (the short mark and the hidden name) moves over; the link stays as its
   * fallback. The button's name says which paragraph it shows ("Show the English translation of paragraph 1.7"): the
   * page has one per paragraph, and a screen reader's list of buttons would otherwise repeat one name fifty times. The
   * links keep the short name without JavaScript, to keep the page light; their paragraph is their context.
   */
  #buttonFor(link: HTMLAnchorElement): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = link.className;
    button.append(...link.childNodes);
    const number = link.closest<HTMLElement>('[data-block]')?.dataset['number'] ?? '';
    button.setAttribute('aria-label', this.#label(link.hreflang === 'en' ? 'block.showTranslationOf' : 'block.showOriginalOf', { number }));
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
      const code = await interactionCode();
      await code.showOtherLanguage(button, region, src);
    } catch {
      region.replaceChildren(this.#fallbackLink(button));
    } finally {
      region.removeAttribute('aria-busy');
    }
  }

  /** The link to the paragraph on the other page, in place of text that could not be loaded. */
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
