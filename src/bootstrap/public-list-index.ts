import type { Core } from '@strapi/strapi';
import { ensurePublicDocumentListIndex } from '../repositories/public-list-index';

/** After each schema sync, when the documents table exists (see repositories/public-list-index.ts). */
export const registerPublicDocumentListIndex = (strapi: Core.Strapi): void => {
  strapi.hook('strapi::content-types.afterSync').register(() => ensurePublicDocumentListIndex(strapi));
};
