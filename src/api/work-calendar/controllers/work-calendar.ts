import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::work-calendar.work-calendar');
