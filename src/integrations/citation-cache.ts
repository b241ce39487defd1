/**
 * Runs the build's citeproc (src/lib/citations/citeproc-service.ts): each output is taken from a cache kept
 * between builds when its inputs are unchanged, else made in a worker thread (citeproc-worker.ts) that starts
 * with the build, makes the engines while the main thread bundles, and is ended once the pages are made.
 *
 * The cache: one file per output folder, `<cacheDir>/baogao/citations/<hash of the folder>.json` (beside the
 * PDF and preview-image caches, render-cache-fs.ts): `{ site, accessed, entries: { <key>: output } }`. All are read when
 * the build starts (a build into a new folder, a test's or a benchmark's, reuses them), and this folder's is
 * rewritten when the build is done with only the entries it used, so an entry whose inputs changed (a
 * report's title, a CSL style, a citeproc update: all are in its key, format.ts's citeprocInputKey) goes at
 * the next build. Files of output folders that no longer exist are deleted then too. The access date is part
 * of every citation, so the first build of a day formats everything afresh: only files written on the build's
 * access date are read, and with none the worker makes every engine at once. A file that cannot be read as
 * such a record, and an entry that is not a citeproc output, are ignored (and replaced): the cache only ever
 * saves work.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { installCiteprocService, type CiteprocOutput, type CiteprocService } from '../lib/citations/citeproc-service.ts';
import type { CiteprocReplyMessage, CiteprocRequestMessage, CiteprocWorkerData } from '../lib/citations/citeproc-worker.ts';
import { citeprocInputKey, runCiteprocHere } from '../lib/citations/format.ts';
import { WARM_UP_TARGETS } from '../lib/citations/warm-up-targets.ts';
import { hashParts } from '../lib/hash-parts.ts';
import { resolveCacheDir } from './shared/render-cache-fs.ts';
import { sourceFingerprint } from './shared/render-inputs-fs.ts';
import { citationDate } from '../utils/citation-target.ts';

interface CacheFile {
  site: string;
  /** The access date of the citations in it (citationDate()): entries of another day can match no key. */
  accessed: string;
  entries: Record<string, CiteprocOutput>;
}

/**
 * The code that asks citeproc (format.ts: runCiteprocHere's output formats and options), part of every key beside
 * citeprocInputKey's inputs, as the PDF cache keys its steps' code: a change there formats every citation afresh.
 */
const CODE = [new URL('../lib/citations/format.ts', import.meta.url)];

/** How long one citation may take before the build gives up on the worker (an engine takes about a second). */
const REPLY_TIMEOUT_MS = 5 * 60 * 1000;

function isText(value: unknown): value is { text: string; html: string } {
  if (typeof value !== 'object' || value === null) return false;
  const { text, html } = value as Record<string, unknown>;
  return typeof text === 'string' && typeof html === 'string';
}

/** A cached output as formatCsl reads it, or nothing: a hand-edited or truncated entry is formatted afresh. */
function isCiteprocOutput(value: unknown): value is CiteprocOutput {
  if (!isText(value)) return false;
  const { citation } = value as { citation?: unknown };
  return citation === undefined || isText(citation);
}

function readCacheFile(file: string): CacheFile | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { site?: unknown; accessed?: unknown; entries?: unknown };
    if (
      typeof parsed.site !== 'string' ||
      typeof parsed.accessed !== 'string' ||
      typeof parsed.entries !== 'object' ||
      parsed.entries === null
    )
      return undefined;
    const entries = Object.fromEntries(
      Object.entries(parsed.entries as Record<string, unknown>).filter(([, output]) => isCiteprocOutput(output)),
    );
    return { site: parsed.site, accessed: parsed.accessed, entries } as CacheFile;
  } catch {
    return undefined;
  }
}

/** How often a waiting request looks for its reply on the port even without a wake-up (see run()). */
const POLL_MS = 50;

interface CiteprocWorker {
  /** The output, or undefined when no reply came (the caller then formats in this thread). */
  run(message: Omit<CiteprocRequestMessage, 'id'>): CiteprocOutput | undefined;
  end(): Promise<number>;
}

