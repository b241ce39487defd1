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
 *
 * This element makes each term a button described by its definition at once, and
 * forwards the term's events, in order, to the notes' controller (glossary-note.ts),
 * which is loaded on demand (interaction-code.ts) at the first of them. If it cannot
 * be loaded (offline, never loaded before), an activated term follows its link.
 */
import { CONTENT_ADDED } from './content-added.ts';
import { defineElement } from './define-element.ts';
import { interactionCode } from './interaction-code.ts';
import type { NoteController } from './glossary-note.ts';
import { readLabels, type Label } from './labels.ts';

class GlossaryNotes extends HTMLElement {
  #controller: AbortController | undefined;
  #label: Label = (key) => key;
  #notes: Promise<NoteController> | undefined;

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
  }

  disconnectedCallback(): void {
    this.#controller?.abort();
    void this.#notes?.then((notes) => {
      notes.close({ restoreFocus: false });
    });
    this.#notes = undefined;
  }

  /** The controller, made once (with this connection's signal); a failed load may be tried again. */
  #notesController(signal: AbortSignal): Promise<NoteController> {
    this.#notes ??= interactionCode().then(
      (code) => new code.NoteController(this, this.#label, signal),
      (error: unknown) => {
        this.#notes = undefined;
        throw error;
      },
    );
    return this.#notes;
  }

  #enhance(ref: HTMLAnchorElement, signal: AbortSignal): void {
    const key = ref.dataset['gloss'];
    const body = key ? this.querySelector<HTMLElement>(`#gdef-${CSS.escape(key)}`) : null;
    if (!body) return;
    ref.setAttribute('role', 'button');
    ref.setAttribute('aria-haspopup', 'dialog');
    ref.setAttribute('aria-expanded', 'false');
    ref.setAttribute('aria-describedby', body.id);
    // A press is handled here at once (no navigation, no scroll), then by the controller; without it, the link.
    const forward = (act: (notes: NoteController) => void, pressed: boolean) => {
      this.#notesController(signal).then(act, () => {
        if (pressed) location.assign(ref.href);
      });
    };
    ref.addEventListener(
      'click',
      (event) => {
        event.preventDefault();
        forward((notes) => {
          notes.click(ref);
        }, true);
      },
      { signal },
    );
    ref.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== ' ') return;
        event.preventDefault();
        forward((notes) => {
          notes.press(ref);
        }, true);
      },
      { signal },
    );
    ref.addEventListener(
      'pointerenter',
      (event) => {
        if (event.pointerType === 'mouse')
          forward((notes) => {
            notes.pointerEnter(ref);
          }, false);
      },
      { signal },
    );
    ref.addEventListener(
      'pointerleave',
      (event) => {
        if (event.pointerType === 'mouse')
          forward((notes) => {
            notes.pointerLeave(ref);
          }, false);
      },
      { signal },
    );
  }
}

defineElement('baogao-glossary-notes', GlossaryNotes);
