export * from './strapi';
export * from './fixtures';
