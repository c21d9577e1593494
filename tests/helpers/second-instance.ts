import { fork } from 'child_process';
import path from 'path';
import { createServer } from 'net';

export interface SecondInstance {
  url: string;
  stop(): Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

/**
 * Starts another instance of the app in a child process on the same database as the in-process one
 * (startApp put that database's settings in process.env), as a second server behind a load balancer would.
 */
export const startSecondInstance = async (extraEnv: Record<string, string> = {}): Promise<SecondInstance> => {
  const port = await freePort();
  const child = fork(path.join(__dirname, 'serve-app.js'), [], {
    env: { ...process.env, ...extraEnv, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', (message) =>
      message === 'listening' ? resolve() : reject(new Error(`second instance: ${String(message)}`)),
    );
    child.once('exit', (code) => reject(new Error(`second instance exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
};
