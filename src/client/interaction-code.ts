/**
 * The on-demand module (on-interaction.ts), imported once per page: when an element first needs it, or at the
 * reader's first interaction with the page, whichever is first. A failed import (offline before it was ever
 * loaded) may be tried again; callers fall back to what the page does without JavaScript.
 */
type InteractionCode = typeof import('./on-interaction.ts');

let loading: Promise<InteractionCode> | undefined;

export function interactionCode(): Promise<InteractionCode> {
  loading ??= import('./on-interaction.ts').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

// Fetched at the first sign of a reader (not during the page load), so that it is cached, also for offline use,
// before it is needed. `once` per event type; the rest are removed together.
const FIRST_INTERACTION = ['scroll', 'pointerdown', 'pointermove', 'touchstart', 'keydown', 'focusin'] as const;
const controller = new AbortController();
for (const type of FIRST_INTERACTION)
  window.addEventListener(
    type,
    () => {
      controller.abort();
      interactionCode().catch(() => undefined);
    },
    { capture: true, passive: true, signal: controller.signal },
  );
