/**
 * <baogao-glossary-notes>: glossary notes that open in place, for the marked
 * terms inside the element; the definitions are read from the glossary section,
 * inside it too. Progressive: without this script each marked term is a link to
 * its entry in the glossary section (#g-<key>).
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
import { CONTENT_ADDED } from './content-added.ts';
import { defineElement } from './define-element.ts';
import { readLabels, type Label } from './labels.ts';

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

class GlossaryNotes extends HTMLElement {
  #controller: AbortController | undefined;
  #label: Label = (key) => key;
  #current: OpenNote | undefined;
  #hoverTimer: number | undefined;

  connectedCallback(): void {
    this.#controller = new AbortController();
    const { signal } = this.#controller;
    this.#label = readLabels(this);
    for (const ref of this.querySelectorAll<HTMLAnchorElement>('a.gloss-ref[data-gloss]')) this.#enhance(ref, signal);
    // Text added later (a paragraph's other language) has references too.
    this.addEventListener(
      CONTENT_ADDED,
      (event) => {
        for (const ref of (event.target as Element).querySelectorAll<HTMLAnchorElement>('a.gloss-ref[data-gloss]'))
          this.#enhance(ref, signal);
      },
      { signal },
    );

    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && this.#current) {
          event.preventDefault();
          this.#closeNote({ restoreFocus: true });
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
        if (current && !current.note.contains(target) && !current.ref.contains(target)) this.#closeNote({ restoreFocus: false });
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

  disconnectedCallback(): void {
    this.#controller?.abort();
    this.#closeNote({ restoreFocus: false });
  }

  #entryFor(ref: HTMLAnchorElement): HTMLElement | null {
    const key = ref.dataset['gloss'];
    return key ? this.querySelector<HTMLElement>(`#gdef-${CSS.escape(key)}`) : null;
  }

  #buildNote(ref: HTMLAnchorElement): HTMLElement | undefined {
    const body = this.#entryFor(ref);
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
    close.addEventListener('click', () => this.#closeNote({ restoreFocus: true }));
    note.append(close, content);
    if ('showPopover' in note) note.popover = 'manual';
    note.addEventListener('pointerenter', () => window.clearTimeout(this.#hoverTimer));
    note.addEventListener('pointerleave', (event) => {
      if (event.pointerType === 'mouse' && this.#current?.by === 'hover') this.#scheduleClose();
    });
    note.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      const current = this.#current;
      if (current && next && !current.note.contains(next) && next !== current.ref) this.#closeNote({ restoreFocus: false });
    });
    return note;
  }

  #openNote(ref: HTMLAnchorElement, by: OpenedBy): void {
    const current = this.#current;
    if (current?.ref === ref) {
      if (by === 'activate' && current.by === 'hover') {
        current.by = 'activate';
        current.note.focus({ preventScroll: true });
      }
      return;
    }
    this.#closeNote({ restoreFocus: false });
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

  #closeNote({ restoreFocus }: { restoreFocus: boolean }): void {
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
    this.#hoverTimer = window.setTimeout(() => this.#closeNote({ restoreFocus: false }), HOVER_CLOSE_MS);
  }

  #enhance(ref: HTMLAnchorElement, signal: AbortSignal): void {
    const body = this.#entryFor(ref);
    if (!body) return;
    ref.setAttribute('role', 'button');
    ref.setAttribute('aria-haspopup', 'dialog');
    ref.setAttribute('aria-expanded', 'false');
    ref.setAttribute('aria-describedby', body.id);
    ref.addEventListener(
      'click',
      (event) => {
        event.preventDefault();
        if (this.#current?.ref === ref && this.#current.by === 'activate') this.#closeNote({ restoreFocus: true });
        else this.#openNote(ref, 'activate');
      },
      { signal },
    );
    ref.addEventListener(
      'keydown',
      (event) => {
        if (event.key === ' ') {
          event.preventDefault();
          this.#openNote(ref, 'activate');
        }
      },
      { signal },
    );
    ref.addEventListener(
      'pointerenter',
      (event) => {
        if (event.pointerType !== 'mouse') return;
        window.clearTimeout(this.#hoverTimer);
        this.#hoverTimer = window.setTimeout(() => this.#openNote(ref, 'hover'), HOVER_OPEN_MS);
      },
      { signal },
    );
    ref.addEventListener(
      'pointerleave',
      (event) => {
        if (event.pointerType !== 'mouse') return;
        if (this.#current?.ref === ref && this.#current.by === 'hover') this.#scheduleClose();
        else window.clearTimeout(this.#hoverTimer);
      },
      { signal },
    );
  }
}

defineElement('baogao-glossary-notes', GlossaryNotes);
