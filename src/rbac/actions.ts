import type { Core } from '@strapi/strapi';

/**
 * Our admin permissions, shown under 设置 → 管理员角色 → 插件 → 内容管理 → 政务公开. Action ids are
 * stable: renaming one would orphan the roles that hold it.
 */

/** 强制发布（解读后补）: publish what the second-pair-of-eyes or interpretation rule holds back, with a recorded reason. */
export const FORCE_PUBLISH_ACTION = 'plugin::content-manager.force-publish';

/** 档案移交: mark queue items transferred/failed and export batches (the archivist's work). */
export const ARCHIVE_ACTION = 'plugin::content-manager.archive-transfer';

/** 决策意见采纳情况督办: the list of decision items whose adoption summary is overdue (公开办). */
export const DECISION_FEEDBACK_ACTION = 'plugin::content-manager.decision-feedback-overdue';

/** 年度报告督办: the list of departments whose annual report is late or still unpublished (公开办). */
export const ANNUAL_REPORT_DEADLINES_ACTION = 'plugin::content-manager.annual-report-overdue';

export const registerGovActions = async (strapi: Core.Strapi): Promise<void> => {
  await strapi.service('admin::permission').actionProvider.registerMany([
    {
      section: 'plugins',
      pluginName: 'content-manager',
      subCategory: '政务公开',
      displayName: '强制发布（解读后补）',
      uid: 'force-publish',
    },
    {
      section: 'plugins',
      pluginName: 'content-manager',
      subCategory: '政务公开',
      displayName: '档案移交（标记移交、导出送交目录）',
      uid: 'archive-transfer',
    },
    {
      section: 'plugins',
      pluginName: 'content-manager',
      subCategory: '政务公开',
      displayName: '决策意见采纳情况督办（逾期清单）',
      uid: 'decision-feedback-overdue',
    },
    {
      section: 'plugins',
      pluginName: 'content-manager',
      subCategory: '政务公开',
      displayName: '年度报告督办（逾期清单）',
      uid: 'annual-report-overdue',
    },
  ]);
  // The admin gives Super Admin every action in its own bootstrap, which runs before ours.
  await strapi.service('admin::role').resetSuperAdminPermissions();
};
