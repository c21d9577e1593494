import type { Core, UID as StrapiUID } from '@strapi/strapi';
import {
  applyRelationWrite,
  describeRef,
  parseRelationWrite,
  refKey,
  refsOf,
  type RelationChange,
} from '../domain/content/relation-write';
import type { RelationInput } from '../domain/content/validate-input';

/** A submitted relation resolved against the target table, as Strapi will store it. */
export type ResolvedRelation = RelationInput &
  RelationChange & {
    /** how the user named each entry the write adds or removes (documentId → their reference) */
    named: Record<string, string>;
  };

const unresolved = (missing: string[], tooMany?: number): ResolvedRelation => ({
  targets: [],
  added: [],
  removed: [],
  missing,
  ...(tooMany === undefined ? {} : { tooMany }),
  named: {},
});

/**
 * Resolves a submitted relation value (every form Strapi 5.54 accepts: shorthands, arrays, `set`,
 * `connect` with positions, `disconnect`) against the target table: the documentIds the relation
 * holds after the write, what it gains and loses, and which references match nothing. Unreadable
 * references count as missing, so they are refused rather than ignored.
 */
export const resolveRelationInput = async (
  strapi: Core.Strapi,
  target: StrapiUID.Schema,
  value: unknown,
  storedTargets: readonly string[],
  toOne: boolean,
): Promise<ResolvedRelation> => {
  const parsed = parseRelationWrite(value, toOne);
  if (!parsed.ok) return parsed.problem === 'invalid' ? unresolved(parsed.invalid) : unresolved([], parsed.count);
  const refs = refsOf(parsed.write);
  const ids = refs.flatMap((ref) => ('id' in ref ? [ref.id] : []));
  const documentIds = refs.flatMap((ref) => ('documentId' in ref ? [ref.documentId] : []));
  const rows: { id: number; documentId: string }[] =
    refs.length === 0
      ? []
      : await strapi.db.query(target).findMany({
          select: ['id', 'documentId'],
          where: { $or: [{ id: { $in: ids } }, { documentId: { $in: documentIds } }] },
        });
  const found = new Map<string, string>();
  for (const row of rows) {
    found.set(`id:${row.id}`, row.documentId);
    found.set(`doc:${row.documentId}`, row.documentId);
  }
  const missing = [...new Set(refs.filter((ref) => !found.has(refKey(ref))).map(describeRef))];
  const named: Record<string, string> = {};
  for (const ref of refs) {
    const documentId = found.get(refKey(ref));
    if (documentId) named[documentId] = describeRef(ref);
  }
  const change = applyRelationWrite(parsed.write, storedTargets, toOne, (ref) => found.get(refKey(ref)) ?? null);
  return { ...change, missing, named };
};
