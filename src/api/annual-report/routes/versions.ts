/** A version of a report that a correction replaced, as it was published. */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/annual-reports/:id/versions/:version',
      handler: 'api::annual-report.annual-report.version',
    },
  ],
};
