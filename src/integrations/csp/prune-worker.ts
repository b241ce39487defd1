/**
 * A worker thread of index.ts: prunes the pages it is given (prune-pages.ts) and posts how many it rewrote.
 * Why a worker: its heap holds a few pages at a time (prune-pages.ts), where the build's main thread holds every
 * page's data by then, and the parser's many short-lived objects then cost garbage collections over all of that.
 * Several workers also use the machine's other cores. Measured side by side at 100 reports (22,039 pages, on a
 * loaded 2-core machine, with the hast parser used before the SAX one): 80 s in the main thread, 50 s in two
 * workers. With the SAX parser, 111,039 pages of 500 reports took 85 s in two workers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prunePages } from './prune-pages.ts';

const { root, pages } = workerData as { root: string; pages: string[] };
parentPort?.postMessage(await prunePages(root, pages));
