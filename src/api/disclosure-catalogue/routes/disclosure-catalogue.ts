/** GET /api/disclosure-catalogue: a `find` action, so the Public role and read-only tokens can hold it. */
export default {
  type: 'content-api',
  routes: [{ method: 'GET', path: '/disclosure-catalogue', handler: 'disclosure-catalogue.find' }],
};
