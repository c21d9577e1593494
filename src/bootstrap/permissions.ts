import type { Core } from '@strapi/strapi';

/**
 * 强制发布（解读后补）: lets the disclosure office publish a document whose interpretation is not ready,
 * with a recorded reason. Shown under 设置 → 管理员角色 → 插件 → 内容管理. The action id is stable:
 * renaming it would orphan the roles that hold it.
 */
export const registerForcePublishAction = async (strapi: Core.Strapi): Promise<void> => {
  await strapi.service('admin::permission').actionProvider.registerMany([
    {
      section: 'plugins',
      pluginName: 'content-manager',
      subCategory: '政务公开',
      displayName: '强制发布（解读后补）',
      uid: 'force-publish',
    },
  ]);
};
