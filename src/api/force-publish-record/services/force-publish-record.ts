import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::force-publish-record.force-publish-record');
