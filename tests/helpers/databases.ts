import { randomBytes } from 'crypto';
import fs from 'fs';
import path from 'path';
import { Client as PgClient } from 'pg';
import mysql from 'mysql2/promise';

export type DatabaseClient = 'sqlite' | 'postgres' | 'mysql';

export interface ThrowAwayDatabase {
  /** environment variables that point Strapi at it */
  env: Record<string, string>;
  drop(): Promise<void>;
}

const APP_DIR = path.resolve(__dirname, '..', '..');
const pgConnection = { host: '127.0.0.1', port: 5432, user: 'postgres', database: 'test' };
const mysqlConnection = { host: '127.0.0.1', port: 3306, user: 'root', password: '' };

export const databaseClient = (): DatabaseClient => {
  const client = process.env.DATABASE_CLIENT ?? 'sqlite';
  if (client !== 'sqlite' && client !== 'postgres' && client !== 'mysql') {
    throw new Error(`DATABASE_CLIENT must be sqlite, postgres or mysql, not ${client}`);
  }
  return client;
};

/** A database of its own for one test file: a temp SQLite file, a PostgreSQL schema or a MariaDB database. */
export const createThrowAwayDatabase = async (client: DatabaseClient): Promise<ThrowAwayDatabase> => {
  const name = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
  if (client === 'sqlite') {
    const file = path.join('.tmp', 'test', `${name}.db`);
    fs.mkdirSync(path.join(APP_DIR, '.tmp', 'test'), { recursive: true });
    return {
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file },
      drop: async () => {
        for (const suffix of ['', '-wal', '-shm', '-journal'])
          fs.rmSync(path.join(APP_DIR, file + suffix), { force: true });
      },
    };
  }
  if (client === 'postgres') {
    const admin = new PgClient(pgConnection);
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${name}`);
    await admin.end();
    return {
      env: { DATABASE_CLIENT: 'postgres', DATABASE_NAME: 'test', DATABASE_SCHEMA: name, DATABASE_USERNAME: 'postgres' },
      drop: async () => {
        const dropper = new PgClient(pgConnection);
        await dropper.connect();
        await dropper.query(`DROP SCHEMA ${name} CASCADE`);
        await dropper.end();
      },
    };
  }
  const admin = await mysql.createConnection(mysqlConnection);
  await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  return {
    env: { DATABASE_CLIENT: 'mysql', DATABASE_NAME: name, DATABASE_USERNAME: 'root', DATABASE_PASSWORD: '' },
    drop: async () => {
      const dropper = await mysql.createConnection(mysqlConnection);
      await dropper.query(`DROP DATABASE ${name}`);
      await dropper.end();
    },
  };
};
