import type { Core } from '@strapi/strapi';
import { addCalendarDays } from '../domain/calendar/working-days';
import { chinaLocalDate } from '../domain/dates';
import { adminRoleByCode, documentIdsByCode, documentIdWhere as findDocumentId } from '../repositories/lookups';
import { findWritableEntry } from '../repositories/stored-entries';
import { UID } from '../uid';
import {
  DEMO_ANNUAL_REPORT,
  DEMO_MISMATCHED_REPORT,
  DEMO_DECISION,
  DEMO_DEPARTMENTS,
  DEMO_DOCUMENTS,
  DEMO_OPEN_COMMENTS,
  DEMO_OPEN_DECISION,
  DEMO_OVERDUE_DECISION,
  type CommentSeed,
  type DecisionSeed,
  type DocumentSeed,
} from './demo-content';

export const DEMO_PASSWORD = 'Qinghe2026demo';

/** One login per role, for two departments; the webmaster is Super Admin. */
export const DEMO_LOGINS = [
  { email: 'webmaster@qinghe.example.gov.cn', role: null, department: null, name: '网站管理员' },
  { email: 'jyj-editor@qinghe.example.gov.cn', role: 'gov-department-editor', department: 'edu', name: '教育局编辑' },
  {
    email: 'jyj-reviewer@qinghe.example.gov.cn',
    role: 'gov-department-reviewer',
    department: 'edu',
    name: '教育局审核',
  },
  {
    email: 'wjw-editor@qinghe.example.gov.cn',
    role: 'gov-department-editor',
    department: 'health',
    name: '卫健委编辑',
  },
  {
    email: 'wjw-reviewer@qinghe.example.gov.cn',
    role: 'gov-department-reviewer',
    department: 'health',
    name: '卫健委审核',
  },
  { email: 'gkb@qinghe.example.gov.cn', role: 'gov-disclosure-office', department: 'office', name: '公开办' },
  { email: 'archivist@qinghe.example.gov.cn', role: 'gov-archivist', department: null, name: '档案员' },
] as const;

type Ids = Map<string, string>;

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

const topicIds = (strapi: Core.Strapi): Promise<Ids> => documentIdsByCode(strapi, UID.topic);

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
    const current = await findWritableEntry(strapi, UID.policyDocument, documentId);
    if (current?.supersededBy) continue;
    const data: Record<string, unknown> = { supersededBy: ids.get(seed.supersededBy as string) };
    await strapi.documents(UID.policyDocument).update({ documentId, data });
    await strapi.documents(UID.policyDocument).publish({ documentId });
  }
  return ids;
};

const seedComments = async (strapi: Core.Strapi, decisionItem: string, comments: readonly CommentSeed[]) => {
  for (const comment of comments) {
    await strapi.documents(UID.decisionComment).create({ data: { ...comment, decisionItem } });
  }
};

/**
 * A decision item taken through its stages as editors would: created 列入目录, each stage saved with its
 * date, unit and material (so every rule of the process runs), comments after the consultation, the
 * adoption summary published before 结果公布, and the item published at the end.
 */
const seedDecision = async (strapi: Core.Strapi, seed: DecisionSeed, departments: Ids, documents: Ids) => {
  if (await findDocumentId(strapi, UID.decisionItem, { title: seed.title })) return;
  const items = strapi.documents(UID.decisionItem);
  const { documentId } = await items.create({
    data: {
      title: seed.title,
      year: seed.year,
      department: departments.get(seed.department),
      background: seed.background,
      stageReachedOn: seed.listedOn,
      stageUnit: '清河区人民政府办公室',
      ...(seed.resultDocument ? { resultDocument: documents.get(seed.resultDocument) } : {}),
    },
  });
  for (const step of seed.steps) {
    if (step.stage === 'result_published' && seed.commentAdoption) {
      const data: Record<string, unknown> = { commentAdoption: seed.commentAdoption };
      await items.update({ documentId, data, status: 'published' });
    }
    const data: Record<string, unknown> = { ...step };
    await items.update({ documentId, data });
    if (step.stage === 'public_consultation') await seedComments(strapi, documentId, seed.comments);
  }
  await items.publish({ documentId });
};

