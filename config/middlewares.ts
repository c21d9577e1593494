import type { Core } from '@strapi/strapi';
import { BODY_LIMITS } from '../src/domain/requests/body-limits';

const config: Core.Config.Middlewares = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Parser errors and multipart without a boundary answer 400 with a reason, not 500.
  'global::body-parse-guard',
  {
    name: 'strapi::body',
    config: {
      jsonLimit: BODY_LIMITS.jsonBytes,
      formLimit: BODY_LIMITS.jsonBytes,
      textLimit: BODY_LIMITS.jsonBytes,
      formidable: { maxFileSize: BODY_LIMITS.fileBytes },
    },
  },
  // Nesting depth and list lengths (README 部门与角色 → 请求限制).
  'global::body-shape-guard',
  'strapi::session',
  // Kept with the portal's files: the app's top level holds only the project's folders.
  { name: 'strapi::favicon', config: { path: 'public/favicon.png' } },
  'global::portal-home',
  'strapi::public',
];

export default config;
