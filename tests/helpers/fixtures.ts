import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import { UID, type OwnUid } from '../../src/uid';

export interface DepartmentFixture {
  documentId: string;
  code: string;
  name: string;
}

export const createDepartment = async (
  strapi: Core.Strapi,
  fields: Record<string, unknown> = {},
): Promise<DepartmentFixture> => {
  const code = (fields.code as string | undefined) ?? `9${randomBytes(4).toString('hex')}`;
  const data: Record<string, unknown> = {
    name: `测试局${code}`,
    code,
    agencyCode: '测',
    level: 'department',
    ...fields,
  };
  const created = await strapi.documents(UID.department).create({ data });
  return { documentId: created.documentId, code, name: data.name as string };
};

/** A policy document that passes every input check (relations as documentIds). */
export const documentData = (departmentDocumentId: string, fields: Record<string, unknown> = {}) => ({
  title: '关于开展测试工作的通知',
  issuingDepartment: departmentDocumentId,
  docType: 'notice',
  isNormative: false,
  wideImpact: false,
  issuedAt: '2026-11-20',
  classification: 'unclassified',
  disclosure: 'proactive',
  publishMode: 'full',
  validity: 'in_force',
  secrecyReviewed: true,
  legalityReviewed: true,
  body: '测试正文。',
  ...fields,
});

/** Every row of a table (all versions), ordered, for "nothing changed" assertions. */
export const tableRows = async (strapi: Core.Strapi, uid: OwnUid): Promise<unknown[]> =>
  strapi.db.query(uid).findMany({ orderBy: { id: 'asc' } });
