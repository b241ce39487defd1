/**
 * Paragraph actions, opened from the margin number (which without JavaScript is
 * simply the paragraph's permalink): copy the permanent link, copy the share
 * link whose preview shows the paragraph, open the cite page, and copy a
 * text-fragment link to the sentence the reader selected. A small menu that
 * closes on Esc, outside clicks and after an action; focus returns to the number.
 */
import { announce, copyText } from './copy-buttons.ts';

const article = document.querySelector<HTMLElement>('article.report');
const labels = article?.dataset ?? {};
let open: { menu: HTMLElement; trigger: HTMLAnchorElement } | undefined;

function absolute(path: string): string {
  return new URL(path, location.href).href;
}

function close(restoreFocus: boolean): void {
  if (!open) return;
  const { menu, trigger } = open;
  open = undefined;
  menu.remove();
  trigger.setAttribute('aria-expanded', 'false');
  if (restoreFocus) trigger.focus({ preventScroll: true });
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

function openMenu(trigger: HTMLAnchorElement, block: HTMLElement): void {
  close(false);
  const id = block.id;
  const number = block.dataset['number'] ?? id;
  const sentence = selectedSentenceLink(block);
  const menu = document.createElement('div');
  menu.className = 'block-actions';
  menu.setAttribute('role', 'group');
  menu.setAttribute('aria-label', (labels['labelActions'] ?? '{number}').replace('{number}', number));
  menu.dataset['pagefindIgnore'] = 'all';
  const copyAndClose = async (text: string, message: string) => {
    if (await copyText(text)) {
      announce(message);
      const note = document.createElement('p');
      note.className = 'block-actions-done';
      note.textContent = `✓ ${message}`;
      menu.replaceChildren(note);
      window.setTimeout(() => close(true), 1200);
    }
  };
  const copied = labels['labelLinkCopied'] ?? '✓';
  menu.append(menuButton(labels['labelCopyLink'] ?? 'Copy link', () => copyAndClose(absolute(`${location.pathname}#${id}`), copied)));
  if (id.startsWith('p')) {
    menu.append(
      menuButton(labels['labelShare'] ?? 'Share', () => copyAndClose(absolute((labels['shareBase'] ?? '').replace('ID', id)), copied)),
    );
    const cite = document.createElement('a');
    cite.href = (labels['citeBase'] ?? '').replace('ID', id);
    cite.textContent = labels['labelCite'] ?? 'Cite';
    menu.append(cite);
  }
  if (sentence) menu.append(menuButton(labels['labelQuoteSentence'] ?? 'Copy sentence link', () => copyAndClose(sentence, copied)));
  trigger.after(menu);
  trigger.setAttribute('aria-expanded', 'true');
  open = { menu, trigger };
  menu.querySelector<HTMLElement>('button, a')?.focus({ preventScroll: true });
}

for (const trigger of document.querySelectorAll<HTMLAnchorElement>('[data-block] > a.pnum')) {
  const block = trigger.parentElement;
  if (!block) continue;
  trigger.setAttribute('aria-haspopup', 'true');
  trigger.setAttribute('aria-expanded', 'false');
  trigger.addEventListener('click', (event) => {
    event.preventDefault();
    // Keep the address bar pointing at the paragraph, as the plain link would.
    history.replaceState(null, '', `#${block.id}`);
    if (open?.trigger === trigger) close(true);
    else openMenu(trigger, block);
  });
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && open) close(true);
});
document.addEventListener('pointerdown', (event) => {
  if (open && !open.menu.contains(event.target as Node) && event.target !== open.trigger) close(false);
});
document.addEventListener('focusin', (event) => {
  if (open && !open.menu.contains(event.target as Node) && event.target !== open.trigger) close(false);
});
