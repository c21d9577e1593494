import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { parseScheduleEntry } from '../domain/calendar/schedule-entry';
import { FIELD_ENUMS } from '../domain/enums';
import { FIELD_LABELS } from '../domain/content/labels';
import {
  checkDisclosureReason,
  checkDocumentNumber,
  duplicateDocumentNumber,
  validateInput,
  type FieldError,
  type FieldSpec,
} from '../domain/content/validate-input';
import { resolveRelationInput } from '../repositories/relations';
import { findOtherWithValue, storedTargets, type StoredEntry } from '../repositories/stored-entries';
import { isOwnUid, typeName, UID, type OwnUid } from '../uid';
import {
  isPublishWrite,
  targetDocumentId,
  writableEntryOf,
  writeParams,
  type DocumentMiddleware,
} from './write-actions';

/** Fields a draft cannot be saved without: the 索引号 needs the issuing department, and SPEC says a
 * document without 公开属性 cannot be processed. */
const REQUIRED_IN_DRAFT: Partial<Record<OwnUid, readonly string[]>> = {
  [UID.policyDocument]: ['title', 'issuingDepartment', 'disclosure'],
  [UID.policyInterpretation]: ['title', 'document'],
  [UID.decisionItem]: ['title', 'year'],
  [UID.annualReport]: ['title', 'year', 'department'],
};

export const inputRefused = (fieldErrors: readonly FieldError[]) =>
  new errors.ValidationError(fieldErrors.map((e) => e.message).join('；'), {
    errors: fieldErrors.map(({ path, code, message }) => ({ path, code, message, name: 'ValidationError' })),
  });

const resolveRelations = async (
  strapi: Core.Strapi,
  fields: Record<string, FieldSpec & { target?: string; relation?: string }>,
  data: Record<string, unknown>,
  stored: StoredEntry | null,
): Promise<Record<string, unknown>> => {
  const resolved: Record<string, unknown> = { ...data };
  for (const [name, spec] of Object.entries(fields)) {
    if (spec.type !== 'relation' || !(name in data) || !spec.target) continue;
    resolved[name] = await resolveRelationInput(
      strapi,
      spec.target as OwnUid,
      data[name],
      storedTargets(stored?.[name]),
      !String(spec.relation ?? '').endsWith('ToMany'),
    );
  }
  return resolved;
};

const documentNumberErrors = async (
  strapi: Core.Strapi,
  data: Record<string, unknown>,
  documentId: string | null,
): Promise<FieldError[]> => {
  const value = data.documentNumber;
  const invalid = checkDocumentNumber(value);
  if (invalid) return [invalid];
  if (typeof value !== 'string' || value.trim() === '') return [];
  const other = await findOtherWithValue(strapi, UID.policyDocument, 'documentNumber', value.trim(), documentId);
  return other ? [duplicateDocumentNumber(value.trim(), String(other.title))] : [];
};

/**
 * Refuses bad input on every write path (admin, content API, code) with a Chinese message per field,
 * before Strapi's own validator answers in English. Publishing also requires every `required` field.
 */
export const validateContentInput =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (!isOwnUid(ctx.uid) || !['create', 'update', 'publish'].includes(ctx.action)) return next();
    const uid = ctx.uid;
    const params = writeParams(ctx);
    const contentType = strapi.contentType(uid);
    const documentId = targetDocumentId(ctx);
    const stored = await writableEntryOf(strapi, ctx);
    if (documentId && !stored) return next();
    const fields = contentType.attributes as unknown as Record<string, FieldSpec & { target?: string }>;
    const submitted = ctx.action === 'publish' ? {} : (params.data ?? {});
    const data = await resolveRelations(strapi, fields, submitted, stored);
    const fieldErrors = validateInput({
      fields,
      labels: FIELD_LABELS[typeName(uid)],
      enums: FIELD_ENUMS[typeName(uid)] ?? {},
      data,
      stored,
      requiredInDraft: REQUIRED_IN_DRAFT[uid] ?? [],
      publishing: contentType.options?.draftAndPublish !== true || isPublishWrite(ctx),
    });
    const effective = (field: string) => (field in submitted ? submitted[field] : stored?.[field]);
    if (uid === UID.workCalendar && fieldErrors.length === 0) {
      const parsed = parseScheduleEntry({
        year: effective('year'),
        holidays: effective('holidays'),
        workdays: effective('workdays'),
      });
      if (!parsed.ok) fieldErrors.push(...parsed.errors);
    }
    if (uid === UID.policyDocument) {
      const missingReason = checkDisclosureReason(effective('disclosure'), effective('disclosureReason'));
      if (missingReason) fieldErrors.push(missingReason);
      if ('documentNumber' in submitted)
        fieldErrors.push(...(await documentNumberErrors(strapi, submitted, documentId)));
    }
    if (fieldErrors.length > 0) throw inputRefused(fieldErrors);
    return next();
  };
