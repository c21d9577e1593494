import type { Core } from '@strapi/strapi';
import { buildCatalogue } from '../../../domain/public-api/catalogue';
import { catalogueFacts } from '../../../repositories/public-content';
import { sendCacheable, type PublicContext } from '../../../services/public-api';

/** 公开目录: departments with the number of their public documents, per topic. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: PublicContext) {
    const { departments, documents } = await catalogueFacts(strapi);
    sendCacheable(ctx, buildCatalogue(departments, documents));
  },
});
