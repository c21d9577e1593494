import { execFileSync } from 'child_process';
import { rmSync } from 'fs';
import path from 'path';

/**
 * Compiles the app once (config, src, migrations → dist) before the API test files load it. dist is
 * emptied first: tsc leaves the output of deleted sources behind, and Strapi would still load a removed route.
 */
export default function compileApp(): void {
  const appDir = path.resolve(__dirname, '..', '..');
  rmSync(path.join(appDir, 'dist'), { recursive: true, force: true });
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], {
    cwd: appDir,
    stdio: 'inherit',
  });
}
