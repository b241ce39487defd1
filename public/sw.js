// Offline reading: what it keeps and how, README "How pages carry languages". Served as written, so this note is short.
const CACHE = 'baogao-v1';
const scope = new URL(self.registration.scope);

self.addEventListener('install', () => {
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const immutable =
    url.pathname.startsWith(`${scope.pathname}_astro/`) ||
    /\/pagefind\/(shard-\d+\/)?(index|filter|fragment)\/|\.pf_meta$/.test(url.pathname);
  event.respondWith(immutable ? cacheFirst(event.request) : networkFirst(event.request));
});
