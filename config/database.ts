import path from 'path';
import type { Core } from '@strapi/strapi';

type Client = 'sqlite' | 'postgres' | 'mysql';
const CLIENTS: readonly Client[] = ['sqlite', 'postgres', 'mysql'];
const isClient = (value: string): value is Client => (CLIENTS as readonly string[]).includes(value);

/**
 * SQLite by default so a fresh clone runs with nothing to install; PostgreSQL (production,
 * multi-instance) and MariaDB/MySQL through DATABASE_CLIENT, defaulting to the local test servers.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  if (!isClient(client)) {
    throw new Error(`不支持的 DATABASE_CLIENT：${client}，可选 sqlite、postgres、mysql`);
  }
  const pool = { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) };
  const connections: Record<Client, Core.Config.Database['connection']> = {
    sqlite: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
    },
    postgres: {
      client: 'postgres',
      connection: {
        connectionString: env('DATABASE_URL'),
        host: env('DATABASE_HOST', '127.0.0.1'),
        port: env.int('DATABASE_PORT', 5432),
        database: env('DATABASE_NAME', 'test'),
        user: env('DATABASE_USERNAME', 'postgres'),
        password: env('DATABASE_PASSWORD', ''),
        schema: env('DATABASE_SCHEMA', 'public'),
        ssl: env.bool('DATABASE_SSL', false),
      },
      pool,
    },
    mysql: {
      client: 'mysql',
      connection: {
        host: env('DATABASE_HOST', '127.0.0.1'),
        port: env.int('DATABASE_PORT', 3306),
        database: env('DATABASE_NAME', 'test'),
        user: env('DATABASE_USERNAME', 'root'),
        password: env('DATABASE_PASSWORD', ''),
        ssl: env.bool('DATABASE_SSL', false),
        charset: 'utf8mb4',
      },
      pool,
    },
  };
  return {
    connection: {
      ...connections[client],
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
    settings: { useTypescriptMigrations: true },
  };
};

export default config;
