/**
 * What <baogao-glossary-notes> (glossary-notes.ts) does once a reader points at, clicks, taps or presses a
 * term: loaded on demand (on-interaction.ts), one controller per element, made at the first such event. The
 * element forwards each event of a term here, in order; the behaviour is described in glossary-notes.ts.
 *
 * The note is placed below the term (above if there is no room), clamped to the viewport, and uses the top
 * layer (popover="manual") so no container clips it. Its text is cloned from the glossary section, so the
 * page holds each definition once and search excerpts never see a second copy.
 */
import type { Label } from './labels.ts';

const HOVER_OPEN_MS = 200;
const HOVER_CLOSE_MS = 250;
const MARGIN = 8;

type OpenedBy = 'hover' | 'activate';

interface OpenNote {
  ref: HTMLAnchorElement;
  note: HTMLElement;
  by: OpenedBy;
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

export class NoteController {
  readonly #root: HTMLElement;
  readonly #label: Label;
  #current: OpenNote | undefined;
  #hoverTimer: number | undefined;

  /** Listens on the document (Esc, light dismiss) and window (reposition) until `signal` aborts. */
  constructor(root: HTMLElement, label: Label, signal: AbortSignal) {
    this.#root = root;
    this.#label = label;
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && this.#current) {
          event.preventDefault();
          this.close({ restoreFocus: true });
        }
      },
      { signal },
    );
    // Light dismiss: a click or tap anywhere but the note and its term.
    document.addEventListener(
      'pointerdown',
      (event) => {
        const target = event.target as Node;
        const current = this.#current;
        if (current && !current.note.contains(target) && !current.ref.contains(target)) this.close({ restoreFocus: false });
      },
      { capture: true, signal },
    );
    // Keep an open note beside its term when the page scrolls or resizes.
    const reposition = () => {
      if (this.#current) place(this.#current.ref, this.#current.note);
    };
    window.addEventListener('scroll', reposition, { passive: true, signal });
    window.addEventListener('resize', reposition, { signal });
  }

  /** A click, tap or Enter on the term: opens its note as a dialog, or closes the one it opened that way. */
  click(ref: HTMLAnchorElement): void {
    if (this.#current?.ref === ref && this.#current.by === 'activate') this.close({ restoreFocus: true });
    else this.open(ref, 'activate');
  }

  /** Space on the term. */
  press(ref: HTMLAnchorElement): void {
    this.open(ref, 'activate');
  }

  pointerEnter(ref: HTMLAnchorElement): void {
    window.clearTimeout(this.#hoverTimer);
    this.#hoverTimer = window.setTimeout(() => this.open(ref, 'hover'), HOVER_OPEN_MS);
  }

  pointerLeave(ref: HTMLAnchorElement): void {
    if (this.#current?.ref === ref && this.#current.by === 'hover') this.#scheduleClose();
    else window.clearTimeout(this.#hoverTimer);
  }

  open(ref: HTMLAnchorElement, by: OpenedBy): void {
    const current = this.#current;
    if (current?.ref === ref) {
      if (by === 'activate' && current.by === 'hover') {
        current.by = 'activate';
        current.note.focus({ preventScroll: true });
      }
      return;
    }
    this.close({ restoreFocus: false });
    const note = this.#buildNote(ref);
    if (!note) return;
    ref.after(note);
    if (note.popover) note.showPopover();
    else note.classList.add('is-open');
    place(ref, note);
    ref.setAttribute('aria-expanded', 'true');
    this.#current = { ref, note, by };
    if (by === 'activate') note.focus({ preventScroll: true });
  }

  close({ restoreFocus }: { restoreFocus: boolean }): void {
    window.clearTimeout(this.#hoverTimer);
    if (!this.#current) return;
    const { ref, note } = this.#current;
    this.#current = undefined;
    ref.setAttribute('aria-expanded', 'false');
    if (note.popover && note.matches(':popover-open')) note.hidePopover();
    note.remove();
    if (restoreFocus) ref.focus({ preventScroll: true });
  }

  #scheduleClose(): void {
    window.clearTimeout(this.#hoverTimer);
    this.#hoverTimer = window.setTimeout(() => this.close({ restoreFocus: false }), HOVER_CLOSE_MS);
  }

  #buildNote(ref: HTMLAnchorElement): HTMLElement | undefined {
    const key = ref.dataset['gloss'];
    const body = key ? this.#root.querySelector<HTMLElement>(`#gdef-${CSS.escape(key)}`) : null;
    if (!body) return undefined;
    const note = document.createElement('div');
    note.className = 'gloss-note';
    note.setAttribute('role', 'dialog');
    note.setAttribute(
      'aria-label',
      this.#label('glossary.noteLabel', { term: ref.querySelector('.gloss-term')?.textContent ?? ref.textContent }),
    );
    note.tabIndex = -1;
    note.dataset['pagefindIgnore'] = 'all';
    const content = body.cloneNode(true) as HTMLElement;
    content.removeAttribute('id');
    content.querySelectorAll('[id]').forEach((element) => element.removeAttribute('id'));
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'gloss-note-close';
    close.setAttribute('aria-label', this.#label('glossary.close'));
    close.textContent = '×';
    close.addEventListener('click', () => this.close({ restoreFocus: true }));
    note.append(close, content);
    if ('showPopover' in note) note.popover = 'manual';
    note.addEventListener('pointerenter', () => window.clearTimeout(this.#hoverTimer));
    note.addEventListener('pointerleave', (event) => {
      if (event.pointerType === 'mouse' && this.#current?.by === 'hover') this.#scheduleClose();
    });
    note.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      const current = this.#current;
      if (current && next && !current.note.contains(next) && next !== current.ref) this.close({ restoreFocus: false });
    });
    return note;
  }
}
