import type { Reason } from '../reasons';
import { refuse, type Parsed, type PublicApiCode } from './problems';

/** How one public filter is written (`filters[<field>]…[$eq]=value`) and what values it takes. */
export type FilterSpec =
  | { kind: 'code' }
  | { kind: 'topicCode' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'boolean' }
  | { kind: 'year' };

/** What a public list accepts; everything else is refused. */
export interface ListSpec {
  /** `field:order` values; the first is the default */
  sorts: readonly string[];
  filters: Readonly<Record<string, FilterSpec>>;
  /** fields `q` searches (none: `q` is not accepted) */
  keywordFields: readonly string[];
  /** date field the `year` shorthand applies to (null: not accepted) */
  yearField: string | null;
  /** every name the response shape contains: `fields`/`populate` may name these and nothing else */
  publicNames: ReadonlySet<string>;
}

export type FilterValue = string | number | boolean;

export interface ListQuery {
  page: number;
  pageSize: number;
  sort: { field: string; order: 'asc' | 'desc' };
  filters: { field: string; value: FilterValue }[];
  keyword: string | null;
  year: number | null;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 10;
export const MAX_KEYWORD_LENGTH = 50;

const DIGITS = /^\d{1,9}$/;
const YEAR = /^\d{4}$/;
const CODE = /^[0-9A-Za-z_-]{1,40}$/;
/** Structure words of Strapi's `fields`/`populate` syntax, which name no field. */
const STRUCTURE_WORDS = new Set(['populate', 'fields', 'filters', 'sort', 'on', 'count', '*', 'true', 'false']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

const parsePagination = (raw: unknown): Parsed<{ page: number; pageSize: number }> => {
  const invalid = refuse<{ page: number; pageSize: number }>(
    'INVALID_PAGINATION',
    `分页参数无效：pagination[page] 须为不小于 1 的整数，pagination[pageSize] 须为 1 至 ${MAX_PAGE_SIZE} 的整数`,
  );
  if (raw === undefined) return ok({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  if (!isRecord(raw) || Object.keys(raw).some((key) => key !== 'page' && key !== 'pageSize')) return invalid;
  const number = (value: unknown, fallback: number): number | null =>
    value === undefined ? fallback : typeof value === 'string' && DIGITS.test(value) ? Number(value) : null;
  const page = number(raw.page, 1);
  const pageSize = number(raw.pageSize, DEFAULT_PAGE_SIZE);
  if (page === null || pageSize === null || page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) return invalid;
  return ok({ page, pageSize });
};

const parseSort = (raw: unknown, spec: ListSpec): Parsed<ListQuery['sort']> => {
  const value = raw === undefined ? spec.sorts[0] : raw;
  if (typeof value !== 'string' || !spec.sorts.includes(value)) {
    return refuse('INVALID_SORT', `不支持该排序方式，可选：${spec.sorts.join('、')}`);
  }
  const [field, order] = value.split(':');
  return ok({ field, order: order === 'asc' ? 'asc' : 'desc' });
};

const filterRefused = (message: string): Parsed<never> => refuse('INVALID_FILTER', message);

/** `{ $eq: 'x' }` → 'x'; anything else (another operator, nesting, arrays) → null. */
const equalsValue = (raw: unknown): string | null =>
  isRecord(raw) && Object.keys(raw).length === 1 && typeof raw.$eq === 'string' ? raw.$eq : null;

const parseFilterValue = (field: string, filter: FilterSpec, raw: unknown): Parsed<FilterValue> => {
  const expected = (form: string) => filterRefused(`筛选条件“${field}”的写法应为 ${form}`);
  switch (filter.kind) {
    case 'code':
    case 'topicCode': {
      const code = isRecord(raw) && Object.keys(raw).length === 1 ? equalsValue(raw.code) : null;
      if (code === null) return expected(`filters[${field}][code][$eq]=代码`);
      return CODE.test(code) ? ok(code) : filterRefused(`筛选条件“${field}”的代码“${code}”格式不正确`);
    }
    case 'enum': {
      const value = equalsValue(raw);
      if (value === null) return expected(`filters[${field}][$eq]=取值`);
      return filter.values.includes(value)
        ? ok(value)
        : filterRefused(`筛选条件“${field}”的取值“${value}”无效，可选：${filter.values.join('、')}`);
    }
    case 'boolean': {
      const value = equalsValue(raw);
      if (value === 'true' || value === 'false') return ok(value === 'true');
      return expected(`filters[${field}][$eq]=true 或 false`);
    }
    case 'year': {
      const value = equalsValue(raw);
      if (value === null) return expected(`filters[${field}][$eq]=四位年份`);
      return YEAR.test(value) ? ok(Number(value)) : filterRefused(`筛选条件“${field}”须为四位年份，当前为“${value}”`);
    }
  }
};

const parseFilters = (raw: unknown, spec: ListSpec): Parsed<ListQuery['filters']> => {
  if (raw === undefined) return ok([]);
  if (!isRecord(raw)) return filterRefused('筛选参数 filters 的格式不正确');
  const allowed = Object.keys(spec.filters);
  const filters: ListQuery['filters'] = [];
  for (const [field, condition] of Object.entries(raw)) {
    const filter = spec.filters[field];
    if (!filter) {
      return filterRefused(`不支持按“${field}”筛选，可用的筛选条件：${allowed.length > 0 ? allowed.join('、') : '无'}`);
    }
    const value = parseFilterValue(field, filter, condition);
    if (!value.ok) return value;
    filters.push({ field, value: value.value });
  }
  return ok(filters);
};

const parseKeyword = (raw: unknown, spec: ListSpec): Parsed<string | null> => {
  if (raw === undefined) return ok(null);
  if (spec.keywordFields.length === 0) return refuse('INVALID_QUERY', '该接口不支持关键词检索（q）');
  const keyword = typeof raw === 'string' ? raw.trim() : '';
  const length = [...keyword].length;
  return length >= 1 && length <= MAX_KEYWORD_LENGTH
    ? ok(keyword)
    : refuse('INVALID_KEYWORD', `检索关键词须为 1 至 ${MAX_KEYWORD_LENGTH} 个字符`);
};

const parseYear = (raw: unknown, spec: ListSpec): Parsed<number | null> => {
  if (raw === undefined) return ok(null);
  if (spec.yearField === null) return refuse('INVALID_QUERY', '该接口不支持按年份（year）筛选');
  return typeof raw === 'string' && YEAR.test(raw)
    ? ok(Number(raw))
    : filterRefused(`年份（year）须为四位数字，当前为“${typeof raw === 'string' ? raw : '非文本'}”`);
};

/** Every field name a `fields`/`populate` value mentions, keys and values alike. */
const namesIn = (raw: unknown): string[] => {
  if (typeof raw === 'string') return raw.split(',').map((name) => name.trim());
  if (Array.isArray(raw)) return raw.flatMap(namesIn);
  if (isRecord(raw)) return Object.entries(raw).flatMap(([key, value]) => [key, ...namesIn(value)]);
  return [];
};

/** `fields` and `populate` cannot change the fixed shape; naming a non-public field is refused outright. */
export const checkShapeParams = (query: Readonly<Record<string, unknown>>, publicNames: ReadonlySet<string>) => {
  const named = [...namesIn(query.fields), ...namesIn(query.populate)].filter(
    (name) => name !== '' && !STRUCTURE_WORDS.has(name) && !name.startsWith('$') && !/^\d+$/.test(name),
  );
  const unknown = named.find((name) => !publicNames.has(name));
  return unknown === undefined
    ? null
    : ({ code: 'INVALID_QUERY', message: `“${unknown}”不是公开字段，不能查询` } satisfies Reason<PublicApiCode>);
};

/** The parsed list request, or the first thing wrong with it. */
export const parseListQuery = (query: Readonly<Record<string, unknown>>, spec: ListSpec): Parsed<ListQuery> => {
  const shapeProblem = checkShapeParams(query, spec.publicNames);
  if (shapeProblem) return { ok: false, problem: shapeProblem };
  const pagination = parsePagination(query.pagination);
  if (!pagination.ok) return pagination;
  const sort = parseSort(query.sort, spec);
  if (!sort.ok) return sort;
  const filters = parseFilters(query.filters, spec);
  if (!filters.ok) return filters;
  const keyword = parseKeyword(query.q, spec);
  if (!keyword.ok) return keyword;
  const year = parseYear(query.year, spec);
  if (!year.ok) return year;
  return ok({
    ...pagination.value,
    sort: sort.value,
    filters: filters.value,
    keyword: keyword.value,
    year: year.value,
  });
};

type Where = Record<string, unknown>;

/** How a condition on a related entry is written: by default as the query engine's nested `where`. */
export type RelationWhere = (relation: string, targetWhere: Where) => Where;

const nestedRelationWhere: RelationWhere = (relation, targetWhere) => ({ [relation]: targetWhere });

const filterWhere = (
  spec: ListSpec,
  { field, value }: ListQuery['filters'][number],
  relationWhere: RelationWhere,
): Where => {
  switch (spec.filters[field]?.kind) {
    case 'code':
      return relationWhere(field, { code: value });
    case 'topicCode':
      // A first-level topic also matches the documents filed under its second-level topics.
      return relationWhere(field, { $or: [{ code: value }, { parent: { code: value } }] });
    default:
      return { [field]: value };
  }
};

/**
 * The query-engine `where` for a parsed list: the visibility condition AND every filter. The keyword goes
 * through `$containsi`, which in Strapi 5.54 escapes `%`, `_` and `\` itself on SQLite, PostgreSQL and MySQL,
 * so the keyword is passed as typed (escaping it again would search for the backslashes). `relationWhere`
 * lets the caller write filters on related entries its own way (see repositories/public-content.ts).
 */
export const listWhere = (
  query: ListQuery,
  spec: ListSpec,
  visible: Where,
  relationWhere: RelationWhere = nestedRelationWhere,
): Where => {
  const conditions: Where[] = [visible, ...query.filters.map((filter) => filterWhere(spec, filter, relationWhere))];
  if (query.keyword !== null) {
    conditions.push({ $or: spec.keywordFields.map((field) => ({ [field]: { $containsi: query.keyword } })) });
  }
  if (query.year !== null && spec.yearField !== null) {
    conditions.push({ [spec.yearField]: { $gte: `${query.year}-01-01`, $lte: `${query.year}-12-31` } });
  }
  return { $and: conditions };
};

/** Sort as asked, then by id, so pages never overlap or skip rows with equal sort values. */
export const listOrderBy = (query: ListQuery) => [{ [query.sort.field]: query.sort.order }, { id: query.sort.order }];

export const pageCount = (total: number, pageSize: number): number => Math.ceil(total / pageSize);
