import type { Core } from '@strapi/strapi';
import { tableQuery } from './own-tables';
import { PUBLIC_CONTENT_VERSION_TABLE } from './tables';

const versionRow = (strapi: Core.Strapi) => tableQuery(strapi, PUBLIC_CONTENT_VERSION_TABLE).where({ id: 1 });

/** The shared public-content version (one primary-key read). */
export const readPublicContentVersion = async (strapi: Core.Strapi): Promise<string> => {
  const row: { version: number | string } | undefined = await versionRow(strapi).first('version');
  return String(row?.version ?? 0);
};

export const raisePublicContentVersion = async (strapi: Core.Strapi): Promise<void> => {
  await versionRow(strapi).increment('version', 1);
};
