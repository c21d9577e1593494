import type { Core } from '@strapi/strapi';
import { documentIdWhere } from '../repositories/lookups';
import { UID } from '../uid';
import { STATE_COUNCIL_TOPICS } from './topics';

const ensureTopic = async (
  strapi: Core.Strapi,
  code: string,
  name: string,
  sortOrder: number,
  parent?: string,
): Promise<string> => {
  const existing = await documentIdWhere(strapi, UID.topic, { code });
  if (existing) return existing;
  const created = await strapi
    .documents(UID.topic)
    .create({ data: { code, name, sortOrder, ...(parent ? { parent } : {}) } });
  return created.documentId;
};

/** Seed data every installation needs; idempotent (keyed by 分类代码). */
export const seedTopics = async (strapi: Core.Strapi): Promise<void> => {
  for (const [index, topic] of STATE_COUNCIL_TOPICS.entries()) {
    const parent = await ensureTopic(strapi, topic.code, topic.name, index + 1);
    for (const [childIndex, child] of (topic.children ?? []).entries()) {
      await ensureTopic(strapi, child.code, child.name, childIndex + 1, parent);
    }
  }
};
