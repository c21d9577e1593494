import { execFileSync } from 'child_process';
import path from 'path';

/** Compiles the app once (config, src, migrations → dist) before the API test files load it. */
export default function compileApp(): void {
  const appDir = path.resolve(__dirname, '..', '..');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], {
    cwd: appDir,
    stdio: 'inherit',
  });
}
