/**
 * How a build runs citeproc (src/integrations/citation-cache.ts installs it): from a cache kept between
 * builds, and otherwise in a worker thread (citeproc-worker.ts) that the build ends once the pages are made.
 *
 * Why: citeproc's engines (4 styles × 2 locales, compiled from their XML) cost about 3 s of CPU and, with
 * what their making leaves to collect, several hundred MB of the build's heap, held to the end of the build
 * by citation-js. In a worker they are made while the main thread is still bundling, and the main thread's heap,
 * which the rest of the build walks in every garbage collection, never holds them; the worker is ended once the
 * pages are made (the process does not hand all of its memory back to the system: measured, the Node build held
 * 1.70 GB at the peak of a 100-report build against 2.11 GB before). A rebuild whose citations are unchanged
 * makes no engine.
 *
 * Why a global slot: the integration runs in Astro's config context and the cite boxes in the page chunks,
 * two copies of every module but one process; Symbol.for names the same slot in both. Outside a build (tests,
 * scripts) no service is installed and format.ts runs citeproc in its own thread, as before.
 */
import type { CitationTarget, CslStyleId } from './report-item.ts';

/** citeproc's output for one CSL target and style, before format.ts's own edits (GB/T's label dropped). */
export interface CiteprocOutput {
  text: string;
  html: string;
  citation?: { text: string; html: string };
}

export interface CiteprocService {
  run(target: CitationTarget, style: CslStyleId): CiteprocOutput;
}

const SLOT = Symbol.for('baogao.citeprocService');

type Slot = Record<typeof SLOT, CiteprocService | undefined>;

export function installCiteprocService(service: CiteprocService | undefined): void {
  (globalThis as unknown as Slot)[SLOT] = service;
}

export function citeprocService(): CiteprocService | undefined {
  return (globalThis as unknown as Slot)[SLOT];
}
