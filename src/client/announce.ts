/**
 * One polite live region per page, for confirmations a screen reader should
 * hear ("Copied"). Elements that announce call ensureLiveRegion() when they
 * connect: a region added at the moment of the message is not always read.
 */
let live: HTMLElement | undefined;

export function ensureLiveRegion(): HTMLElement {
  if (!live?.isConnected) {
    live = document.createElement('div');
    live.className = 'visually-hidden';
    live.setAttribute('role', 'status');
    document.body.append(live);
  }
  return live;
}

export function announce(message: string): void {
  const region = ensureLiveRegion();
  region.textContent = '';
  // Emptied first and filled a moment later, so the same message twice is read twice.
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}
