import type { Core } from '@strapi/strapi';

/** LOG_LEVEL=error keeps test output to the test runner's own report. */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({ level: env('LOG_LEVEL', 'http') });
