import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';

/**
 * Writes published 主动公开 documents straight into the tables (draft row + published row per
 * document, as Strapi stores them), through the query engine's metadata so that column and join
 * table names come from Strapi. 10,000 document-service publishes would take far longer than the
 * benchmark itself.
 */

export interface SeedRefs {
  departments: { id: number; code: string }[];
  topicIds: number[];
}

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
  inverseOrderColumnName?: string;
}

interface ModelMeta {
  tableName: string;
  attributes: Record<string, { columnName?: string; joinTable?: JoinTable }>;
}

type Row = Record<string, unknown>;

/** The keyword the search scenario looks for; one document in 50 carries it in its title. */
export const SEARCH_KEYWORD = '养老服务';

const SUBJECTS = ['老旧小区改造', '义务教育招生', '食品安全抽检', '中小企业扶持', '城市更新', '消防安全检查'];
const DOC_TYPES = ['notice', 'opinion', 'decision', 'public_notice', 'circular'];
const CHUNK = 500;

const meta = (strapi: Core.Strapi, uid: string): ModelMeta => strapi.db.metadata.get(uid) as unknown as ModelMeta;

const documentId = () => randomBytes(12).toString('hex').slice(0, 24);

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Rows keyed by attribute name → rows keyed by column name. */
const toColumns = (model: ModelMeta, row: Row): Row =>
  Object.fromEntries(Object.entries(row).map(([key, value]) => [model.attributes[key]?.columnName ?? key, value]));

const insertAll = async (strapi: Core.Strapi, table: string, rows: Row[]) => {
  for (let i = 0; i < rows.length; i += CHUNK) await strapi.db.connection(table).insert(rows.slice(i, i + CHUNK));
};

const idsByDocumentId = async (strapi: Core.Strapi, model: ModelMeta) => {
  const rows: { id: number; document_id: string; published_at: Date | string | null }[] = await strapi.db
    .connection(model.tableName)
    .select('id', 'document_id', 'published_at');
  const ids = new Map<string, { draft: number; published: number }>();
  for (const row of rows) {
    const entry = ids.get(row.document_id) ?? { draft: 0, published: 0 };
    entry[row.published_at === null ? 'draft' : 'published'] = row.id;
    ids.set(row.document_id, entry);
  }
  return ids;
};

const linkRows = (join: JoinTable, pairs: [number, number][]): Row[] =>
  pairs.map(([owner, target], index) => ({
    [join.joinColumn.name]: owner,
    [join.inverseJoinColumn.name]: target,
    ...(join.orderColumnName ? { [join.orderColumnName]: 1 } : {}),
    ...(join.inverseOrderColumnName ? { [join.inverseOrderColumnName]: index + 1 } : {}),
  }));

const documentFields = (i: number, code: string) => {
  const year = 2016 + (i % 11);
  const subject = i % 50 === 0 ? SEARCH_KEYWORD : SUBJECTS[i % SUBJECTS.length];
  return {
    title: `清河区关于进一步做好${subject}工作的通知（${year}年第${i + 1}号）`,
    documentNumber: `清政发〔${year}〕${i + 1}号`,
    indexNumber: `${code}/${year}-${pad(i + 1, 5)}`,
    slug: `bench-${i + 1}`,
    docType: DOC_TYPES[i % DOC_TYPES.length],
    isNormative: i % 10 === 0,
    wideImpact: false,
    issuedAt: `${year}-${pad((i % 12) + 1, 2)}-${pad((i % 28) + 1, 2)}`,
    classification: 'unclassified',
    disclosure: 'proactive',
    publishMode: 'full',
    consultation: 'consult_none',
    validity: 'in_force',
    body: `各街道办事处，区政府各部门：\n\n现就进一步做好${subject}工作通知如下。`.repeat(8),
  };
};

/**
 * Seeds `count` published documents of `documentUid`, every fourth with one published
 * interpretation of `interpretationUid`, spread over the given departments and topics.
 * Returns the documentIds, in creation order.
 */
export const bulkSeedDocuments = async (
  strapi: Core.Strapi,
  uids: { document: string; interpretation: string },
  refs: SeedRefs,
  count: number,
): Promise<string[]> => {
  const documentModel = meta(strapi, uids.document);
  const interpretationModel = meta(strapi, uids.interpretation);
  const base = Date.UTC(2026, 0, 1);
  const documents = Array.from({ length: count }, (_, i) => ({
    documentId: documentId(),
    department: refs.departments[i % refs.departments.length],
    topicId: refs.topicIds[i % refs.topicIds.length],
    fields: documentFields(i, refs.departments[i % refs.departments.length].code),
    publishedAt: new Date(base + i * 60_000),
  }));
  await insertAll(
    strapi,
    documentModel.tableName,
    documents.flatMap((d) =>
      [null, d.publishedAt].map((publishedAt) =>
        toColumns(documentModel, {
          ...d.fields,
          documentId: d.documentId,
          publishedAt,
          createdAt: d.publishedAt,
          updatedAt: d.publishedAt,
        }),
      ),
    ),
  );
  const documentIds = await idsByDocumentId(strapi, documentModel);
  const rowsOf = (d: (typeof documents)[number]) => {
    const ids = documentIds.get(d.documentId);
    if (!ids) throw new Error(`seeded document ${d.documentId} not found`);
    return [ids.draft, ids.published];
  };
  const department = documentModel.attributes.issuingDepartment.joinTable as JoinTable;
  const topic = documentModel.attributes.topic.joinTable as JoinTable;
  await insertAll(
    strapi,
    department.name,
    linkRows(
      department,
      documents.flatMap((d) => rowsOf(d).map((row): [number, number] => [row, d.department.id])),
    ),
  );
  await insertAll(
    strapi,
    topic.name,
    linkRows(
      topic,
      documents.flatMap((d) => rowsOf(d).map((row): [number, number] => [row, d.topicId])),
    ),
  );

  const interpreted = documents.filter((_, i) => i % 4 === 0);
  const interpretations = interpreted.map((d, i) => ({ documentId: documentId(), of: d, i }));
  await insertAll(
    strapi,
    interpretationModel.tableName,
    interpretations.flatMap(({ documentId: id, of, i }) =>
      [null, of.publishedAt].map((publishedAt) =>
        toColumns(interpretationModel, {
          documentId: id,
          title: `《${of.fields.title}》政策解读`,
          slug: `bench-reading-${i + 1}`,
          form: 'text_reading',
          mainContent: '一是明确适用范围；二是细化工作流程；三是强化保障措施。',
          publishedAt,
          createdAt: of.publishedAt,
          updatedAt: of.publishedAt,
        }),
      ),
    ),
  );
  const interpretationIds = await idsByDocumentId(strapi, interpretationModel);
  const interprets = interpretationModel.attributes.document.joinTable as JoinTable;
  await insertAll(
    strapi,
    interprets.name,
    linkRows(
      interprets,
      interpretations.flatMap(({ documentId: id, of }) => {
        const own = interpretationIds.get(id);
        const [draft, published] = rowsOf(of);
        return own
          ? [
              [own.draft, draft],
              [own.published, published],
            ]
          : [];
      }),
    ),
  );
  return documents.map((d) => d.documentId);
};
