import { enumLabel } from '../enums';

export interface CatalogueDepartment {
  documentId: string;
  code: string;
  name: string;
  level: string;
  parent: { code: string } | null;
}

/** One published, proactively disclosed document: who issued it and under which topic. */
export interface CatalogueDocument {
  issuingDepartment: { documentId: string } | null;
  topic: { code: string; name: string } | null;
}

/**
 * 公开目录: every department in the given order with the number of its public documents and the topics
 * they are filed under, by topic code.
 */
export const buildCatalogue = (
  departments: readonly CatalogueDepartment[],
  documents: readonly CatalogueDocument[],
) => {
  const byDepartment = new Map<string, CatalogueDocument[]>();
  for (const document of documents) {
    const key = document.issuingDepartment?.documentId;
    if (key) byDepartment.set(key, [...(byDepartment.get(key) ?? []), document]);
  }
  const data = departments.map((department) => {
    const own = byDepartment.get(department.documentId) ?? [];
    const topics = new Map<string, { code: string; name: string; count: number }>();
    for (const { topic } of own) {
      if (!topic) continue;
      const entry = topics.get(topic.code) ?? { code: topic.code, name: topic.name, count: 0 };
      topics.set(topic.code, { ...entry, count: entry.count + 1 });
    }
    return {
      documentId: department.documentId,
      code: department.code,
      name: department.name,
      level: department.level,
      levelLabel: enumLabel('departmentLevel', department.level),
      parentCode: department.parent?.code ?? null,
      count: own.length,
      topics: [...topics.values()].sort((a, b) => a.code.localeCompare(b.code)),
    };
  });
  return { data, meta: { total: documents.length } };
};
