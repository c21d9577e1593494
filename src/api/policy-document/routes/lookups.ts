/** Detail by 网址别名 or 索引号; the findOne action (and its permission) serves all three lookups. */
export default {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/policy-documents/slug/:slug', handler: 'api::policy-document.policy-document.findOne' },
    {
      method: 'GET',
      path: '/policy-documents/index-number/:indexNumber',
      handler: 'api::policy-document.policy-document.findOne',
    },
  ],
};
