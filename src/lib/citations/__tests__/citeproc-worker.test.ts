import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { expect, test } from 'vitest';
import type { CiteprocReplyMessage, CiteprocRequestMessage, CiteprocWorkerData } from '../citeproc-worker.ts';
import { warmUpTarget } from '../warm-up-targets.ts';

const target = warmUpTarget('en');

test('a warm-up that fails leaves the citeproc worker answering the pages (it used to end, and the build waited five minutes)', async () => {
  const { port1, port2 } = new MessageChannel();
  const signal = new SharedArrayBuffer(4);
  const flag = new Int32Array(signal);
  // citeproc refuses this target (not an ISO date), as it would fail on a broken style file.
  const broken = { ...target, report: { ...target.report, deliveredOn: 'not a date' } };
  const workerData: CiteprocWorkerData = { port: port2, signal, warm: [broken] };
  const worker = new Worker(new URL('../citeproc-worker.ts', import.meta.url), { workerData, transferList: [port2] });
  try {
    await new Promise((ready) => worker.once('message', ready));
    port1.postMessage({ id: 1, target, style: 'apa' } satisfies CiteprocRequestMessage);
    // Generous: the worker makes an engine first. A worker that has ended never sets the flag.
    expect(Atomics.wait(flag, 0, 0, 60_000)).not.toBe('timed-out');
    const reply = receiveMessageOnPort(port1)?.message as CiteprocReplyMessage | undefined;
    expect(reply?.id).toBe(1);
    expect(reply?.output?.text).toContain('Report on the Work of the Government');
  } finally {
    port1.close();
    await worker.terminate();
  }
}, 90_000);
