import type { AddressInfo } from 'net';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { TestApp } from './strapi';

/** Debian's chromium; .ci/run installs it when missing. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

// The machine has no network: without these, chromium waits on connections to Google's services.
const OFFLINE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: OFFLINE_ARGS });

/** Opens the app's HTTP server on a free loopback port; `app.stop()` closes it with the app. */
export const listenOnFreePort = async (app: TestApp): Promise<string> => {
  const server = app.strapi.server.httpServer;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

/** Script errors and console errors (a CSP refusal is one) that a page reports, to assert there are none. */
export const collectPageErrors = (page: Page): string[] => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
};

/** Retries `assertion` until it passes or `timeoutMs` is over, then throws its last failure. */
export const eventually = async (assertion: () => Promise<void>, timeoutMs = 10000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
};
