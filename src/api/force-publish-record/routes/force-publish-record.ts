import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::force-publish-record.force-publish-record');
