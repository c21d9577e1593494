/**
 * A second instance of the compiled app in its own process, on the database named by the environment
 * (the one the test's in-process instance uses), listening on PORT. Tells its parent when it listens.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..');
createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false })
  .start()
  .then(() => process.send?.('listening'))
  .catch((error) => {
    process.send?.(`failed: ${error?.message ?? error}`);
    process.exit(1);
  });
