export * from './strapi';
export * from './fixtures';
export * from './admin-users';
export * from './outcomes';
export * from './requests';
export * from './listen';
export * from './annual-report-tables';
export * from './decisions';
