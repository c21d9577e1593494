import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::decision-item.decision-item');
