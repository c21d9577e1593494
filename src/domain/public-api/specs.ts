import { enumValues } from '../enums';
import type { ListSpec } from './list-query';
import {
  ANNUAL_REPORT_FIELDS,
  ANNUAL_REPORT_SECTIONS,
  ANNUAL_REPORT_TABLES,
  DECISION_FIELDS,
  DECISION_MATERIALS,
  DOCUMENT_DETAIL_FIELDS,
  DOCUMENT_LINK_FIELDS,
  INTERPRETATION_DETAIL_FIELDS,
  INTERPRETED_DOCUMENT_FIELDS,
  MEDIA_FIELDS,
  REF_FIELDS,
} from './shapes';

const names = (...lists: readonly (readonly string[])[]): ReadonlySet<string> => new Set(lists.flat());

/** Published rows only; the query engine sees drafts and published versions as separate rows. */
export const PUBLISHED = { publishedAt: { $notNull: true } } as const;

/** Which policy documents the public sees: published, 主动公开 and (as the gate also ensures) 非密. */
export const PUBLIC_DOCUMENT = { ...PUBLISHED, disclosure: 'proactive', classification: 'unclassified' } as const;

/** An interpretation is public when it and its document are. */
export const PUBLIC_INTERPRETATION = { ...PUBLISHED, document: PUBLIC_DOCUMENT } as const;

export const DOCUMENT_LIST: ListSpec = {
  sorts: ['issuedAt:desc', 'issuedAt:asc', 'publishedAt:desc', 'publishedAt:asc', 'title:asc', 'title:desc'],
  filters: {
    issuingDepartment: { kind: 'code' },
    topic: { kind: 'topicCode' },
    docType: { kind: 'enum', values: enumValues('docType') },
    isNormative: { kind: 'boolean' },
    validity: { kind: 'enum', values: enumValues('validity') },
  },
  keywordFields: ['title', 'documentNumber', 'body'],
  yearField: 'issuedAt',
  publicNames: names(
    DOCUMENT_DETAIL_FIELDS,
    ['issuingDepartment', 'topic', 'jointDepartments', 'draftingDepartment', 'supersededBy', 'attachments'],
    ['interpretations', 'form', 'link'],
    REF_FIELDS,
    MEDIA_FIELDS,
    DOCUMENT_LINK_FIELDS,
  ),
};

export const INTERPRETATION_LIST: ListSpec = {
  sorts: ['publishedAt:desc', 'publishedAt:asc', 'title:asc', 'title:desc'],
  filters: {
    form: { kind: 'enum', values: enumValues('interpretationForm') },
    interpretingDepartment: { kind: 'code' },
  },
  keywordFields: ['title'],
  yearField: null,
  publicNames: names(
    INTERPRETATION_DETAIL_FIELDS,
    ['interpretingDepartment', 'document', 'media'],
    REF_FIELDS,
    MEDIA_FIELDS,
    INTERPRETED_DOCUMENT_FIELDS,
  ),
};

export const DECISION_LIST: ListSpec = {
  sorts: ['year:desc', 'year:asc', 'publishedAt:desc', 'publishedAt:asc', 'title:asc', 'title:desc'],
  filters: {
    year: { kind: 'year' },
    department: { kind: 'code' },
    stage: { kind: 'enum', values: enumValues('decisionStage') },
  },
  keywordFields: [],
  yearField: null,
  publicNames: names(
    DECISION_FIELDS,
    DECISION_MATERIALS,
    ['department', 'resultDocument'],
    REF_FIELDS,
    DOCUMENT_LINK_FIELDS,
  ),
};

export const ANNUAL_REPORT_LIST: ListSpec = {
  sorts: ['year:desc', 'year:asc', 'publishedAt:desc', 'publishedAt:asc', 'title:asc', 'title:desc'],
  filters: { year: { kind: 'year' }, department: { kind: 'code' } },
  keywordFields: [],
  yearField: null,
  publicNames: names(
    ANNUAL_REPORT_FIELDS,
    ANNUAL_REPORT_SECTIONS,
    ANNUAL_REPORT_TABLES,
    ['department', 'correctionNote'],
    REF_FIELDS,
  ),
};