/** Starts the worker; resolves once it has loaded citeproc (and so can answer), before it warms up. */
async function startWorker(warm: boolean): Promise<CiteprocWorker> {
  const { port1, port2 } = new MessageChannel();
  const signal = new SharedArrayBuffer(4);
  const flag = new Int32Array(signal);
  const workerData: CiteprocWorkerData = { port: port2, signal, warm: warm ? [...WARM_UP_TARGETS] : [] };
  const worker = new Worker(new URL('../lib/citations/citeproc-worker.ts', import.meta.url), { workerData, transferList: [port2] });
  // A failed build must not wait for it.
  worker.unref();
  // Why the worker ended, should it end before the build ends it: a request then fails at once with the cause,
  // rather than waiting REPLY_TIMEOUT_MS for a reply that cannot come.
  let ended: string | undefined;
  let requests = 0;
  worker.on('error', (error) => (ended ??= String(error)));
  worker.on('exit', (code) => (ended ??= `it exited with code ${String(code)}`));
  await new Promise<void>((ready, fail) => {
    worker.once('message', () => ready());
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`the citeproc worker exited (code ${String(code)}) before it was ready`)));
  });
  return {
    // Synchronous, as the cite boxes are: the thread sleeps on the flag until the worker has posted its reply.
    // Each request has an id that its reply echoes: a 500-report build once woke to find no reply on the port,
    // so a wake-up is only a hint. The thread takes replies off the port until its own comes (a late reply to an
    // earlier request is dropped, never taken for this one), waiting on the flag in short slices so that a
    // missed wake-up costs POLL_MS, not the timeout.
    run(message) {
      if (ended !== undefined) throw new Error(`the citeproc worker has stopped: ${ended}`);
      const id = ++requests;
      Atomics.store(flag, 0, 0);
      port1.postMessage({ ...message, id } satisfies CiteprocRequestMessage);
      const deadline = Date.now() + REPLY_TIMEOUT_MS;
      for (;;) {
        let reply: CiteprocReplyMessage | undefined;
        while ((reply = receiveMessageOnPort(port1)?.message as CiteprocReplyMessage | undefined) !== undefined)
          if (reply.id === id) {
            if (!reply.output)
              throw new Error(`citeproc failed for ${message.target.url} (${message.style}): ${reply.error ?? 'no output'}`);
            return reply.output;
          }
        if (Date.now() >= deadline) return undefined;
        Atomics.store(flag, 0, 0);
        Atomics.wait(flag, 0, 0, POLL_MS);
      }
    },
    end: () => {
      port1.close();
      return worker.terminate();
    },
  };
}

export function citationCache(): AstroIntegration {
  let folder = '';
  let site = '';
  let file = '';
  let accessed = '';
  let used = new Map<string, CiteprocOutput>();
  let reused = 0;
  /** Requests the worker did not answer in REPLY_TIMEOUT_MS, formatted in this thread instead. */
  let unanswered = 0;
  let worker: CiteprocWorker | undefined;
  return {
    name: 'baogao-citation-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        folder = join(resolveCacheDir(process.env, config.cacheDir), 'citations');
        site = resolve(fileURLToPath(config.outDir));
        file = join(folder, `${hashParts([site]).slice(0, 16)}.json`);
      },
      'astro:build:start': async ({ logger }) => {
        const kept = new Map<string, CiteprocOutput>();
        accessed = citationDate();
        for (const name of existsSync(folder) ? readdirSync(folder) : []) {
          const record = name.endsWith('.json') ? readCacheFile(join(folder, name)) : undefined;
          if (record?.accessed === accessed) for (const [key, output] of Object.entries(record.entries)) kept.set(key, output);
        }
        used = new Map();
        reused = 0;
        unanswered = 0;
        // With nothing cached for today, every engine will be needed: the worker makes them now, beside the bundling.
        // Should the worker not start (a platform without worker threads for .ts), citeproc runs in this thread, as in tests.
        const running = await startWorker(kept.size === 0).catch((error: unknown) => {
          logger.warn(`citeproc runs in the main thread: its worker did not start (${String(error)})`);
          return undefined;
        });
        worker = running;
        const code = sourceFingerprint(CODE);
        const service: CiteprocService = {
          run: (target, style) => {
            const key = hashParts([code, citeprocInputKey(target, style)]);
            const remembered = used.get(key) ?? kept.get(key);
            if (remembered && !used.has(key)) reused++;
            let output = remembered ?? running?.run({ target, style });
            if (output === undefined) {
              if (running) unanswered++;
              output = runCiteprocHere(target, style);
            }
            used.set(key, output);
            return output;
          },
        };
        installCiteprocService(service);
      },
      // The pages are made: the engines are no longer needed (their heap goes with the worker).
      'astro:build:generated': async () => {
        installCiteprocService(undefined);
        await worker?.end();
        worker = undefined;
      },
      'astro:build:done': ({ logger }) => {
        mkdirSync(folder, { recursive: true });
        const partial = `${file}.${String(process.pid)}.partial`;
        writeFileSync(partial, JSON.stringify({ site, accessed, entries: Object.fromEntries(used) } satisfies CacheFile));
        renameSync(partial, file);
        for (const name of readdirSync(folder)) {
          const other = join(folder, name);
          if (other === file || !name.endsWith('.json')) continue;
          const record = readCacheFile(other);
          if (!record || !existsSync(record.site)) rmSync(other, { force: true });
        }
        logger.info(`citations: ${String(used.size)} citeproc outputs, ${String(reused)} of them from the cache`);
        if (unanswered > 0)
          logger.warn(`citations: the worker did not answer ${String(unanswered)} requests; they were formatted in the main thread`);
      },
    },
  };
}
