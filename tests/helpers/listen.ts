import type { AddressInfo } from 'net';
import type { TestApp } from './strapi';

/**
 * Opens the app's HTTP server on a free port of 127.0.0.1, for clients that need a real URL
 * (@strapi/client, the benchmark's load generator). `stop()` closes it with the app.
 */
export const listenOnFreePort = async (app: TestApp): Promise<string> => {
  const server = app.strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};
