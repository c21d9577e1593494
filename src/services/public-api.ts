import type { Core } from '@strapi/strapi';
import { chinaLocalDate } from '../domain/dates';
import { etagMatches, PUBLIC_CACHE_CONTROL, weakEtag } from '../domain/public-api/http-cache';
import {
  checkShapeParams,
  pageCount,
  parseListQuery,
  type ListQuery,
  type ListSpec,
} from '../domain/public-api/list-query';
import type { Reason } from '../domain/reasons';
import { NOT_FOUND, type PublicApiCode } from '../domain/public-api/problems';
import type { DetailKey, Page } from '../repositories/public-content';
import { cachedAnswer } from './public-cache';
import { refusal } from './refusal';

export type PublicContext = Parameters<Core.MiddlewareHandler>[0];

/**
 * 400 `{ error: { message, details: { code, reasons } } }`: every public refusal; `code` (the first
 * reason's) is what the OpenAPI contract documents.
 */
export const invalidRequest = (...reasons: Reason<PublicApiCode>[]) => refusal(reasons, { withContractCode: true });

/** 404 for missing, unpublished and non-public entries alike, so the answer never says which. */
export const notFound = () => refusal([NOT_FOUND], { status: 404, withContractCode: true });

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

/** What a public GET answers: the JSON payload and, for a single entry, when it was published. */
export interface PublicAnswer {
  payload: unknown;
  lastModified?: string | Date;
}

/**
 * Answers a public GET: weak ETag of the JSON body, a minute of public caching, and 304 with no body when
 * the client already holds this exact answer. The answer is computed once per request URL until public
 * content changes (services/public-cache.ts).
 */
export const answerPublicGet = async (
  strapi: Core.Strapi,
  ctx: PublicContext,
  compute: () => Promise<PublicAnswer>,
): Promise<void> => {
  const answer = await cachedAnswer(strapi, `${today()} ${ctx.method} ${ctx.url}`, async () => {
    const { payload, lastModified } = await compute();
    const body = JSON.stringify(payload);
    return {
      body,
      etag: weakEtag(body),
      lastModified: lastModified ? new Date(lastModified).toUTCString() : null,
    };
  });
  ctx.set('ETag', answer.etag);
  ctx.set('Cache-Control', PUBLIC_CACHE_CONTROL);
  if (answer.lastModified) ctx.set('Last-Modified', answer.lastModified);
  if (etagMatches(ctx.get('If-None-Match'), answer.etag)) {
    ctx.status = 304;
    return;
  }
  ctx.type = 'application/json';
  ctx.body = answer.body;
};

/** Where a public list and its detail pages read from (see repositories/public-content.ts). */
export interface PublicReadable<Row, DetailRow> {
  list(strapi: Core.Strapi, spec: ListSpec, query: ListQuery): Promise<Page<Row>>;
  one(strapi: Core.Strapi, key: DetailKey): Promise<DetailRow | null>;
}

/**
 * `find` and `findOne` of a public type whose answers need nothing beyond its rows: the list in `item`
 * shapes, a detail (by any of its keys) in the `detail` shape.
 */
export const publicReadActions = <Row, DetailRow extends { publishedAt: string | Date }, Item, Detail>(
  strapi: Core.Strapi,
  spec: ListSpec,
  source: PublicReadable<Row, DetailRow>,
  item: (row: Row) => Item,
  detail: (row: DetailRow) => Detail,
) => ({
  find: (ctx: PublicContext) =>
    answerPublicGet(strapi, ctx, async () => {
      const query = listQueryOf(ctx, spec);
      return { payload: listPayload(await source.list(strapi, spec, query), query, item) };
    }),

  findOne: (ctx: PublicContext) =>
    answerPublicGet(strapi, ctx, async () => {
      checkDetailQuery(ctx, spec);
      const row = await source.one(strapi, detailKeyOf(ctx));
      if (!row) throw notFound();
      return { payload: { data: detail(row) }, lastModified: row.publishedAt };
    }),
});
