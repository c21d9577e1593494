import type { Core } from '@strapi/strapi';
import { PUBLIC_CONTENT_VERSION_TABLE } from '../../src/repositories/tables';
import { tableQuery } from '../../src/repositories/own-tables';
import { DEMO_PASSWORD } from '../../src/seed/seed-demo';
import { UID, type OwnUid } from '../../src/uid';
import { documentData } from './fixtures';
import { withToken } from './requests';
import type { TestApp } from './strapi';

export interface DepartmentRef {
  id: number;
  documentId: string;
}

/** documentIds of one department's content, as `createDepartmentContent` creates it. */
export type DepartmentContent = Record<
  'document' | 'published' | 'interpretation' | 'decision' | 'report' | 'comment',
  string
>;

/** The department whose 成员 include the admin user with `email`. */
export const departmentOf = async (strapi: Core.Strapi, email: string): Promise<DepartmentRef> =>
  strapi.db.query(UID.department).findOne({ where: { members: { email } }, select: ['id', 'documentId'] });

/**
 * One of each department-owned type for `department`, every title carrying `mark`: a draft document,
 * a published normative document with its interpretation, a decision item with a public comment, and
 * an annual report.
 */
export const createDepartmentContent = async (
  strapi: Core.Strapi,
  department: DepartmentRef,
  mark: string,
): Promise<DepartmentContent> => {
  const docs = strapi.documents;
  const document = (
    await docs(UID.policyDocument).create({ data: documentData(department.documentId, { title: `草稿文件${mark}` }) })
  ).documentId;
  const published = (
    await docs(UID.policyDocument).create({
      data: documentData(department.documentId, { title: `已发布文件${mark}`, isNormative: true }),
    })
  ).documentId;
  const interpretation = (
    await docs(UID.policyInterpretation).create({
      data: {
        title: `解读${mark}`,
        document: published,
        interpretingDepartment: department.documentId,
        form: 'text_reading',
        mainContent: '解读要点。',
      },
    })
  ).documentId;
  await docs(UID.policyDocument).publish({ documentId: published });
  const decision = (
    await docs(UID.decisionItem).create({
      data: { title: `决策事项${mark}`, year: 2026, department: department.documentId, stage: 'listed' },
    })
  ).documentId;
  const report = (
    await docs(UID.annualReport).create({
      data: { title: `年度报告${mark}`, year: 2025, department: department.documentId },
    })
  ).documentId;
  const comment = (
    await docs(UID.decisionComment).create({
      data: { decisionItem: decision, content: `意见${mark}`, contactPhone: '13800000000', adoption: 'unreviewed' },
    })
  ).documentId;
  return { document, published, interpretation, decision, report, comment };
};

const relationPopulate = (strapi: Core.Strapi, uid: OwnUid) =>
  Object.fromEntries(
    Object.entries(strapi.contentType(uid).attributes)
      .filter(([, attribute]) => attribute.type === 'relation' || attribute.type === 'media')
      .map(([name]) => [name, { select: ['id', 'documentId'] }]),
  );

/** Every version of the given entries with every relation and file they hold, for "nothing changed". */
export const entriesSnapshot = async (strapi: Core.Strapi, entries: readonly [OwnUid, string][]) =>
  Promise.all(
    entries.map(([uid, documentId]) =>
      strapi.db
        .query(uid)
        .findMany({ where: { documentId }, populate: relationPopulate(strapi, uid), orderBy: { id: 'asc' } }),
    ),
  );

/** The archive queue and the public-content version: what a refused write must leave alone too. */
export const sideEffectsSnapshot = async (strapi: Core.Strapi) => ({
  archiveQueue: await strapi.db.query(UID.archiveTransfer).findMany({ orderBy: { id: 'asc' } }),
  publicVersion: (await tableQuery(strapi, PUBLIC_CONTENT_VERSION_TABLE).where({ id: 1 }).first('version'))?.version,
});

/** A demo login (README 演示) through POST /admin/login: requests carrying its token. */
export const loginAsDemoUser = async (app: TestApp, email: string) => {
  const res = await app.http().post('/admin/login').send({ email, password: DEMO_PASSWORD });
  if (res.status !== 200) throw new Error(`${email}: ${res.status}`);
  return withToken(app, res.body.data.token as string);
};
