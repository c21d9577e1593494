import type { UID as StrapiUID } from '@strapi/strapi';
import type { ContentTypeName } from './domain/content/labels';

export const UID = {
  department: 'api::department.department',
  topic: 'api::topic.topic',
  policyDocument: 'api::policy-document.policy-document',
  policyInterpretation: 'api::policy-interpretation.policy-interpretation',
  decisionItem: 'api::decision-item.decision-item',
  decisionComment: 'api::decision-comment.decision-comment',
  annualReport: 'api::annual-report.annual-report',
  archiveTransfer: 'api::archive-transfer.archive-transfer',
  forcePublishRecord: 'api::force-publish-record.force-publish-record',
  workCalendar: 'api::work-calendar.work-calendar',
} as const satisfies Record<string, StrapiUID.ContentType>;

/** Superseded versions of corrected annual reports: written only by the system, hidden from the content manager. */
export const REPORT_VERSION_UID = 'api::annual-report-version.annual-report-version' satisfies StrapiUID.ContentType;

export type OwnUid = (typeof UID)[keyof typeof UID];

export const OWN_UIDS: readonly OwnUid[] = Object.values(UID);

export const isOwnUid = (uid: string): uid is OwnUid => (OWN_UIDS as readonly string[]).includes(uid);

/** `api::policy-document.policy-document` → `policy-document` (the key of FIELD_LABELS and FIELD_ENUMS). */
export const typeName = (uid: OwnUid): ContentTypeName => uid.slice(uid.indexOf('.') + 1) as ContentTypeName;
