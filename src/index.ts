import type { Core } from '@strapi/strapi';
import { configureAdminLayouts } from './bootstrap/admin-layouts';
import { grantPublicPermissions } from './bootstrap/public-permissions';
import { registerArchiveRoutes } from './bootstrap/archive-routes';
import { registerDecisionRoutes } from './bootstrap/decision-routes';
import { registerPublishCheckRoute } from './bootstrap/publish-check-route';
import { scopeContentManagerRelations } from './bootstrap/content-manager-relations';
import { invalidatePublicAnswersOnMediaChange } from './bootstrap/media-changes';
import { registerPublicDocumentListIndex } from './bootstrap/public-list-index';
import { registerOpenApiRoute } from './bootstrap/openapi-route';
import { registerGovActions } from './rbac/actions';
import { departmentConditions } from './rbac/conditions';
import { ensureDefaultRoles, retireStockRoles } from './rbac/default-roles';
import { registerDocumentMiddlewares } from './document-middlewares';
import { ARCHIVE_OVERDUE_JOB } from './services/archive-overdue';
import { checkBulkPublishFirst } from './services/bulk-publish';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemo } from './seed/seed-demo';
import { seedTopics } from './seed/seed-topics';

export default {
  /** Document middlewares are registered here so that bootstrap's own seeding passes through them. */
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentMiddlewares(strapi);
    registerArchiveRoutes(strapi);
    registerDecisionRoutes(strapi);
    registerPublishCheckRoute(strapi);
    registerOpenApiRoute(strapi);
    registerPublicDocumentListIndex(strapi);
    configureAdminLayouts(strapi);
    scopeContentManagerRelations(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await registerGovActions(strapi);
    await strapi.service('admin::permission').conditionProvider.registerMany(departmentConditions(strapi));
    await ensureDefaultRoles(strapi);
    await retireStockRoles(strapi);
    checkBulkPublishFirst(strapi);
    invalidatePublicAnswersOnMediaChange(strapi);
    strapi.cron.add(ARCHIVE_OVERDUE_JOB);
    await seedTopics(strapi);
    await grantPublicPermissions(strapi);
    if (process.env.DEMO_SEED === 'true') {
      await seedDemo(strapi);
      strapi.log.info(
        `\n演示数据已就绪。管理后台：http://localhost:${strapi.config.get('server.port')}/admin\n` +
          `演示账号（密码均为 ${DEMO_PASSWORD}）：\n` +
          DEMO_LOGINS.map((login) => `  ${login.name.padEnd(6, '　')} ${login.email}`).join('\n') +
          `\n公开接口示例：GET /api/policy-documents`,
      );
    }
  },
};
