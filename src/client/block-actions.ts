/**
 * <baogao-block-actions>: paragraph actions for the blocks inside it, opened from
 * the margin number (which without JavaScript is simply the paragraph's
 * permalink): copy the permanent link, copy the share link whose preview shows
 * the paragraph, open the cite page, and copy a text-fragment link to the
 * sentence the reader selected. A small menu that closes on Esc, outside clicks
 * and after an action; focus returns to the number.
 *
 * The element carries the labels (data-labels) and the cite, share and changes
 * page addresses as templates with {{id}} (data-cite-url, data-share-url,
 * data-changes-url). A block whose English has been revised since it was
 * published (data-revisions) also gets a link to its entry on the changes page.
 */
import { interpolate } from '../i18n/interpolate.ts';
import { announce, ensureLiveRegion } from './announce.ts';
import { copyText } from './clipboard.ts';
import { defineElement } from './define-element.ts';
import { readLabels, type Label } from './labels.ts';

const DONE_MS = 1200;

function absolute(path: string): string {
  return new URL(path, location.href).href;
}

function selectedSentenceLink(block: HTMLElement): string | undefined {
  const selection = window.getSelection();
  const text = selection?.toString().trim();
  if (!text || !selection?.anchorNode || !block.contains(selection.anchorNode)) return undefined;
  const fragment =
    text.length > 60 ? `${encodeURIComponent(text.slice(0, 25))},${encodeURIComponent(text.slice(-25))}` : encodeURIComponent(text);
  return `${absolute(`${location.pathname}#${block.id}`)}:~:text=${fragment}`;
}

function menuButton(label: string, action: () => Promise<void> | void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.addEventListener('click', () => void action());
  return button;
}

class BlockActions extends HTMLElement {
  #controller: AbortController | undefined;
  #label: Label = (key) => key;
  #open: { menu: HTMLElement; trigger: HTMLAnchorElement } | undefined;

  connectedCallback(): void {
    this.#controller = new AbortController();
    const { signal } = this.#controller;
    this.#label = readLabels(this);
    ensureLiveRegion();
    for (const trigger of this.querySelectorAll<HTMLAnchorElement>('[data-block] > a.pnum')) {
      const block = trigger.parentElement;
      if (!block) continue;
      trigger.setAttribute('aria-haspopup', 'true');
      trigger.setAttribute('aria-expanded', 'false');
      trigger.addEventListener(
        'click',
        (event) => {
          event.preventDefault();
          // Keep the address bar pointing at the paragraph, as the plain link would.
          history.replaceState(null, '', `#${block.id}`);
          if (this.#open?.trigger === trigger) this.#close(true);
          else this.#openMenu(trigger, block);
        },
        { signal },
      );
    }
    const outside = (event: Event) => {
      const open = this.#open;
      if (open && !open.menu.contains(event.target as Node) && event.target !== open.trigger) this.#close(false);
    };
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && this.#open) this.#close(true);
      },
      { signal },
    );
    document.addEventListener('pointerdown', outside, { signal });
    document.addEventListener('focusin', outside, { signal });
  }

  disconnectedCallback(): void {
    this.#controller?.abort();
    this.#close(false);
  }

  #close(restoreFocus: boolean): void {
    if (!this.#open) return;
    const { menu, trigger } = this.#open;
    this.#open = undefined;
    menu.remove();
    trigger.setAttribute('aria-expanded', 'false');
    if (restoreFocus) trigger.focus({ preventScroll: true });
  }

  #openMenu(trigger: HTMLAnchorElement, block: HTMLElement): void {
    this.#close(false);
    const label = this.#label;
    const id = block.id;
    const sentence = selectedSentenceLink(block);
    const menu = document.createElement('div');
    menu.className = 'block-actions';
    menu.setAttribute('role', 'group');
    menu.setAttribute('aria-label', label('actions.label', { number: block.dataset['number'] ?? id }));
    menu.dataset['pagefindIgnore'] = 'all';
    const copyAndClose = async (text: string) => {
      if (!(await copyText(text))) return;
      const message = label('actions.linkCopied');
      announce(message);
      const note = document.createElement('p');
      note.className = 'block-actions-done';
      note.textContent = `✓ ${message}`;
      menu.replaceChildren(note);
      window.setTimeout(() => this.#close(true), DONE_MS);
    };
    menu.append(menuButton(label('actions.copyLink'), () => copyAndClose(absolute(`${location.pathname}#${id}`))));
    if (id.startsWith('p')) {
      const shareUrl = interpolate(this.dataset['shareUrl'] ?? '', { id });
      menu.append(menuButton(label('actions.share'), () => copyAndClose(absolute(shareUrl))));
      const cite = document.createElement('a');
      cite.href = interpolate(this.dataset['citeUrl'] ?? '', { id });
      cite.textContent = label('actions.cite');
      menu.append(cite);
    }
    if (block.dataset['revisions']) {
      const changes = document.createElement('a');
      changes.href = interpolate(this.dataset['changesUrl'] ?? '', { id });
      changes.textContent = label('actions.changes');
      menu.append(changes);
    }
    if (sentence) menu.append(menuButton(label('actions.quoteSentence'), () => copyAndClose(sentence)));
    trigger.after(menu);
    trigger.setAttribute('aria-expanded', 'true');
    this.#open = { menu, trigger };
    menu.querySelector<HTMLElement>('button, a')?.focus({ preventScroll: true });
  }
}

defineElement('baogao-block-actions', BlockActions);
