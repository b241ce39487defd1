/**
 * The build's citeproc thread (citeproc-service.ts says why): formats what the pages ask through a
 * MessagePort, and wakes the asking thread, which waits on a shared flag, once each reply is posted.
 * With `warm` it first makes every engine (each style in each locale), while the main thread bundles.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { CSL_STYLE_FILES } from './csl-fs.ts';
import { runCiteprocHere } from './format.ts';
import type { CiteprocOutput } from './citeproc-service.ts';
import type { CitationTarget, CslStyleId } from './report-item.ts';

export interface CiteprocWorkerData {
  port: MessagePort;
  /** One Int32: 1 once a reply is on the port. */
  signal: SharedArrayBuffer;
  /** Targets to format first, one per locale, so that every engine is made before the pages ask. */
  warm: CitationTarget[];
}

export interface CiteprocRequestMessage {
  /** Echoed in the reply, so that the asking thread can never take one request's reply for another's. */
  id: number;
  target: CitationTarget;
  style: CslStyleId;
}

export interface CiteprocReplyMessage {
  id: number;
  output?: CiteprocOutput;
  error?: string;
}

const { port, signal, warm } = workerData as CiteprocWorkerData;
const flag = new Int32Array(signal);

port.on('message', ({ id, target, style }: CiteprocRequestMessage) => {
  let reply: CiteprocReplyMessage;
  try {
    reply = { id, output: runCiteprocHere(target, style) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
parentPort?.postMessage('ready');
// The warm-up only saves time: should it fail (a broken style file), the thread stays to answer, and the page
// that asks for that style gets the error with its own URL, rather than the thread ending unanswered.
for (const target of warm)
  for (const style of Object.keys(CSL_STYLE_FILES) as CslStyleId[]) {
    try {
      runCiteprocHere(target, style);
    } catch {
      // Reported by the page that asks for this style.
    }
  }
