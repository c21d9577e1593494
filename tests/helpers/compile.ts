import { execFileSync } from 'child_process';
import { existsSync, readdirSync, rmSync } from 'fs';
import path from 'path';

/** The admin panel's build (`strapi build`): minutes to make, never written by tsc, so kept (see admin-build.ts). */
const ADMIN_BUILD = 'build';

/**
 * Compiles the app once (config, src, migrations → dist) before the API test files load it. dist is
 * emptied first: tsc leaves the output of deleted sources behind, and Strapi would still load a removed route.
 */
export default function compileApp(): void {
  const appDir = path.resolve(__dirname, '..', '..');
  const dist = path.join(appDir, 'dist');
  const entries = existsSync(dist) ? readdirSync(dist, { withFileTypes: true }) : [];
  for (const entry of entries.filter((e) => e.name !== ADMIN_BUILD)) {
    rmSync(path.join(dist, entry.name), { recursive: true, force: true });
  }
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], {
    cwd: appDir,
    stdio: 'inherit',
  });
}
