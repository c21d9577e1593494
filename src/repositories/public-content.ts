import type { Core } from '@strapi/strapi';
import type { CatalogueDepartment, CatalogueDocument } from '../domain/public-api/catalogue';
import type { ConsultationFacts } from '../domain/public-api/comments';
import {
  listOrderBy,
  listWhere,
  type ListQuery,
  type ListSpec,
  type RelationWhere,
} from '../domain/public-api/list-query';
import {
  ANNUAL_REPORT_FIELDS,
  ANNUAL_REPORT_SECTIONS,
  ANNUAL_REPORT_TABLES,
  DECISION_FIELDS,
  DECISION_MATERIALS,
  DOCUMENT_DETAIL_FIELDS,
  DOCUMENT_LINK_FIELDS,
  DOCUMENT_SUMMARY_FIELDS,
  INTERPRETATION_DETAIL_FIELDS,
  INTERPRETATION_LINK_FIELDS,
  INTERPRETED_DOCUMENT_FIELDS,
  MEDIA_FIELDS,
  PUBLIC_COMMENT_FIELDS,
  REF_FIELDS,
  type AnnualReportDetailRow,
  type CommentCounts,
  type AnnualReportRow,
  type DecisionDetailRow,
  type DecisionRow,
  type DocumentDetailRow,
  type DocumentSummaryRow,
  type InterpretationDetailRow,
  type InterpretationRow,
  type PublicCommentRow,
} from '../domain/public-api/shapes';
import { tallyComments, type CommentReview } from '../domain/decisions/feedback';
import { CATALOGUE_MATERIALS, type CatalogueRow } from '../domain/public-api/decision-catalogue';
import { PUBLIC_DOCUMENT, PUBLIC_INTERPRETATION, PUBLISHED } from '../domain/public-api/specs';
import { UID, type OwnUid } from '../uid';
import { tableQuery } from './own-tables';

/**
 * Reads for the public API through the query engine. Visibility (published, 主动公开) is part of every
 * `where`, and every select names its columns, so nothing else is ever read into a public answer.
 */
type Where = Record<string, unknown>;
type Populate = Record<string, unknown>;

const ref = { select: [...REF_FIELDS] };
const publicDocumentLink = { select: [...DOCUMENT_LINK_FIELDS], where: PUBLIC_DOCUMENT };

export interface Page<Row> {
  rows: Row[];
  total: number;
}

interface Readable {
  uid: OwnUid;
  visible: Where;
  select: readonly string[];
  populate: Populate;
}

interface LinkTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

/**
 * A filter on a related entry (发布机构, 主题) as `id IN (entries linked to a matching target)`. Written as
 * a nested `where`, the query engine joins the link table and selects DISTINCT over every column, so the
 * database sorts all matching rows, drafts included, before it can take a page or count; as a subquery it
 * needs neither.
 */
const linkedTo =
  (strapi: Core.Strapi, uid: OwnUid): RelationWhere =>
  (relation, targetWhere) => {
    const attribute = strapi.db.metadata.get(uid).attributes[relation] as { target?: string; joinTable?: LinkTable };
    const { target, joinTable } = attribute;
    if (!target || !joinTable) return { [relation]: targetWhere };
    const targets = strapi.db.entityManager.createQueryBuilder(target).select('id').where(targetWhere).getKnexQuery();
    return {
      id: {
        $in: tableQuery(strapi, joinTable.name)
          .select(joinTable.joinColumn.name)
          .whereIn(joinTable.inverseJoinColumn.name, targets),
      },
    };
  };

const listPage = async <Row>(
  strapi: Core.Strapi,
  { uid, visible, select, populate }: Readable,
  spec: ListSpec,
  query: ListQuery,
): Promise<Page<Row>> => {
  const where = listWhere(query, spec, visible, linkedTo(strapi, uid));
  const [rows, total] = await Promise.all([
    strapi.db.query(uid).findMany({
      where,
      select: [...select],
      populate,
      orderBy: listOrderBy(query),
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    }),
    strapi.db.query(uid).count({ where }),
  ]);
  return { rows: rows as Row[], total };
};

/** How a detail route names its entry: `/:id`, `/slug/:slug` or `/index-number/:indexNumber`. */
export type DetailKey = { documentId: string } | { slug: string } | { indexNumber: string };

const findOne = async <Row>(
  strapi: Core.Strapi,
  { uid, visible, select, populate }: Readable,
  key: DetailKey,
): Promise<Row | null> =>
  (await strapi.db
    .query(uid)
    .findOne({ where: { $and: [visible, key] }, select: [...select], populate })) as Row | null;

const documentSummary: Readable = {
  uid: UID.policyDocument,
  visible: PUBLIC_DOCUMENT,
  select: DOCUMENT_SUMMARY_FIELDS,
  populate: { issuingDepartment: ref, topic: ref },
};
const documentDetail: Readable = {
  ...documentSummary,
  select: DOCUMENT_DETAIL_FIELDS,
  populate: {
    ...documentSummary.populate,
    jointDepartments: { ...ref, orderBy: { id: 'asc' } },
    draftingDepartment: ref,
    supersededBy: publicDocumentLink,
    attachments: { select: [...MEDIA_FIELDS], orderBy: { id: 'asc' } },
    interpretations: {
      select: [...INTERPRETATION_LINK_FIELDS],
      where: PUBLISHED,
      orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
    },
  },
};

