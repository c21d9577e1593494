/**
 * A relation value as Strapi 5.54 reads it, so that a check sees what will be stored. Mirrors
 * @strapi/core document-service `transform/relations/utils/map-relation` (shorthands → `set`),
 * `utils/xto-one` (a to-one `set` keeps its last entry) and @strapi/database `entity-manager`
 * `toAssocs` (a truthy `set` wins over `connect`/`disconnect`).
 */

/** One submitted reference: a row id or a documentId. */
export type RelationRef = { id: number } | { documentId: string };

export type RelationWrite =
  /** the relation will hold exactly these (null: emptied) */
  | { kind: 'set'; refs: RelationRef[] }
  /** stored targets, minus `disconnect`, plus `connect`; `positions` are the before/after anchors */
  | { kind: 'patch'; connect: RelationRef[]; disconnect: RelationRef[]; positions: RelationRef[] };

export type ParsedRelationWrite =
  | { ok: true; write: RelationWrite }
  | { ok: false; problem: 'invalid'; invalid: string[] }
  | { ok: false; problem: 'too-many'; count: number };

const describe = (value: unknown): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
};

const DIGITS = /^\d{1,15}$/;

const idRef = (value: unknown): RelationRef | null =>
  (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) ||
  (typeof value === 'string' && DIGITS.test(value))
    ? { id: Number(value) }
    : null;

const documentIdRef = (value: unknown): RelationRef | null =>
  typeof value === 'string' && value !== '' ? { documentId: value } : null;

/**
 * Strapi takes any string that `parseInt` reads as a number for a row id ("3abc…" becomes id "3abc…",
 * which PostgreSQL rejects and MariaDB reads as 3), so such strings are refused, not guessed at.
 */
const shorthandRef = (value: unknown): RelationRef | null => {
  if (typeof value === 'string' && Number.isNaN(parseInt(value, 10))) return documentIdRef(value);
  return idRef(value);
};

/** `{ documentId }` wins over `{ id }`, as in Strapi's transform. */
const objectRef = (value: object): RelationRef | null => {
  const { id, documentId } = value as { id?: unknown; documentId?: unknown };
  return documentId ? documentIdRef(documentId) : idRef(id);
};

const refOf = (value: unknown): RelationRef | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? objectRef(value) : shorthandRef(value);

const isRefObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && ('id' in value || 'documentId' in value);

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

interface Collected {
  refs: RelationRef[];
  positions: RelationRef[];
  invalid: string[];
}

const collect = (items: unknown[], withPositions: boolean): Collected => {
  const out: Collected = { refs: [], positions: [], invalid: [] };
  for (const item of items) {
    const ref = refOf(item);
    if (!ref) {
      out.invalid.push(describe(item));
      continue;
    }
    out.refs.push(ref);
    const position = withPositions && isRefObject(item) ? (item as { position?: unknown }).position : undefined;
    if (position === undefined || position === null) continue;
    if (typeof position !== 'object' || Array.isArray(position)) {
      out.invalid.push(describe(item));
      continue;
    }
    for (const anchor of [(position as { before?: unknown }).before, (position as { after?: unknown }).after]) {
      if (anchor === undefined) continue;
      // An anchor is read the way its entry was given: a documentId next to a documentId, else an id.
      const anchorRef = 'documentId' in ref ? documentIdRef(anchor) : idRef(anchor);
      if (anchorRef) out.positions.push(anchorRef);
      else out.invalid.push(describe(item));
    }
  }
  return out;
};

const parsed = (write: RelationWrite, invalid: string[]): ParsedRelationWrite =>
  invalid.length > 0 ? { ok: false, problem: 'invalid', invalid } : { ok: true, write };

/**
 * Reads a submitted relation value. A to-one relation holds one entry: a shorthand list or a `set`
 * keeps the last (as Strapi does), while several entries in `connect` are refused — Strapi would keep
 * the first on update and all of them on create.
 */
export const parseRelationWrite = (value: unknown, toOne: boolean): ParsedRelationWrite => {
  if (value === null) return { ok: true, write: { kind: 'set', refs: [] } };
  const isOperations =
    typeof value === 'object' &&
    !Array.isArray(value) &&
    !isRefObject(value) &&
    ('set' in value || 'connect' in value || 'disconnect' in value);
  if (!isOperations) {
    const items = Array.isArray(value) ? value : [value];
    const { refs, invalid } = collect(items, false);
    return parsed({ kind: 'set', refs: toOne ? refs.slice(-1) : refs }, invalid);
  }
  const { set, connect, disconnect } = value as { set?: unknown; connect?: unknown; disconnect?: unknown };
  if (set) {
    const { refs, invalid } = collect(asList(set), false);
    return parsed({ kind: 'set', refs: toOne ? refs.slice(-1) : refs }, invalid);
  }
  const connected = collect(connect === undefined || connect === null ? [] : asList(connect), true);
  const disconnected = collect(disconnect === undefined || disconnect === null ? [] : asList(disconnect), false);
  if (toOne && connected.refs.length > 1) return { ok: false, problem: 'too-many', count: connected.refs.length };
  return parsed(
    { kind: 'patch', connect: connected.refs, disconnect: disconnected.refs, positions: connected.positions },
    [...connected.invalid, ...disconnected.invalid],
  );
};

export const refKey = (ref: RelationRef): string => ('id' in ref ? `id:${ref.id}` : `doc:${ref.documentId}`);
export const describeRef = (ref: RelationRef): string => ('id' in ref ? `id=${ref.id}` : ref.documentId);

/** Every reference a write names (targets and positional anchors). */
export const refsOf = (write: RelationWrite): RelationRef[] =>
  write.kind === 'set' ? write.refs : [...write.connect, ...write.disconnect, ...write.positions];

/** What the relation holds after the write, in documentIds, and which entries it gains and loses. */
export interface RelationChange {
  targets: string[];
  added: string[];
  removed: string[];
}

/**
 * Applies a write to the stored targets. `resolve` maps a reference to its documentId (or null when it
 * matches nothing). A to-one `connect` replaces what is stored.
 */
export const applyRelationWrite = (
  write: RelationWrite,
  stored: readonly string[],
  toOne: boolean,
  resolve: (ref: RelationRef) => string | null,
): RelationChange => {
  const resolved = (refs: RelationRef[]) => refs.map(resolve).filter((id): id is string => id !== null);
  let targets: string[];
  if (write.kind === 'set') {
    targets = [...new Set(resolved(write.refs))];
  } else {
    const connected = resolved(write.connect);
    const disconnected = new Set(resolved(write.disconnect).filter((id) => !connected.includes(id)));
    const kept = toOne && connected.length > 0 ? [] : stored.filter((id) => !disconnected.has(id));
    targets = [...new Set([...kept, ...connected])];
  }
  return {
    targets,
    added: targets.filter((id) => !stored.includes(id)),
    removed: stored.filter((id) => !targets.includes(id)),
  };
};
