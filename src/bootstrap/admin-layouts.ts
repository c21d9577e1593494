import type { Core } from '@strapi/strapi';
import { FIELD_LABELS } from '../domain/content/labels';
import { factsOfUid, OWN_UIDS, typeName } from '../uid';

const SYSTEM_LABELS: Record<string, string> = {
  id: 'ID',
  documentId: '文档编号',
  createdAt: '创建时间',
  updatedAt: '更新时间',
  publishedAt: '发布时间',
};

/**
 * Chinese labels, list columns and read-only fields as the content manager's *defaults*
 * (`schema.config`, read when a type's configuration is first created). A webmaster's later changes
 * in 内容管理 → 配置视图 are stored by Strapi and are not overwritten on restart.
 */
export const configureAdminLayouts = (strapi: Core.Strapi): void => {
  for (const uid of OWN_UIDS) {
    const contentType = strapi.contentType(uid) as unknown as { config?: unknown; attributes: Record<string, unknown> };
    const labels: Record<string, string> = { ...SYSTEM_LABELS, ...FIELD_LABELS[typeName(uid)] };
    const { admin } = factsOfUid(uid);
    const readOnly: readonly string[] = admin.readOnly ?? [];
    const metadatas = Object.fromEntries(
      Object.keys(contentType.attributes).map((name) => [
        name,
        {
          edit: {
            label: labels[name] ?? name,
            description: admin.descriptions?.[name] ?? '',
            ...(readOnly.includes(name) ? { editable: false } : {}),
          },
          list: { label: labels[name] ?? name },
        },
      ]),
    );
    contentType.config = {
      metadatas,
      layouts: { list: admin.listColumns },
      settings: {
        bulkable: true,
        filterable: true,
        searchable: true,
        pageSize: 20,
        mainField: admin.mainField ?? 'title',
        ...(admin.defaultSort ?? { defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC' }),
      },
    };
  }
};