const interpretationItem: Readable = {
  uid: UID.policyInterpretation,
  visible: PUBLIC_INTERPRETATION,
  select: INTERPRETATION_LINK_FIELDS,
  populate: { interpretingDepartment: ref, document: { select: [...INTERPRETED_DOCUMENT_FIELDS] } },
};
const interpretationDetail: Readable = {
  ...interpretationItem,
  select: INTERPRETATION_DETAIL_FIELDS,
  populate: { ...interpretationItem.populate, media: { select: [...MEDIA_FIELDS], orderBy: { id: 'asc' } } },
};

const decisionItem: Readable = {
  uid: UID.decisionItem,
  visible: PUBLISHED,
  select: DECISION_FIELDS,
  populate: { department: ref, resultDocument: publicDocumentLink },
};
const decisionDetail: Readable = {
  ...decisionItem,
  select: [...DECISION_FIELDS, ...DECISION_MATERIALS, 'stageHistory'],
};

const annualReportItem: Readable = {
  uid: UID.annualReport,
  visible: PUBLISHED,
  select: ANNUAL_REPORT_FIELDS,
  populate: { department: ref },
};
const annualReportDetail: Readable = {
  ...annualReportItem,
  select: [...ANNUAL_REPORT_FIELDS, ...ANNUAL_REPORT_SECTIONS, ...ANNUAL_REPORT_TABLES, 'correctionNote'],
};

export const publicDocuments = {
  list: (strapi: Core.Strapi, spec: ListSpec, query: ListQuery) =>
    listPage<DocumentSummaryRow>(strapi, documentSummary, spec, query),
  one: (strapi: Core.Strapi, key: DetailKey) => findOne<DocumentDetailRow>(strapi, documentDetail, key),
};

export const publicInterpretations = {
  list: (strapi: Core.Strapi, spec: ListSpec, query: ListQuery) =>
    listPage<InterpretationRow>(strapi, interpretationItem, spec, query),
  one: (strapi: Core.Strapi, key: DetailKey) => findOne<InterpretationDetailRow>(strapi, interpretationDetail, key),
};

export const publicDecisions = {
  list: (strapi: Core.Strapi, spec: ListSpec, query: ListQuery) =>
    listPage<DecisionRow>(strapi, decisionItem, spec, query),
  one: (strapi: Core.Strapi, key: DetailKey) => findOne<DecisionDetailRow>(strapi, decisionDetail, key),
  /** The published version's consultation window, the only facts a public comment is checked against. */
  consultation: async (strapi: Core.Strapi, documentId: string): Promise<ConsultationFacts | null> =>
    (await strapi.db.query(UID.decisionItem).findOne({
      where: { ...PUBLISHED, documentId },
      select: ['stage', 'consultationStart', 'consultationEnd'],
    })) as ConsultationFacts | null,
  /** Comments received, and the adoption of those published after moderation. */
  commentCounts: async (strapi: Core.Strapi, documentId: string): Promise<CommentCounts> => {
    const rows = (await strapi.db.query(UID.decisionComment).findMany({
      where: { decisionItem: { documentId } },
      // `id` too: with a join the query engine selects DISTINCT, which would merge comments alike.
      select: ['id', 'moderation', 'adoption'],
    })) as Pick<CommentReview, 'moderation' | 'adoption'>[];
    const { received, published, adopted, partlyAdopted, notAdopted } = tallyComments(rows);
    return { received, published, adopted, partlyAdopted, notAdopted };
  },
  /** The published items of one year's catalogue, by title. */
  catalogue: async (strapi: Core.Strapi, year: number): Promise<CatalogueRow[]> => {
    const { uid, visible, select, populate } = decisionCatalogueRows;
    return (await strapi.db.query(uid).findMany({
      where: { $and: [visible, { year }] },
      select: [...select],
      populate,
      orderBy: [{ title: 'asc' }, { id: 'asc' }],
    })) as CatalogueRow[];
  },
  /** Published comments only, oldest first, in the public fields only. */
  publishedComments: async (strapi: Core.Strapi, documentId: string): Promise<PublicCommentRow[]> =>
    (await strapi.db.query(UID.decisionComment).findMany({
      where: { decisionItem: { documentId }, moderation: 'moderation_published' },
      select: [...PUBLIC_COMMENT_FIELDS],
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    })) as PublicCommentRow[],
};

const decisionCatalogueRows: Readable = {
  ...decisionItem,
  select: [...DECISION_FIELDS, ...CATALOGUE_MATERIALS, 'stageHistory'],
};

export const publicAnnualReports = {
  list: (strapi: Core.Strapi, spec: ListSpec, query: ListQuery) =>
    listPage<AnnualReportRow>(strapi, annualReportItem, spec, query),
  one: (strapi: Core.Strapi, key: DetailKey) => findOne<AnnualReportDetailRow>(strapi, annualReportDetail, key),
};

/** Every department in catalogue order, and who issued each public document under which topic. */
export const catalogueFacts = async (
  strapi: Core.Strapi,
): Promise<{ departments: CatalogueDepartment[]; documents: CatalogueDocument[] }> => {
  const [departments, documents] = await Promise.all([
    strapi.db.query(UID.department).findMany({
      select: ['documentId', 'code', 'name', 'level'],
      populate: { parent: { select: ['code'] } },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    }),
    strapi.db.query(UID.policyDocument).findMany({
      where: PUBLIC_DOCUMENT,
      select: ['id'],
      populate: { issuingDepartment: { select: ['documentId'] }, topic: { select: ['code', 'name'] } },
    }),
  ]);
  return { departments: departments as CatalogueDepartment[], documents: documents as CatalogueDocument[] };
};
