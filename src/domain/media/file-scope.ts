/**
 * Files belong to the departments of the entries that use them. A user limited to some departments
 * sees a file that is unused or used by an entry they may read, and changes one only when every entry
 * using it is theirs. A file used by a published entry is never replaced or deleted in place: the
 * public page would change without review, publish gate or archive item.
 */
export interface FileUsage {
  fileId: number;
  /** content type of the entry using the file */
  uid: string;
  published: boolean;
  departmentId: number | null;
}

export type FileChange = 'update' | 'replace' | 'delete';

export interface FileRefusal {
  code: 'FILE_OF_OTHER_DEPARTMENT' | 'FILE_USED_BY_PUBLISHED';
  message: string;
}

/** Whether an entry of `uid` owned by `departmentId` is within the user's reach. */
export type InScope = (usage: FileUsage) => boolean;

export const canSeeFile = (usages: readonly FileUsage[], inScope: InScope): boolean =>
  usages.length === 0 || usages.some(inScope);

export const fileChangeRefusal = (
  usages: readonly FileUsage[],
  inScope: InScope,
  change: FileChange,
): FileRefusal | null => {
  if (usages.some((usage) => !inScope(usage))) {
    return {
      code: 'FILE_OF_OTHER_DEPARTMENT',
      message: '该文件用于其他部门的条目，您只能管理本部门条目的文件和尚未使用的文件',
    };
  }
  if (change !== 'update' && usages.some((usage) => usage.published)) {
    return {
      code: 'FILE_USED_BY_PUBLISHED',
      message:
        change === 'replace'
          ? '该文件用于已发布的条目，不能直接替换；请在条目中上传新文件并重新提交发布（新版本经发布审查并进入归档移交）'
          : '该文件用于已发布的条目，不能删除；请先在条目中移除该文件并重新发布',
    };
  }
  return null;
};
