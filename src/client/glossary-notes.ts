/**
 * Glossary notes that open in place. Progressive: without this script each
 * marked term is a link to its entry in the glossary section (#g-<key>).
 *
 * - Hover (mouse) opens a note after a short delay and closes it when the
 *   pointer leaves both the term and the note.
 * - Click, tap, Enter or Space opens it as a small dialog and moves focus into
 *   it (without scrolling), so a screen reader reads the term and definition;
 *   Esc or the close button closes it and returns focus to the term; a click or
 *   tap elsewhere, or tabbing out of it, closes it too.
 * - The note is placed below the term (above if there is no room), clamped to
 *   the viewport, and uses the top layer (popover="manual") so no container
 *   clips it. Its text is cloned from the glossary section, so the page holds
 *   each definition once and search excerpts never see a second copy.
 */
const HOVER_OPEN_MS = 200;
const HOVER_CLOSE_MS = 250;
const MARGIN = 8;

type OpenedBy = 'hover' | 'activate';

interface OpenNote {
  ref: HTMLAnchorElement;
  note: HTMLElement;
  by: OpenedBy;
}

let current: OpenNote | undefined;
let hoverTimer: number | undefined;

// UI strings come from the page (i18next on the server), never from this script.
const labels = document.querySelector<HTMLElement>('[data-label-close]')?.dataset;
const closeLabel = labels?.['labelClose'] ?? '×';
const noteLabelTemplate = labels?.['labelNote'] ?? '{term}';

function entryFor(ref: HTMLAnchorElement): HTMLElement | null {
  const key = ref.dataset['gloss'];
  return key ? document.getElementById(`gdef-${key}`) : null;
}

function buildNote(ref: HTMLAnchorElement): HTMLElement | undefined {
  const body = entryFor(ref);
  if (!body) return undefined;
  const note = document.createElement('div');
  note.className = 'gloss-note';
  note.setAttribute('role', 'dialog');
  note.setAttribute(
    'aria-label',
    noteLabelTemplate.replace('{term}', ref.querySelector('.gloss-term')?.textContent ?? ref.textContent ?? ''),
  );
  note.tabIndex = -1;
  note.dataset['pagefindIgnore'] = 'all';
  const content = body.cloneNode(true) as HTMLElement;
  content.removeAttribute('id');
  content.querySelectorAll('[id]').forEach((element) => element.removeAttribute('id'));
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'gloss-note-close';
  close.setAttribute('aria-label', closeLabel);
  close.textContent = '×';
  close.addEventListener('click', () => closeNote({ restoreFocus: true }));
  note.append(close, content);
  if ('showPopover' in note) note.popover = 'manual';
  note.addEventListener('pointerenter', () => window.clearTimeout(hoverTimer));
  note.addEventListener('pointerleave', (event) => {
    if (event.pointerType === 'mouse' && current?.by === 'hover') scheduleClose();
  });
  note.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (current && next && !current.note.contains(next) && next !== current.ref) closeNote({ restoreFocus: false });
  });
  return note;
}

function place(ref: HTMLElement, note: HTMLElement): void {
  const rects = ref.getClientRects();
  const rect = rects[rects.length - 1] ?? ref.getBoundingClientRect();
  const width = note.offsetWidth;
  const height = note.offsetHeight;
  const viewportWidth = document.documentElement.clientWidth;
  const viewportHeight = window.innerHeight;
  const left = Math.min(Math.max(rect.left, MARGIN), Math.max(MARGIN, viewportWidth - width - MARGIN));
  let top = rect.bottom + 6;
  if (top + height > viewportHeight - MARGIN && rect.top - height - 6 >= MARGIN) top = rect.top - height - 6;
  top = Math.max(MARGIN, Math.min(top, viewportHeight - height - MARGIN));
  note.style.left = `${left}px`;
  note.style.top = `${top}px`;
}

function openNote(ref: HTMLAnchorElement, by: OpenedBy): void {
  if (current?.ref === ref) {
    if (by === 'activate' && current.by === 'hover') {
      current.by = 'activate';
      current.note.focus({ preventScroll: true });
    }
    return;
  }
  closeNote({ restoreFocus: false });
  const note = buildNote(ref);
  if (!note) return;
  ref.after(note);
  if (note.popover) note.showPopover();
  else note.classList.add('is-open');
  place(ref, note);
  ref.setAttribute('aria-expanded', 'true');
  current = { ref, note, by };
  if (by === 'activate') note.focus({ preventScroll: true });
}

function closeNote({ restoreFocus }: { restoreFocus: boolean }): void {
  window.clearTimeout(hoverTimer);
  if (!current) return;
  const { ref, note } = current;
  current = undefined;
  ref.setAttribute('aria-expanded', 'false');
  if (note.popover && note.matches(':popover-open')) note.hidePopover();
  note.remove();
  if (restoreFocus) ref.focus({ preventScroll: true });
}

function scheduleClose(): void {
  window.clearTimeout(hoverTimer);
  hoverTimer = window.setTimeout(() => closeNote({ restoreFocus: false }), HOVER_CLOSE_MS);
}

function enhance(ref: HTMLAnchorElement): void {
  const body = entryFor(ref);
  if (!body) return;
  ref.setAttribute('role', 'button');
  ref.setAttribute('aria-haspopup', 'dialog');
  ref.setAttribute('aria-expanded', 'false');
  ref.setAttribute('aria-describedby', body.id);
  ref.addEventListener('click', (event) => {
    event.preventDefault();
    if (current?.ref === ref && current.by === 'activate') closeNote({ restoreFocus: true });
    else openNote(ref, 'activate');
  });
  ref.addEventListener('keydown', (event) => {
    if (event.key === ' ') {
      event.preventDefault();
      openNote(ref, 'activate');
    }
  });
  ref.addEventListener('pointerenter', (event) => {
    if (event.pointerType !== 'mouse') return;
    window.clearTimeout(hoverTimer);
    hoverTimer = window.setTimeout(() => openNote(ref, 'hover'), HOVER_OPEN_MS);
  });
  ref.addEventListener('pointerleave', (event) => {
    if (event.pointerType !== 'mouse') return;
    if (current?.ref === ref && current.by === 'hover') scheduleClose();
    else window.clearTimeout(hoverTimer);
  });
}

document.querySelectorAll<HTMLAnchorElement>('a.gloss-ref[data-gloss]').forEach(enhance);

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && current) {
    event.preventDefault();
    closeNote({ restoreFocus: true });
  }
});

// Light dismiss: a click or tap anywhere but the note and its term.
document.addEventListener(
  'pointerdown',
  (event) => {
    const target = event.target as Node;
    if (current && !current.note.contains(target) && !current.ref.contains(target)) closeNote({ restoreFocus: false });
  },
  { capture: true },
);

// Keep an open note beside its term when the page scrolls or resizes.
const reposition = () => {
  if (current) place(current.ref, current.note);
};
window.addEventListener('scroll', reposition, { passive: true });
window.addEventListener('resize', reposition);
