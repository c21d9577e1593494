import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::force-publish-record.force-publish-record');
