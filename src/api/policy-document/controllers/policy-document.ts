import { factories } from '@strapi/strapi';
import { documentDetail, documentSummary } from '../../../domain/public-api/shapes';
import { DOCUMENT_LIST } from '../../../domain/public-api/specs';
import { publicDocuments } from '../../../repositories/public-content';
import { publicReadActions } from '../../../services/public-api';
import { UID } from '../../../uid';

/**
 * Public reads: published, 主动公开 documents in the contract's shapes (create/update stay Strapi's);
 * findOne also serves /slug/:slug and /index-number/:indexNumber.
 */
export default factories.createCoreController(UID.policyDocument, ({ strapi }) =>
  publicReadActions(strapi, DOCUMENT_LIST, publicDocuments, documentSummary, documentDetail),
);
