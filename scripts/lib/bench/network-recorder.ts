/**
 * Records every response a browser context receives over the network, with its
 * size on the wire (Playwright's request.sizes(): headers + body as received),
 * tagged with the phase the request started in ('load', 'search', …). Uses the
 * context's events so requests from Pagefind's web worker and from the site's
 * service worker are counted too.
 *
 * `bytes` is what crossed the wire, compressed if the server compressed it
 * (src/integrations/shared/static-server.ts gzips text, as real hosts do); `uncompressedBytes`
 * is the same with every body as it is on disk, i.e. what a host that does not
 * compress would send. Pagefind's index files are gzipped on disk already.
 */
import type { BrowserContext, Request } from 'playwright-core';
import { gzipSync } from 'node:zlib';

export interface RecordedResponse {
  url: string;
  /** Playwright's resource type: document, script, stylesheet, fetch (also everything the service worker fetches), … */
  type: string;
  contentType: string;
  phase: string;
  status: number;
  /** Response headers + body as received. */
  bytes: number;
  /** Response headers + body as decoded (uncompressed). */
  uncompressedBytes: number;
  /** The server sent the body compressed (content-encoding). */
  compressed: boolean;
}

export interface NetworkRecorder {
  /** Requests started from now on are tagged with `phase`. */
  setPhase(phase: string): void;
  /** Resolves once no request is in flight and every size has been read. */
  settled(timeoutMs?: number): Promise<void>;
  responses(): RecordedResponse[];
}

async function describe(request: Request, phase: string): Promise<RecordedResponse | undefined> {
  const response = await request.response();
  // A response the site's service worker served to the page did not cross the
  // network: the worker's own fetch, recorded separately, did.
  if (!response || response.fromServiceWorker()) return undefined;
  const sizes = await request.sizes();
  const body = await response.body().catch(() => undefined);
  const headers = response.headers();
  const compressed = Boolean(headers['content-encoding']);
  const decodedBytes = body?.byteLength ?? 0;
  // A conditional request answered 304 (the browser revalidated its cached copy) carried no body over the wire,
  // though Playwright shows the cached 200 with its body.
  const revalidated = sizes.responseBodySize <= 0 && 'if-modified-since' in (await request.allHeaders());
  // Chromium reports a body size of 0 for web worker scripts (pagefind-worker.js)
  // although they do cross the wire: count the body as the server sent it.
  const wireBytes = revalidated
    ? 0
    : Math.max(0, sizes.responseBodySize) || (compressed && body ? gzipSync(body).byteLength : decodedBytes);
  const headerBytes = Math.max(0, sizes.responseHeadersSize);
  return {
    url: request.url(),
    type: request.resourceType(),
    contentType: headers['content-type'] ?? '',
    phase,
    status: response.status(),
    bytes: headerBytes + wireBytes,
    uncompressedBytes: compressed ? headerBytes + decodedBytes : headerBytes + wireBytes,
    compressed,
  };
}

/** JavaScript by what was received, not by who asked: the service worker fetches scripts as type "fetch". */
export function isJavaScript(response: RecordedResponse): boolean {
  return /javascript/.test(response.contentType);
}

export function recordNetwork(context: BrowserContext): NetworkRecorder {
  let phase = 'load';
  const phaseOf = new Map<Request, string>();
  const inFlight = new Set<Request>();
  const described: Promise<RecordedResponse | undefined>[] = [];

  context.on('request', (request) => {
    if (!request.url().startsWith('http')) return;
    phaseOf.set(request, phase);
    inFlight.add(request);
  });
  const done = (request: Request) => {
    if (!inFlight.delete(request)) return;
    described.push(describe(request, phaseOf.get(request) ?? phase).catch(() => undefined));
  };
  context.on('requestfinished', done);
  context.on('requestfailed', done);

  let collected: RecordedResponse[] = [];
  return {
    setPhase(next) {
      phase = next;
    },
    async settled(timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (inFlight.size > 0) {
        if (Date.now() > deadline)
          throw new Error(`requests still in flight after ${timeoutMs} ms: ${[...inFlight].map((r) => r.url()).join(', ')}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      collected = (await Promise.all(described)).filter((response): response is RecordedResponse => response !== undefined);
    },
    responses: () => collected,
  };
}

export function sumBytes(responses: readonly RecordedResponse[], field: 'bytes' | 'uncompressedBytes' = 'bytes'): number {
  return responses.reduce((sum, response) => sum + response[field], 0);
}
