import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::archive-transfer.archive-transfer');
