/**
 * Closed-loop HTTP load in a process of its own (forked by public-api.ts), so that the client's
 * work does not run on the server's event loop: `connections` keep-alive connections, each sending
 * the next path as soon as the previous answer has arrived, for `durationMs` after `warmupMs`.
 */
import http from 'http';
import { performance } from 'perf_hooks';

export interface LoadRequest {
  baseUrl: string;
  paths: string[];
  connections: number;
  warmupMs: number;
  durationMs: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  latenciesMs: { p50: number; p95: number; p99: number };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

const get = (agent: http.Agent, url: string) =>
  new Promise<number>((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      })
      .on('error', reject);
  });

const run = async ({ baseUrl, paths, connections, warmupMs, durationMs }: LoadRequest): Promise<LoadResult> => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const start = performance.now();
  const measureFrom = start + warmupMs;
  const end = measureFrom + durationMs;
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const loop = async () => {
    while (performance.now() < end) {
      const path = paths[next % paths.length];
      next += 1;
      const sent = performance.now();
      const status = await get(agent, baseUrl + path);
      if (sent < measureFrom) continue;
      latencies.push(performance.now() - sent);
      if (status !== 200) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds: durationMs / 1000,
    latenciesMs: {
      p50: percentile(latencies, 0.5),
      p95: percentile(latencies, 0.95),
      p99: percentile(latencies, 0.99),
    },
  };
};

process.on('message', (request: LoadRequest) => {
  run(request).then(
    (result) => process.send?.(result),
    (error: unknown) => process.send?.({ error: String(error) }),
  );
});
