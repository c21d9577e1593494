import type { Core } from '@strapi/strapi';
import { chinaLocalDate } from '../domain/dates';
import { overdueAdoptionSummaries } from '../services/decision-feedback';
import { DECISION_FEEDBACK_ACTION } from '../rbac/actions';

type KoaContext = Parameters<Core.MiddlewareHandler>[0];

/**
 * GET /gov-decisions/feedback-overdue (admin API, 决策意见采纳情况督办 permission): decision items whose
 * adoption summary is past its due date, for the 公开办 to chase.
 */
export const registerDecisionRoutes = (strapi: Core.Strapi): void => {
  strapi.server.routes({
    type: 'admin',
    prefix: '/gov-decisions',
    routes: [
      {
        method: 'GET',
        path: '/feedback-overdue',
        config: {
          policies: [
            'admin::isAuthenticatedAdmin',
            { name: 'admin::hasPermissions', config: { actions: [DECISION_FEEDBACK_ACTION] } },
          ],
        },
        info: { apiName: 'decision-item' },
        handler: async (ctx: KoaContext) => {
          const today = chinaLocalDate(new Date());
          ctx.body = { data: await overdueAdoptionSummaries(strapi, today), meta: { today } };
        },
      },
    ],
  });
};
