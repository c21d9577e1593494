import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { chinaLocalDate } from '../domain/dates';
import { etagMatches, PUBLIC_CACHE_CONTROL, weakEtag } from '../domain/public-api/http-cache';
import {
  checkShapeParams,
  pageCount,
  parseListQuery,
  type ListQuery,
  type ListSpec,
} from '../domain/public-api/list-query';
import { NOT_FOUND, type Problem } from '../domain/public-api/problems';
import type { DetailKey, Page } from '../repositories/public-content';

export type PublicContext = Parameters<Core.MiddlewareHandler>[0];

/** 400 `{ error: { message, details: { code } } }`: the shape every public refusal has. */
export const invalidRequest = (problem: Problem) => new errors.ValidationError(problem.message, { code: problem.code });

/** Several problems at once (a comment): the message lists them all, `code` is the first one's. */
export const invalidSubmission = (problems: readonly Problem[]) =>
  new errors.ValidationError(problems.map((problem) => problem.message).join('；'), {
    code: problems[0].code,
    reasons: problems,
  });

/** 404 for missing, unpublished and non-public entries alike, so the answer never says which. */
export const notFound = () => new errors.NotFoundError(NOT_FOUND.message, { code: NOT_FOUND.code });

export const today = (): string => chinaLocalDate(new Date());

export const listQueryOf = (ctx: PublicContext, spec: ListSpec): ListQuery => {
  const parsed = parseListQuery(ctx.query, spec);
  if (!parsed.ok) throw invalidRequest(parsed.problem);
  return parsed.value;
};

/** A detail request accepts no parameters but harmless `fields`/`populate` naming public fields. */
export const checkDetailQuery = (ctx: PublicContext, spec: ListSpec): void => {
  const problem = checkShapeParams(ctx.query, spec.publicNames);
  if (problem) throw invalidRequest(problem);
};

export const detailKeyOf = (ctx: PublicContext): DetailKey => {
  // Path parameters, which koa-router adds to the context Strapi's types describe.
  const { id, slug, indexNumber } = (ctx as PublicContext & { params: Record<string, string | undefined> }).params;
  if (slug !== undefined) return { slug };
  if (indexNumber !== undefined) return { indexNumber };
  return { documentId: id ?? '' };
};

export const listPayload = <Row, Item>(page: Page<Row>, query: ListQuery, shape: (row: Row) => Item) => ({
  data: page.rows.map(shape),
  meta: {
    pagination: {
      page: query.page,
      pageSize: query.pageSize,
      pageCount: pageCount(page.total, query.pageSize),
      total: page.total,
    },
  },
});

/**
 * Answers a public GET: weak ETag of the JSON body, a minute of public caching, and 304 with no body when
 * the client already holds this exact answer.
 */
export const sendCacheable = (ctx: PublicContext, payload: unknown, lastModified?: string | Date): void => {
  const etag = weakEtag(JSON.stringify(payload));
  ctx.set('ETag', etag);
  ctx.set('Cache-Control', PUBLIC_CACHE_CONTROL);
  if (lastModified) ctx.set('Last-Modified', new Date(lastModified).toUTCString());
  if (etagMatches(ctx.get('If-None-Match'), etag)) {
    ctx.status = 304;
    return;
  }
  ctx.body = payload;
};

/** Where a public list and its detail pages read from (see repositories/public-content.ts). */
export interface PublicReadable<Row, DetailRow> {
  list(strapi: Core.Strapi, spec: ListSpec, query: ListQuery): Promise<Page<Row>>;
  one(strapi: Core.Strapi, key: DetailKey): Promise<DetailRow | null>;
}

/**
 * `find` and `findOne` of a public type whose answers need nothing beyond its rows: the list in `item`
 * shapes, a detail (by any of its keys) in the `detail` shape, cached until the published version changes.
 */
export const publicReadActions = <Row, DetailRow extends { publishedAt: string | Date }, Item, Detail>(
  strapi: Core.Strapi,
  spec: ListSpec,
  source: PublicReadable<Row, DetailRow>,
  item: (row: Row) => Item,
  detail: (row: DetailRow) => Detail,
) => ({
  async find(ctx: PublicContext) {
    const query = listQueryOf(ctx, spec);
    sendCacheable(ctx, listPayload(await source.list(strapi, spec, query), query, item));
  },

  async findOne(ctx: PublicContext) {
    checkDetailQuery(ctx, spec);
    const row = await source.one(strapi, detailKeyOf(ctx));
    if (!row) throw notFound();
    sendCacheable(ctx, { data: detail(row) }, row.publishedAt);
  },
});
