/** GET /api/decision-catalogue/:year: a `find` action, so the Public role and read-only tokens can hold it. */
export default {
  type: 'content-api',
  routes: [{ method: 'GET', path: '/decision-catalogue/:year', handler: 'decision-catalogue.find' }],
};
