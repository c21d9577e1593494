import type { TestApp } from './strapi';

/** Requests to the app carrying a bearer token (admin JWT or API token). */
export const withToken = (app: TestApp, token: string) => ({
  get: (url: string) => app.http().get(url).set('Authorization', `Bearer ${token}`),
  post: (url: string) => app.http().post(url).set('Authorization', `Bearer ${token}`),
  put: (url: string) => app.http().put(url).set('Authorization', `Bearer ${token}`),
  del: (url: string) => app.http().delete(url).set('Authorization', `Bearer ${token}`),
});
