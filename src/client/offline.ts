/**
 * Registers the service worker (public/sw.js) that keeps opened pages for
 * offline rereading. Scoped to the deployment base, so it works under a sub-path.
 * A plain module, not a custom element: it concerns the whole site, not any
 * markup of the page.
 */
const base = document.querySelector<HTMLMetaElement>('meta[name="baogao-base"]')?.content ?? '/';
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  void navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
}

export {};
