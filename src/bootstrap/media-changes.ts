import type { Core } from '@strapi/strapi';
import { markPublicContentChanged } from '../services/public-cache';

/**
 * A renamed, replaced or deleted file changes the attachments of public answers. The upload plugin writes
 * files through the query engine, not the document service, so its writes are watched here.
 */
export const invalidatePublicAnswersOnMediaChange = (strapi: Core.Strapi): void => {
  const changed = () => markPublicContentChanged(strapi);
  strapi.db.lifecycles.subscribe({
    models: ['plugin::upload.file'],
    afterUpdate: changed,
    afterUpdateMany: changed,
    afterDelete: changed,
    afterDeleteMany: changed,
  });
};
