/** Puts a page under a device's CPU slowdown and network (site-pages.ts DEVICES), through its CDP session. */
import type { CDPSession } from 'playwright-core';
import { DEVICES, type DeviceName } from './site-pages.ts';

export async function emulateDevice(cdp: CDPSession, device: DeviceName): Promise<void> {
  const { cpuSlowdown, network } = DEVICES[device];
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  if (!network) return;
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: network.latencyMs,
    downloadThroughput: network.downloadBytesPerSecond,
    uploadThroughput: network.uploadBytesPerSecond,
  });
}
