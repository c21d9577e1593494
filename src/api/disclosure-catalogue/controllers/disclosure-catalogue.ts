import type { Core } from '@strapi/strapi';
import { buildCatalogue } from '../../../domain/public-api/catalogue';
import { catalogueFacts } from '../../../repositories/public-content';
import { answerPublicGet, type PublicContext } from '../../../services/public-api';

/** 公开目录: departments with the number of their public documents, per topic. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  find: (ctx: PublicContext) =>
    answerPublicGet(strapi, ctx, async () => {
      const { departments, documents } = await catalogueFacts(strapi);
      return { payload: buildCatalogue(departments, documents) };
    }),
});
