import { execFileSync } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import path from 'path';

const APP_DIR = path.resolve(__dirname, '..', '..');
const BUILD_INDEX = path.join(APP_DIR, 'dist', 'build', 'index.html');
/** The `strapi` command (its package does not export the bin path to require.resolve). */
const STRAPI_CLI = path.join(APP_DIR, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

/** What the admin bundle is made from: its sources, the domain modules they import, its config, the packages. */
const ADMIN_INPUTS = ['src/admin', 'src/domain/enums.ts', 'config/admin.ts', 'package-lock.json'];

const newestChange = (entry: string): number => {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
};

/**
 * Builds the admin panel (`strapi build`, minutes on a shared machine) only when it is missing or older
 * than one of its inputs, so that browser test runs after the first reuse it. `npm test` never calls this.
 */
export const ensureAdminBuild = (): void => {
  const builtAt = existsSync(BUILD_INDEX) ? statSync(BUILD_INDEX).mtimeMs : 0;
  const changedAt = Math.max(...ADMIN_INPUTS.map((input) => newestChange(path.join(APP_DIR, input))));
  if (changedAt < builtAt) return;
  execFileSync(process.execPath, [STRAPI_CLI, 'build'], {
    cwd: APP_DIR,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
};
