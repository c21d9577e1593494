import type { Core } from '@strapi/strapi';

const config: Core.Config.Middlewares = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  // Kept with the portal's files: the app's top level holds only the project's folders.
  { name: 'strapi::favicon', config: { path: 'public/favicon.png' } },
  'global::portal-home',
  'global::portal-labels',
  'strapi::public',
];

export default config;
