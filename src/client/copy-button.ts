/**
 * <baogao-copy-button>: copies the text of its target element and confirms
 * visibly ("✓ Copied", the button's own text, which screen readers read as its
 * name) and in the page's live region. Its button is hidden without JavaScript
 * (the text is selectable anyway) and shown once the element connects.
 */
import { announce, ensureLiveRegion } from './announce.ts';
import { copyText } from './clipboard.ts';
import { defineElement } from './define-element.ts';
import { readLabels } from './labels.ts';

const CONFIRM_MS = 2000;

class CopyButton extends HTMLElement {
  #controller: AbortController | undefined;

  connectedCallback(): void {
    const button = this.querySelector('button');
    const target = document.getElementById(this.dataset['target'] ?? '');
    if (!button || !target) return;
    const label = readLabels(this);
    const text = button.textContent;
    this.#controller = new AbortController();
    ensureLiveRegion();
    button.hidden = false;
    button.addEventListener(
      'click',
      () =>
        void (async () => {
          if (!(await copyText(target.innerText.trim()))) return;
          const copied = label('cite.copied');
          button.textContent = `✓ ${copied}`;
          announce(copied);
          window.setTimeout(() => {
            button.textContent = text;
          }, CONFIRM_MS);
        })(),
      { signal: this.#controller.signal },
    );
  }

  disconnectedCallback(): void {
    this.#controller?.abort();
  }
}

defineElement('baogao-copy-button', CopyButton);
