/**
 * The paragraph menus of <baogao-block-actions> (block-actions.ts), loaded on demand (on-interaction.ts) when
 * the reader first opens one; one controller per element. A menu: copy the permanent link, copy the share link
 * whose preview shows the paragraph, open the cite page, the paragraph's entry on the changes page (if its
 * English was revised), and copy a text-fragment link to the sentence the reader selected. It closes on Esc,
 * outside clicks and after an action; focus returns to the number.
 */
import { interpolate } from '../i18n/interpolate.ts';
import { announce } from './announce.ts';
import { copyText } from './clipboard.ts';
import type { Label } from './labels.ts';

const DONE_MS = 1200;

/** What the menus need from their element: labels, and the page addresses as {{id}} templates. */
interface MenuHost {
  label: Label;
  shareUrl: string;
  citeUrl: string;
  changesUrl: string;
  close(restoreFocus: boolean): void;
}

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

/** The menu for `block`, inserted after its number (`trigger`), with focus on its first action. */
function openBlockMenu(trigger: HTMLAnchorElement, block: HTMLElement, host: MenuHost): HTMLElement {
  const { label } = host;
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
    window.setTimeout(() => host.close(true), DONE_MS);
  };
  menu.append(menuButton(label('actions.copyLink'), () => copyAndClose(absolute(`${location.pathname}#${id}`))));
  if (id.startsWith('p')) {
    const shareUrl = interpolate(host.shareUrl, { id });
    menu.append(menuButton(label('actions.share'), () => copyAndClose(absolute(shareUrl))));
    const cite = document.createElement('a');
    cite.href = interpolate(host.citeUrl, { id });
    cite.textContent = label('actions.cite');
    menu.append(cite);
  }
  if (block.dataset['revisions']) {
    const changes = document.createElement('a');
    changes.href = interpolate(host.changesUrl, { id });
    changes.textContent = label('actions.changes');
    menu.append(changes);
  }
  if (sentence) menu.append(menuButton(label('actions.quoteSentence'), () => copyAndClose(sentence)));
  trigger.after(menu);
  menu.querySelector<HTMLElement>('button, a')?.focus({ preventScroll: true });
  return menu;
}

export class MenuController {
  readonly #root: HTMLElement;
  readonly #label: Label;
  #open: { menu: HTMLElement; trigger: HTMLAnchorElement } | undefined;

  /** Listens on the document (Esc, outside clicks and focus) until `signal` aborts. */
  constructor(root: HTMLElement, label: Label, signal: AbortSignal) {
    this.#root = root;
    this.#label = label;
    const outside = (event: Event) => {
      const open = this.#open;
      if (open && !open.menu.contains(event.target as Node) && event.target !== open.trigger) this.close(false);
    };
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && this.#open) this.close(true);
      },
      { signal },
    );
    document.addEventListener('pointerdown', outside, { signal });
    document.addEventListener('focusin', outside, { signal });
  }

  /** A press on a paragraph's number: opens its menu, or closes it if open. */
  toggle(trigger: HTMLAnchorElement, block: HTMLElement): void {
    if (this.#open?.trigger === trigger) {
      this.close(true);
      return;
    }
    this.close(false);
    const menu = openBlockMenu(trigger, block, {
      label: this.#label,
      shareUrl: this.#root.dataset['shareUrl'] ?? '',
      citeUrl: this.#root.dataset['citeUrl'] ?? '',
      changesUrl: this.#root.dataset['changesUrl'] ?? '',
      close: (restoreFocus) => {
        this.close(restoreFocus);
      },
    });
    trigger.setAttribute('aria-expanded', 'true');
    this.#open = { menu, trigger };
  }

  close(restoreFocus: boolean): void {
    if (!this.#open) return;
    const { menu, trigger } = this.#open;
    this.#open = undefined;
    menu.remove();
    trigger.setAttribute('aria-expanded', 'false');
    if (restoreFocus) trigger.focus({ preventScroll: true });
  }
}
