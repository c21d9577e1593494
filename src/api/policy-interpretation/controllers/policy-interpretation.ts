import { factories } from '@strapi/strapi';
import { interpretationDetail, interpretationItem } from '../../../domain/public-api/shapes';
import { INTERPRETATION_LIST } from '../../../domain/public-api/specs';
import { publicInterpretations } from '../../../repositories/public-content';
import { publicReadActions } from '../../../services/public-api';
import { UID } from '../../../uid';

/** Public reads: published interpretations of published, 主动公开 documents; findOne also serves /slug/:slug. */
export default factories.createCoreController(UID.policyInterpretation, ({ strapi }) =>
  publicReadActions(strapi, INTERPRETATION_LIST, publicInterpretations, interpretationItem, interpretationDetail),
);
