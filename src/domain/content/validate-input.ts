import { ENUMS, type EnumName } from '../enums';
import { parseDocumentNumber } from '../numbering/document-number';

/** The part of a content-type attribute that input validation needs (mirrors Strapi's schema JSON). */
export interface FieldSpec {
  type: string;
  required?: boolean;
  enum?: readonly string[];
  maxLength?: number;
  minLength?: number;
  min?: number;
  max?: number;
  regex?: string;
  relation?: string;
  multiple?: boolean;
}

/** A relation as submitted, after the caller looked its targets up. */
export interface RelationInput {
  /** targets the value refers to once the write is applied (for xToOne: zero or one) */
  targets: readonly string[];
  /** submitted references that match no existing entry, or that Strapi cannot read */
  missing: readonly string[];
  /** entries connected at once to a relation that holds one */
  tooMany?: number;
}

export interface FieldError {
  path: string[];
  code: FieldErrorCode;
  message: string;
}

export type FieldErrorCode =
  | 'FIELD_REQUIRED'
  | 'INVALID_ENUM'
  | 'INVALID_TEXT'
  | 'TOO_LONG'
  | 'TOO_SHORT'
  | 'INVALID_FORMAT'
  | 'INVALID_NUMBER'
  | 'INVALID_BOOLEAN'
  | 'INVALID_DATE'
  | 'INVALID_EMAIL'
  | 'RELATION_NOT_FOUND'
  | 'RELATION_TOO_MANY'
  | 'RELATION_NOT_PERMITTED'
  | 'DOCUMENT_NUMBER_INVALID'
  | 'DOCUMENT_NUMBER_DUPLICATE'
  | 'DEPARTMENT_OUT_OF_SCOPE';

export interface InputCheck {
  fields: Readonly<Record<string, FieldSpec>>;
  labels: Readonly<Record<string, string>>;
  enums: Readonly<Record<string, EnumName>>;
  /** submitted values; relations already resolved by the caller */
  data: Readonly<Record<string, unknown>>;
  /** the stored values the write applies to (null on create) */
  stored: Readonly<Record<string, unknown>> | null;
  /** fields that must be present even in a draft */
  requiredInDraft: readonly string[];
  /** whether the result of this write is published (then every `required` field must be present) */
  publishing: boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const isValidEmail = (value: string): boolean => EMAIL.test(value);

const isRelationInput = (value: unknown): value is RelationInput =>
  typeof value === 'object' && value !== null && 'targets' in value && 'missing' in value;

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0) ||
  (isRelationInput(value) && value.targets.length === 0);

export const isValidDate = (value: string): boolean => {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

const enumChoices = (spec: FieldSpec, enumName: EnumName | undefined): string => {
  const labels: Record<string, string> = enumName ? ENUMS[enumName] : {};
  return (spec.enum ?? []).map((value) => (labels[value] ? `${labels[value]}（${value}）` : value)).join('、');
};

const describe = (value: unknown): string =>
  typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));

