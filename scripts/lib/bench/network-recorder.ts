/**
 * Records every response a browser context receives, with its size on the wire
 * (Playwright's request.sizes(): headers + body as received), tagged with the
 * phase the request started in ('load', 'search', …). Uses the context's events
 * so requests from Pagefind's web worker are counted too.
 *
 * Our static server sends no compression, so `bytes` is what an uncompressed
 * host sends; `gzipBytes` estimates what a host that gzips text would send
 * (Pagefind's own index files are already gzipped and count as they are).
 */
import type { BrowserContext, Request } from 'playwright-core';
import { gzipSync } from 'node:zlib';

export interface RecordedResponse {
  url: string;
  /** Playwright's resource type: document, script, stylesheet, fetch, font, image, … */
  type: string;
  phase: string;
  status: number;
  /** Response headers + body as received. */
  bytes: number;
  /** The same with text bodies gzipped (an estimate for a compressing host). */
  gzipBytes: number;
}

export interface NetworkRecorder {
  /** Requests started from now on are tagged with `phase`. */
  setPhase(phase: string): void;
  /** Resolves once no request is in flight and every size has been read. */
  settled(timeoutMs?: number): Promise<void>;
  responses(): RecordedResponse[];
}

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml|wasm)|image\/svg)/;

async function describe(request: Request, phase: string): Promise<RecordedResponse | undefined> {
  const response = await request.response();
  if (!response) return undefined;
  const sizes = await request.sizes();
  const body = await response.body().catch(() => undefined);
  // Chromium reports a body size of 0 for web worker scripts (pagefind-worker.js)
  // although they do cross the wire; the body itself is exact, as nothing is compressed.
  const bodyBytes = sizes.responseBodySize || body?.byteLength || 0;
  const gzippedBody = body && COMPRESSIBLE.test(response.headers()['content-type'] ?? '') ? gzipSync(body).byteLength : bodyBytes;
  return {
    url: request.url(),
    type: request.resourceType(),
    phase,
    status: response.status(),
    bytes: sizes.responseHeadersSize + bodyBytes,
    gzipBytes: sizes.responseHeadersSize + gzippedBody,
  };
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
        if (Date.now() > deadline) throw new Error(`requests still in flight after ${timeoutMs} ms: ${[...inFlight].map((r) => r.url()).join(', ')}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      collected = (await Promise.all(described)).filter((response): response is RecordedResponse => response !== undefined);
    },
    responses: () => collected,
  };
}

export function sumBytes(responses: readonly RecordedResponse[], field: 'bytes' | 'gzipBytes' = 'bytes'): number {
  return responses.reduce((sum, response) => sum + response[field], 0);
}
