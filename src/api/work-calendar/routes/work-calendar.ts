import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::work-calendar.work-calendar');
