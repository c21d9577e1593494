import type { Core, UID as StrapiUID } from '@strapi/strapi';
import type { RelationInput } from '../domain/content/validate-input';

/** A reference to an entry as the document service accepts it: id, documentId or an object with either. */
type Ref = { id: number } | { documentId: string };

const toRef = (value: unknown): Ref | null => {
  if (typeof value === 'number' && Number.isInteger(value)) return { id: value };
  if (typeof value === 'string' && value !== '')
    return /^\d+$/.test(value) ? { id: Number(value) } : { documentId: value };
  if (typeof value === 'object' && value !== null) {
    const { id, documentId } = value as { id?: unknown; documentId?: unknown };
    if (typeof documentId === 'string' && documentId !== '') return { documentId };
    if (id !== undefined) return toRef(id);
  }
  return null;
};

const refKey = (ref: Ref) => ('id' in ref ? `id:${ref.id}` : `doc:${ref.documentId}`);
const describeRef = (ref: Ref) => ('id' in ref ? `id=${ref.id}` : ref.documentId);

const asList = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

interface RelationOps {
  /** the targets replace what is stored (null: not a replacement) */
  set: unknown[] | null;
  connect: unknown[];
  disconnect: unknown[];
}

const parseOps = (value: unknown): RelationOps => {
  if (value === null) return { set: [], connect: [], disconnect: [] };
  if (
    typeof value === 'object' &&
    !Array.isArray(value) &&
    ('connect' in value || 'disconnect' in value || 'set' in value)
  ) {
    const ops = value as { set?: unknown; connect?: unknown; disconnect?: unknown };
    return {
      set: ops.set === undefined ? null : asList(ops.set),
      connect: asList(ops.connect),
      disconnect: asList(ops.disconnect),
    };
  }
  return { set: asList(value), connect: [], disconnect: [] };
};

/**
 * Resolves a submitted relation value against the target table: which documentIds the relation
 * will hold after the write, and which submitted references match nothing. A to-one relation holds
 * the last target connected (connecting replaces what was there, as the admin's relation field does).
 * Unparseable references count as missing, so they are refused rather than ignored.
 */
export const resolveRelationInput = async (
  strapi: Core.Strapi,
  target: StrapiUID.Schema,
  value: unknown,
  storedTargets: readonly string[],
  toOne: boolean,
): Promise<RelationInput> => {
  const ops = parseOps(value);
  const raw = [...(ops.set ?? []), ...ops.connect, ...ops.disconnect];
  const refs = raw.map(toRef);
  const missing = raw.filter((_, i) => refs[i] === null).map((item) => JSON.stringify(item) ?? String(item));
  const valid = refs.filter((ref): ref is Ref => ref !== null);
  const ids = valid.flatMap((ref) => ('id' in ref ? [ref.id] : []));
  const documentIds = valid.flatMap((ref) => ('documentId' in ref ? [ref.documentId] : []));
  const rows: { id: number; documentId: string }[] =
    valid.length === 0
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
  for (const ref of valid) if (!found.has(refKey(ref))) missing.push(describeRef(ref));
  const resolve = (items: unknown[]) =>
    items.map(toRef).flatMap((ref) => (ref && found.has(refKey(ref)) ? [found.get(refKey(ref)) as string] : []));
  const removed = new Set(resolve(ops.disconnect));
  const base = ops.set === null ? storedTargets : resolve(ops.set);
  const targets = [...new Set([...base.filter((id) => !removed.has(id)), ...resolve(ops.connect)])];
  return { targets: toOne ? targets.slice(-1) : targets, missing };
};