/** The problem with one submitted value, or null. `label` is the field's 中文 name. */
const checkValue = (
  label: string,
  spec: FieldSpec,
  value: unknown,
  enumName: EnumName | undefined,
): Omit<FieldError, 'path'> | null => {
  switch (spec.type) {
    case 'string':
    case 'text':
    case 'richtext':
    case 'email':
    case 'uid': {
      if (typeof value !== 'string') {
        return { code: 'INVALID_TEXT', message: `「${label}」须为文本，当前为“${describe(value)}”` };
      }
      if (spec.maxLength !== undefined && [...value].length > spec.maxLength) {
        return {
          code: 'TOO_LONG',
          message: `「${label}」不能超过 ${spec.maxLength} 个字符，当前为 ${[...value].length} 个`,
        };
      }
      if (spec.minLength !== undefined && [...value].length < spec.minLength) {
        return { code: 'TOO_SHORT', message: `「${label}」至少需要 ${spec.minLength} 个字符` };
      }
      if (spec.regex !== undefined && value !== '' && !new RegExp(spec.regex).test(value)) {
        return { code: 'INVALID_FORMAT', message: `「${label}」格式不正确，当前为“${value}”` };
      }
      if (spec.type === 'email' && value !== '' && !isValidEmail(value)) {
        return { code: 'INVALID_EMAIL', message: `「${label}」不是有效的电子邮箱地址，当前为“${value}”` };
      }
      return null;
    }
    case 'enumeration':
      return typeof value === 'string' && (spec.enum ?? []).includes(value)
        ? null
        : {
            code: 'INVALID_ENUM',
            message: `「${label}」的取值“${describe(value)}”无效，可选：${enumChoices(spec, enumName)}`,
          };
    case 'integer':
    case 'biginteger':
    case 'decimal':
    case 'float': {
      const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      const integral = spec.type === 'integer' || spec.type === 'biginteger';
      if (typeof number !== 'number' || !Number.isFinite(number) || (integral && !Number.isInteger(number))) {
        return {
          code: 'INVALID_NUMBER',
          message: `「${label}」须为${integral ? '整数' : '数字'}，当前为“${describe(value)}”`,
        };
      }
      if ((spec.min !== undefined && number < spec.min) || (spec.max !== undefined && number > spec.max)) {
        return {
          code: 'INVALID_NUMBER',
          message: `「${label}」须在 ${spec.min ?? '-∞'} 至 ${spec.max ?? '+∞'} 之间，当前为 ${number}`,
        };
      }
      return null;
    }
    case 'boolean':
      return typeof value === 'boolean'
        ? null
        : { code: 'INVALID_BOOLEAN', message: `「${label}」须为是或否（true/false），当前为“${describe(value)}”` };
    case 'date':
      return typeof value === 'string' && isValidDate(value)
        ? null
        : { code: 'INVALID_DATE', message: `「${label}」须为有效日期（YYYY-MM-DD），当前为“${describe(value)}”` };
    case 'datetime':
      return (typeof value === 'string' || value instanceof Date) && !Number.isNaN(new Date(value).getTime())
        ? null
        : { code: 'INVALID_DATE', message: `「${label}」须为有效的日期时间，当前为“${describe(value)}”` };
    case 'relation':
      if (isRelationInput(value) && value.tooMany !== undefined) {
        return {
          code: 'RELATION_TOO_MANY',
          message: `「${label}」只能关联一个条目，提交了 ${value.tooMany} 个`,
        };
      }
      return isRelationInput(value) && value.missing.length > 0
        ? {
            code: 'RELATION_NOT_FOUND',
            message: `「${label}」关联的条目不存在：${value.missing.join('、')}`,
          }
        : null;
    default:
      return null;
  }
};

/** Every problem with a write, in field order: required fields, then each submitted value. */
export const validateInput = (check: InputCheck): FieldError[] => {
  const errors: FieldError[] = [];
  for (const [field, spec] of Object.entries(check.fields)) {
    const label = check.labels[field] ?? field;
    const submitted = field in check.data ? check.data[field] : undefined;
    const required = check.requiredInDraft.includes(field) || (check.publishing && spec.required === true);
    const effective = field in check.data ? submitted : check.stored?.[field];
    const unresolved = isRelationInput(submitted) && (submitted.missing.length > 0 || submitted.tooMany !== undefined);
    if (required && isEmpty(effective) && !unresolved) {
      errors.push({ path: [field], code: 'FIELD_REQUIRED', message: `「${label}」为必填项` });
      continue;
    }
    if (submitted === undefined || submitted === null || (spec.type !== 'enumeration' && submitted === '')) continue;
    const problem = checkValue(label, spec, submitted, check.enums[field]);
    if (problem) errors.push({ path: [field], ...problem });
  }
  return errors;
};

/** 发文字号 is optional, but when given it must have the standard form. */
export const checkDocumentNumber = (value: unknown): FieldError | null => {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const parsed = parseDocumentNumber(value);
  return parsed.ok ? null : { path: ['documentNumber'], code: 'DOCUMENT_NUMBER_INVALID', message: parsed.message };
};

export const duplicateDocumentNumber = (value: string, otherTitle: string): FieldError => ({
  path: ['documentNumber'],
  code: 'DOCUMENT_NUMBER_DUPLICATE',
  message: `发文字号“${value}”已被文件《${otherTitle}》使用，发文字号不能重复`,
});

/** 依申请公开 and 不予公开 must say why (the reason stays internal). */
export const checkDisclosureReason = (disclosure: unknown, reason: unknown): FieldError | null =>
  (disclosure === 'on_request' || disclosure === 'not_disclosed') &&
  (typeof reason !== 'string' || reason.trim() === '')
    ? {
        path: ['disclosureReason'],
        code: 'FIELD_REQUIRED',
        message: `公开属性为“${disclosure === 'on_request' ? '依申请公开' : '不予公开'}”时须填写「不公开/依申请公开理由」`,
      }
    : null;
