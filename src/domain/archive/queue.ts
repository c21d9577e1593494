import { createHash } from 'crypto';
import { enumLabel, type EnumValue } from '../enums';

export type ArchiveReason = EnumValue<'archiveReason'>;
export type ArchiveStatus = EnumValue<'archiveStatus'>;

/** The last queue item of a subject, as far as the next decision needs it. */
export interface LastArchiveItem {
  reason: ArchiveReason;
  contentHash: string | null;
}

/** Fields that change on every publish without the content changing: left out of the content hash. */
const VOLATILE = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'firstPublishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
]);

const stripVolatile = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(stripVolatile);
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .filter((key) => !VOLATILE.has(key))
      .sort()
      .map((key) => [key, stripVolatile((value as Record<string, unknown>)[key])]),
  );
};

/** SHA-256 of the published content in a canonical form (sorted keys, volatile fields removed). */
export const contentHash = (content: Record<string, unknown>): string =>
  createHash('sha256')
    .update(JSON.stringify(stripVolatile(content)))
    .digest('hex');

/**
 * What a publish or withdrawal adds to the archive queue (SPEC rule 5): one item per published
 * version. A publish after a withdrawal is queued as `changed`: the archive must learn it is public again.
 */
export const archiveReasonFor = (
  event: 'publish' | 'withdraw',
  last: LastArchiveItem | null,
  hash: string,
): ArchiveReason | null => {
  if (event === 'withdraw') return 'withdrawn';
  if (last === null) return 'first-publish';
  if (last.reason !== 'withdrawn' && last.contentHash === hash) return null;
  return 'changed';
};

const TRANSITIONS: Record<ArchiveStatus, readonly ArchiveStatus[]> = {
  pending: ['transferred', 'failed', 'cancelled'],
  failed: ['pending', 'transferred', 'cancelled'],
  transferred: [],
  cancelled: [],
};

/** Null when the status may change this way; otherwise the Chinese reason it may not. */
export const statusChangeProblem = (from: ArchiveStatus, to: ArchiveStatus): string | null =>
  TRANSITIONS[from].includes(to)
    ? null
    : `当前状态为“${enumLabel('archiveStatus', from)}”，不能标记为“${enumLabel('archiveStatus', to)}”`;
