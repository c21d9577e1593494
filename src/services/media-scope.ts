import type { Core } from '@strapi/strapi';
import { canSeeFile, fileChangeRefusal, type FileChange, type FileUsage } from '../domain/media/file-scope';
import { fileUsages } from '../repositories/file-usages';
import { departmentAccessOf, DEPARTMENT_PATH } from '../rbac/conditions';
import { isOwnUid, type OwnUid } from '../uid';
import { currentAdminUser } from './actor';
import { refusal } from './refusal';

/** Content type → the relation naming the department that owns its entries. */
const DEPARTMENT_FIELDS: Partial<Record<OwnUid, string>> = Object.fromEntries(
  Object.entries(DEPARTMENT_PATH)
    .filter(([, path]) => path !== 'id' && path.split('.').length === 2)
    .map(([uid, path]) => [uid, path.split('.')[0]]),
);

type Verb = 'read' | 'update';

/**
 * Whether the current admin user reaches the entry behind a use, under their content-manager
 * permission for `verb` on its type; null when nothing limits them (no admin user, or every
 * department), so callers skip the lookups.
 */
const scopeOf = async (strapi: Core.Strapi, verb: Verb) => {
  const user = currentAdminUser(strapi);
  if (!user) return null;
  const reach = new Map<string, Awaited<ReturnType<typeof departmentAccessOf>>>();
  for (const uid of Object.keys(DEPARTMENT_FIELDS) as OwnUid[]) {
    reach.set(uid, await departmentAccessOf(strapi, user.id, `plugin::content-manager.explorer.${verb}`, uid));
  }
  if ([...reach.values()].every((access) => access.kind === 'all')) return null;
  return (usage: FileUsage): boolean => {
    const access = isOwnUid(usage.uid) ? reach.get(usage.uid) : undefined;
    if (!access) return false;
    return access.kind === 'all' || (usage.departmentId !== null && access.ids.includes(usage.departmentId));
  };
};

/** Files the current admin user may not see (used only by entries outside their departments). */
export const hiddenFileIds = async (strapi: Core.Strapi): Promise<number[] | null> => {
  const inScope = await scopeOf(strapi, 'read');
  if (!inScope) return null;
  const usages = await fileUsages(strapi, DEPARTMENT_FIELDS, null);
  const byFile = new Map<number, FileUsage[]>();
  for (const usage of usages) byFile.set(usage.fileId, [...(byFile.get(usage.fileId) ?? []), usage]);
  return [...byFile.entries()].filter(([, uses]) => !canSeeFile(uses, inScope)).map(([fileId]) => fileId);
};

/** Those of `fileIds` the current admin user may not see. */
export const hiddenAmong = async (strapi: Core.Strapi, fileIds: readonly number[]): Promise<number[]> => {
  const inScope = fileIds.length === 0 ? null : await scopeOf(strapi, 'read');
  if (!inScope) return [];
  const usages = await fileUsages(strapi, DEPARTMENT_FIELDS, fileIds);
  return fileIds.filter(
    (id) =>
      !canSeeFile(
        usages.filter((usage) => usage.fileId === id),
        inScope,
      ),
  );
};

/** Whether the current admin user may see the file at all. */
export const canSeeFileNow = async (strapi: Core.Strapi, fileId: number): Promise<boolean> =>
  (await hiddenAmong(strapi, [fileId])).length === 0;

/**
 * Refuses a change to a file used by an entry outside the user's departments, and a replacement or
 * deletion of a file used by a published entry (for everyone: that would change a public page
 * without review, publish gate or archive item).
 */
export const checkFileChange = async (strapi: Core.Strapi, fileId: number, change: FileChange): Promise<void> => {
  const usages = await fileUsages(strapi, DEPARTMENT_FIELDS, [fileId]);
  const inScope = (await scopeOf(strapi, 'update')) ?? (() => true);
  const refused = fileChangeRefusal(usages, inScope, change);
  if (refused) throw refusal([refused]);
};
