import type { Core } from '@strapi/strapi';
import { UID } from '../uid';
import {
  DEMO_ANNUAL_REPORT,
  DEMO_COMMENTS,
  DEMO_DECISION,
  DEMO_DEPARTMENTS,
  DEMO_DOCUMENTS,
  type DocumentSeed,
} from './demo-content';

export const DEMO_LOGIN = { email: 'webmaster@qinghe.example.gov.cn', password: 'Qinghe2026demo' } as const;

type Ids = Map<string, string>;

const findDocumentId = async (strapi: Core.Strapi, uid: string, where: Record<string, unknown>) =>
  (
    (await strapi.db.query(uid as typeof UID.department).findOne({ where, select: ['documentId'] })) as {
      documentId: string;
    } | null
  )?.documentId ?? null;

const seedDepartments = async (strapi: Core.Strapi): Promise<Ids> => {
  const ids: Ids = new Map();
  for (const [index, seed] of DEMO_DEPARTMENTS.entries()) {
    const { key, parent, ...fields } = seed;
    const existing = await findDocumentId(strapi, UID.department, { code: seed.code });
    const documentId =
      existing ??
      (
        await strapi.documents(UID.department).create({
          data: { ...fields, sortOrder: index + 1, ...(parent ? { parent: ids.get(parent) } : {}) },
        })
      ).documentId;
    ids.set(key, documentId);
  }
  return ids;
};

const topicIds = async (strapi: Core.Strapi): Promise<Ids> => {
  const topics: { code: string; documentId: string }[] = await strapi.db
    .query(UID.topic)
    .findMany({ select: ['code', 'documentId'] });
  return new Map(topics.map((t) => [t.code, t.documentId]));
};

const seedDocument = async (
  strapi: Core.Strapi,
  seed: DocumentSeed,
  departments: Ids,
  topics: Ids,
): Promise<string> => {
  const existing = await findDocumentId(strapi, UID.policyDocument, { title: seed.title });
  if (existing) return existing;
  const department = departments.get(seed.department);
  const created = await strapi.documents(UID.policyDocument).create({
    data: {
      title: seed.title,
      documentNumber: seed.documentNumber,
      issuingDepartment: department,
      draftingDepartment: department,
      docType: seed.docType,
      isNormative: seed.isNormative,
      wideImpact: seed.wideImpact,
      topic: topics.get(seed.topic),
      issuedAt: seed.issuedAt,
      classification: 'unclassified',
      disclosure: seed.disclosure,
      disclosureReason: seed.disclosureReason,
      publishMode: 'full',
      validity: seed.validity ?? 'in_force',
      legalityReviewed: true,
      secrecyReviewed: true,
      body: seed.body,
    },
  });
  for (const interpretation of seed.interpretations) {
    await strapi.documents(UID.policyInterpretation).create({
      data: { ...interpretation, document: created.documentId, interpretingDepartment: department },
    });
  }
  return created.documentId;
};

const seedDocuments = async (strapi: Core.Strapi, departments: Ids): Promise<Ids> => {
  const topics = await topicIds(strapi);
  const ids: Ids = new Map();
  for (const seed of DEMO_DOCUMENTS) {
    const existed = await findDocumentId(strapi, UID.policyDocument, { title: seed.title });
    const documentId = await seedDocument(strapi, seed, departments, topics);
    ids.set(seed.key, documentId);
    // 同步发布: publishing the document publishes its interpretation drafts with it.
    if (!existed && seed.publish) await strapi.documents(UID.policyDocument).publish({ documentId });
  }
  for (const seed of DEMO_DOCUMENTS.filter((s) => s.supersededBy)) {
    const documentId = ids.get(seed.key) as string;
    const current = await strapi.db
      .query(UID.policyDocument)
      .findOne({ where: { documentId, publishedAt: null }, populate: { supersededBy: { select: ['documentId'] } } });
    if (current?.supersededBy) continue;
    const data: Record<string, unknown> = { supersededBy: ids.get(seed.supersededBy as string) };
    await strapi.documents(UID.policyDocument).update({ documentId, data });
    await strapi.documents(UID.policyDocument).publish({ documentId });
  }
  return ids;
};

const seedDecision = async (strapi: Core.Strapi, departments: Ids, documents: Ids): Promise<void> => {
  if (await findDocumentId(strapi, UID.decisionItem, { title: DEMO_DECISION.title })) return;
  const { department, resultDocument, ...fields } = DEMO_DECISION;
  const item = await strapi.documents(UID.decisionItem).create({
    data: { ...fields, department: departments.get(department), resultDocument: documents.get(resultDocument) },
  });
  await strapi.documents(UID.decisionItem).publish({ documentId: item.documentId });
  for (const comment of DEMO_COMMENTS) {
    await strapi.documents(UID.decisionComment).create({ data: { ...comment, decisionItem: item.documentId } });
  }
};

const seedAnnualReport = async (strapi: Core.Strapi, departments: Ids): Promise<void> => {
  if (await findDocumentId(strapi, UID.annualReport, { title: DEMO_ANNUAL_REPORT.title })) return;
  const { department, ...fields } = DEMO_ANNUAL_REPORT;
  await strapi.documents(UID.annualReport).create({ data: { ...fields, department: departments.get(department) } });
};

const seedDemoLogin = async (strapi: Core.Strapi): Promise<void> => {
  const users = strapi.service('admin::user');
  if (await users.exists({ email: DEMO_LOGIN.email })) return;
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await users.create({
    email: DEMO_LOGIN.email,
    password: DEMO_LOGIN.password,
    firstname: '网站',
    lastname: '管理员',
    isActive: true,
    registrationToken: null,
    preferedLanguage: 'zh-Hans',
    roles: [superAdmin.id],
  });
};

/** The demo district; every step is keyed by a natural key, so a second run creates nothing. */
export const seedDemo = async (strapi: Core.Strapi): Promise<void> => {
  const departments = await seedDepartments(strapi);
  const documents = await seedDocuments(strapi, departments);
  await seedDecision(strapi, departments, documents);
  await seedAnnualReport(strapi, departments);
  await seedDemoLogin(strapi);
};
