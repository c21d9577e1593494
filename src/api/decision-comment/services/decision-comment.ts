import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::decision-comment.decision-comment');
