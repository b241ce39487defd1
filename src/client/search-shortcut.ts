/**
 * "/" or Ctrl+K (⌘K) focuses the search box from any page: the search page's
 * own box if there is one, else the header's. Ignored while typing in a field.
 * A plain module, not a custom element: the shortcut is the page's (a keydown
 * anywhere), not a component's.
 */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

document.addEventListener('keydown', (event) => {
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
  const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
  if (!(slash || commandK) || (slash && isTyping(event.target))) return;
  const box = document.querySelector<HTMLInputElement>('#search-q') ?? document.querySelector<HTMLInputElement>('#site-search-q');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

export {};
