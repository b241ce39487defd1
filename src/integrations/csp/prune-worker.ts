/**
 * A worker thread of index.ts: prunes the pages it is given (prune-pages.ts) and posts how many it rewrote.
 * Why a worker: its heap holds one page at a time, where the build's main thread holds every page's data by
 * then, and each of the parser's many short-lived objects then costs a garbage collection over all of that
 * (measured on main at 100 reports: 9 ms a page, against 1.2 ms in a small heap). Several workers also use
 * the machine's other cores.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prunePages } from './prune-pages.ts';

const { root, pages } = workerData as { root: string; pages: string[] };
parentPort?.postMessage(await prunePages(root, pages));
