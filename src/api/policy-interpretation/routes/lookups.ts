/** Detail by 网址别名; the findOne action (and its permission) serves both lookups. */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/policy-interpretations/slug/:slug',
      handler: 'api::policy-interpretation.policy-interpretation.findOne',
    },
  ],
};