/** Open for comments on the day it is seeded, so the public API's comment form has something to post to. */
const seedOpenDecision = async (strapi: Core.Strapi, departments: Ids): Promise<void> => {
  if (await findDocumentId(strapi, UID.decisionItem, { title: DEMO_OPEN_DECISION.title })) return;
  const { department, opensDaysAgo, consultationDays, unit, background, ...materials } = DEMO_OPEN_DECISION;
  const consultationStart = addCalendarDays(chinaLocalDate(new Date()), -opensDaysAgo);
  const items = strapi.documents(UID.decisionItem);
  const { documentId } = await items.create({
    data: {
      title: DEMO_OPEN_DECISION.title,
      year: DEMO_OPEN_DECISION.year,
      department: departments.get(department),
      background,
      stageReachedOn: addCalendarDays(consultationStart, -20),
      stageUnit: unit,
    },
  });
  const data: Record<string, unknown> = {
    ...materials,
    stage: 'public_consultation',
    stageReachedOn: consultationStart,
    stageUnit: unit,
    consultationStart,
    consultationEnd: addCalendarDays(consultationStart, consultationDays - 1),
  };
  await items.update({ documentId, data });
  await items.publish({ documentId });
  await seedComments(strapi, documentId, DEMO_OPEN_COMMENTS);
};

/** The district government's published 2025 report, and a department's draft the gate refuses. */
const seedAnnualReports = async (strapi: Core.Strapi, departments: Ids): Promise<void> => {
  if (!(await findDocumentId(strapi, UID.annualReport, { title: DEMO_ANNUAL_REPORT.title }))) {
    const { department, ...fields } = DEMO_ANNUAL_REPORT;
    const report = await strapi
      .documents(UID.annualReport)
      .create({ data: { ...fields, department: departments.get(department) } });
    await strapi.documents(UID.annualReport).publish({ documentId: report.documentId });
  }
  if (!(await findDocumentId(strapi, UID.annualReport, { title: DEMO_MISMATCHED_REPORT.title }))) {
    const { department, ...fields } = DEMO_MISMATCHED_REPORT;
    await strapi.documents(UID.annualReport).create({ data: { ...fields, department: departments.get(department) } });
  }
};

const seedDemoLogins = async (strapi: Core.Strapi, departments: Ids): Promise<void> => {
  const users = strapi.service('admin::user');
  for (const login of DEMO_LOGINS) {
    if (await users.exists({ email: login.email })) continue;
    const role = login.role
      ? await adminRoleByCode(strapi, login.role)
      : await strapi.service('admin::role').getSuperAdmin();
    // The webmaster may have deleted a default role; its demo login is then not recreated.
    if (!role) continue;
    const user = await users.create({
      email: login.email,
      password: DEMO_PASSWORD,
      firstname: login.name,
      lastname: '',
      isActive: true,
      registrationToken: null,
      preferedLanguage: 'zh-Hans',
      roles: [role.id],
    });
    const department = login.department ? departments.get(login.department) : undefined;
    if (department) {
      const data: Record<string, unknown> = { members: { connect: [{ id: user.id }] } };
      await strapi.documents(UID.department).update({ documentId: department, data });
    }
  }
};

/** The demo district; every step is keyed by a natural key, so a second run creates nothing. */
export const seedDemo = async (strapi: Core.Strapi): Promise<void> => {
  const departments = await seedDepartments(strapi);
  const documents = await seedDocuments(strapi, departments);
  await seedDecision(strapi, DEMO_DECISION, departments, documents);
  await seedDecision(strapi, DEMO_OVERDUE_DECISION, departments, documents);
  await seedOpenDecision(strapi, departments);
  await seedAnnualReports(strapi, departments);
  await seedDemoLogins(strapi, departments);
};
