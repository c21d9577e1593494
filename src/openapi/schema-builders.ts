import { ENUMS, type EnumName } from '../domain/enums';

/** A JSON Schema (2020-12, as OpenAPI 3.1 uses it) written as a plain object. */
export type Schema = Record<string, unknown>;

export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });

export const string = (description?: string): Schema => ({ type: 'string', ...(description ? { description } : {}) });

export const nullableString = (description?: string): Schema => ({
  type: ['string', 'null'],
  ...(description ? { description } : {}),
});

export const date = (description: string): Schema => ({ type: 'string', format: 'date', description });

export const nullableDate = (description: string): Schema => ({
  type: ['string', 'null'],
  format: 'date',
  description,
});

export const dateTime = (description: string): Schema => ({ type: 'string', format: 'date-time', description });

export const integer = (description: string): Schema => ({ type: 'integer', description });

export const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] });

export const arrayOf = (items: Schema): Schema => ({ type: 'array', items });

/**
 * Every property is required and no other is allowed: a field added to a response, or one that
 * leaks from the content type, fails the response checks until it is documented here.
 */
export const object = (properties: Record<string, Schema>, description?: string): Schema => ({
  type: 'object',
  ...(description ? { description } : {}),
  additionalProperties: false,
  required: Object.keys(properties),
  properties,
});

const valueList = (name: EnumName) =>
  Object.entries(ENUMS[name])
    .map(([value, label]) => `\`${value}\` ${label}`)
    .join('，');

/** An ASCII enumeration value; the description lists each value with its 中文 label. */
export const enumValue = (name: EnumName, meaning: string): Schema => ({
  type: 'string',
  enum: Object.keys(ENUMS[name]),
  description: `${meaning}：${valueList(name)}`,
});

/** The 中文 label the API sends next to an enumeration value. */
export const enumLabel = (name: EnumName, meaning: string): Schema => ({
  type: 'string',
  enum: Object.values(ENUMS[name]),
  description: `${meaning}的中文名称`,
});
