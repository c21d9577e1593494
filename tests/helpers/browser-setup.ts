import compileApp from './compile';
import { ensureAdminBuild } from './admin-build';

/** Browser tests: the compiled app as for the API tests, plus the admin panel's build (reused when current). */
export default function prepareBrowserTests(): void {
  compileApp();
  ensureAdminBuild();
}
