import { factories } from '@strapi/strapi';
import { UID } from '../../../uid';

/** Comments are read in the admin only; the content API takes new ones. */
export default factories.createCoreRouter(UID.decisionComment, { only: ['create'] });
