import { randomBytes } from 'crypto';
import path from 'path';
import { createStrapi, type Core } from '@strapi/strapi';
import request from 'supertest';
import { createThrowAwayDatabase, databaseClient, type ThrowAwayDatabase } from './databases';

const APP_DIR = path.resolve(__dirname, '..', '..');
const DIST_DIR = path.join(APP_DIR, 'dist');

export interface TestApp {
  strapi: Core.Strapi;
  /** supertest agent on the app's HTTP server (no port is opened) */
  http: () => request.Agent;
  /** stops this instance and loads the app again on the same database, as a server restart would */
  restart(): Promise<TestApp>;
  stop(): Promise<void>;
}

const secret = () => randomBytes(16).toString('base64');

interface KnexPool {
  numUsed(): number;
  numPendingAcquires(): number;
}

/**
 * Strapi's content history writes versions in an un-awaited onCommit callback, so work can still be
 * running after a publish returns. Destroying the app under it fails those writes; wait (bounded) instead.
 */
const poolDrained = async (strapi: Core.Strapi, timeoutMs = 10000): Promise<void> => {
  const pool = (strapi.db.connection as unknown as { client: { pool?: KnexPool } }).client.pool;
  const deadline = Date.now() + timeoutMs;
  while (pool && (pool.numUsed() > 0 || pool.numPendingAcquires() > 0) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

/** Content-API modules (content types, controllers, routes…) keyed by API name, as Strapi's loader builds them. */
export type ExtraApis = Record<string, object>;

export interface AppOptions {
  /** serve the admin panel's build from dist/build (browser tests; see admin-build.ts) */
  serveAdminPanel?: boolean;
}

/**
 * Loads the compiled app against a database of its own (see databases.ts), with the HTTP server
 * mounted but not listening. `extraEnv` sets variables for this instance only (e.g. DEMO_SEED);
 * `extraApis` adds APIs that are not in src/api (the benchmark's stock baseline).
 */
export const startApp = async (
  extraEnv: Record<string, string> = {},
  extraApis: ExtraApis = {},
  options: AppOptions = {},
): Promise<TestApp> => {
  const database: ThrowAwayDatabase = await createThrowAwayDatabase(databaseClient());
  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    CRON_ENABLED: 'false',
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    DEMO_SEED: 'false',
    ...database.env,
    ...extraEnv,
  });
  return loadApp(database, extraApis, options);
};

const loadApp = async (database: ThrowAwayDatabase, extraApis: ExtraApis, options: AppOptions): Promise<TestApp> => {
  const instance = createStrapi({
    appDir: APP_DIR,
    distDir: DIST_DIR,
    autoReload: false,
    serveAdminPanel: options.serveAdminPanel ?? false,
  });
  for (const [name, api] of Object.entries(extraApis)) instance.get('apis').add(name, api);
  const strapi = await instance.load();
  strapi.server.mount();
  return {
    strapi,
    http: () => request.agent(strapi.server.httpServer),
    restart: async () => {
      await poolDrained(strapi);
      await strapi.destroy();
      return loadApp(database, extraApis, options);
    },
    stop: async () => {
      await poolDrained(strapi);
      await strapi.destroy();
      await database.drop();
    },
  };
};

export interface AdminSession {
  token: string;
  userId: number;
}

/** A super admin (the webmaster) logged in through POST /admin/login. */
export const loginAsSuperAdmin = async (app: TestApp): Promise<AdminSession> => {
  const email = `webmaster-${randomBytes(3).toString('hex')}@test.example.gov.cn`;
  const password = 'Test1234pass';
  const superAdmin = await app.strapi.service('admin::role').getSuperAdmin();
  const user = await app.strapi.service('admin::user').create({
    email,
    password,
    firstname: '测试',
    lastname: '管理员',
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  const res = await app.http().post('/admin/login').send({ email, password });
  if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { token: res.body.data.token as string, userId: user.id as number };
};

/** A full-access API token, as an integrator's back office would hold. */
export const createFullAccessToken = async (app: TestApp): Promise<string> => {
  const token = await app.strapi.service('admin::api-token').create({
    name: `test-${randomBytes(3).toString('hex')}`,
    type: 'full-access',
    lifespan: null,
  });
  return token.accessKey as string;
};
