import type { Core } from '@strapi/strapi';
import { ARCHIVE_ACTION, DECISION_FEEDBACK_ACTION, FORCE_PUBLISH_ACTION } from './actions';
import { adminRoleByCode, rolePermissionIdsOn } from '../repositories/lookups';
import { OWN_UIDS, UID } from '../uid';
import { OWN_DEPARTMENT_CONDITION } from './conditions';

const OWN_DEPARTMENT = [OWN_DEPARTMENT_CONDITION];

/** Content a department produces, and what every role may read to fill relation fields. */
const DEPARTMENT_CONTENT = [UID.policyDocument, UID.policyInterpretation, UID.decisionItem, UID.annualReport];
const REFERENCE = [UID.department, UID.topic];

interface Grant {
  verbs: readonly string[];
  subjects: readonly string[];
  conditions?: readonly string[];
  /** fields the role neither sees nor writes (the content manager hides them) */
  hiddenFields?: readonly string[];
}

/** Only those who may force-publish (公开办) see and fill in the reason for it. */
const FORCE_PUBLISH_FIELDS = ['forcePublishReason'];

export interface DefaultRole {
  code: string;
  name: string;
  description: string;
  contentTypes: readonly Grant[];
  actions: readonly string[];
}

const MEDIA = ['plugin::upload.read', 'plugin::upload.assets.create', 'plugin::upload.assets.update'];

/** The roles of SPEC's role table; codes are stable, names are what the webmaster sees. */
export const DEFAULT_ROLES: readonly DefaultRole[] = [
  {
    code: 'gov-department-editor',
    name: '部门编辑',
    description: '起草本部门的政策文件、解读、决策事项和年度报告，不能发布',
    contentTypes: [
      {
        verbs: ['create', 'read', 'update'],
        subjects: DEPARTMENT_CONTENT,
        conditions: OWN_DEPARTMENT,
        hiddenFields: FORCE_PUBLISH_FIELDS,
      },
      { verbs: ['read', 'update'], subjects: [UID.decisionComment], conditions: OWN_DEPARTMENT },
      { verbs: ['read'], subjects: REFERENCE },
    ],
    actions: MEDIA,
  },
  {
    code: 'gov-department-reviewer',
    name: '部门审核',
    description: '审核并发布、撤销发布本部门的内容（管业务负责审核）',
    contentTypes: [
      {
        verbs: ['read', 'publish'],
        subjects: DEPARTMENT_CONTENT,
        conditions: OWN_DEPARTMENT,
        hiddenFields: FORCE_PUBLISH_FIELDS,
      },
      { verbs: ['read'], subjects: [UID.decisionComment], conditions: OWN_DEPARTMENT },
      { verbs: ['read'], subjects: REFERENCE },
    ],
    actions: ['plugin::upload.read'],
  },
  {
    code: 'gov-disclosure-office',
    name: '公开办',
    description: '全部部门；审批依申请公开/不予公开/删减后公开，强制发布（解读后补），督促期限',
    contentTypes: [
      { verbs: ['create', 'read', 'update', 'delete', 'publish'], subjects: DEPARTMENT_CONTENT },
      { verbs: ['read', 'update'], subjects: [UID.decisionComment] },
      { verbs: ['read'], subjects: [...REFERENCE, UID.forcePublishRecord, UID.archiveTransfer, UID.workCalendar] },
    ],
    actions: [...MEDIA, FORCE_PUBLISH_ACTION, DECISION_FEEDBACK_ACTION],
  },
  {
    code: 'gov-archivist',
    name: '档案员',
    description: '办理归档移交：标记移交、导出送交目录',
    contentTypes: [{ verbs: ['read'], subjects: [UID.archiveTransfer] }],
    actions: [ARCHIVE_ACTION],
  },
];

interface PermissionInput {
  action: string;
  subject?: string | null;
  properties?: { fields?: string[] } & Record<string, unknown>;
  conditions?: string[];
}

const withoutFields = (permission: PermissionInput, hidden: readonly string[]): PermissionInput =>
  permission.properties?.fields
    ? {
        ...permission,
        properties: {
          ...permission.properties,
          fields: permission.properties.fields.filter((f) => !hidden.includes(f)),
        },
      }
    : permission;

const permissionsOf = (strapi: Core.Strapi, role: DefaultRole): PermissionInput[] => {
  const { actionProvider } = strapi.service('admin::permission');
  const contentTypes = strapi.service('admin::content-type');
  const forContentTypes = role.contentTypes.flatMap(({ verbs, subjects, conditions = [], hiddenFields = [] }) =>
    verbs.flatMap((verb) => {
      const action = actionProvider.get(`plugin::content-manager.explorer.${verb}`);
      return (contentTypes.getPermissionsWithNestedFields([{ ...action, subjects }]) as PermissionInput[]).map(
        (permission) => ({ ...withoutFields(permission, hiddenFields), conditions: [...conditions] }),
      );
    }),
  );
  return [
    ...forContentTypes,
    ...role.actions.map((action) => ({ action, subject: null, properties: {}, conditions: [] })),
  ];
};

const createdMark = (code: string) => ({ type: 'plugin', name: 'gov-disclosure', key: `default-role-created:${code}` });

/**
 * Creates each default role once, identified by its code, and remembers that it did. A role that
 * exists is left exactly as the webmaster has it, and one the webmaster deleted stays deleted, so
 * changes in 设置 → 管理面板 → 角色 survive restarts.
 */
export const ensureDefaultRoles = async (strapi: Core.Strapi): Promise<void> => {
  const roles = strapi.service('admin::role');
  for (const role of DEFAULT_ROLES) {
    if (await strapi.store.get(createdMark(role.code))) continue;
    const existing = await adminRoleByCode(strapi, role.code);
    if (!existing) {
      const created = await roles.create({ code: role.code, name: role.name, description: role.description });
      await roles.assignPermissions(created.id, permissionsOf(strapi, role));
    }
    await strapi.store.set({ ...createdMark(role.code), value: true });
  }
};

/** Roles Strapi creates on a fresh database; stock Editor may publish and delete every department's content. */
const STOCK_ROLE_CODES = ['strapi-editor', 'strapi-author'];
const STOCK_ROLES_RETIRED = { type: 'plugin', name: 'gov-disclosure', key: 'stock-roles-retired' };
/** Strapi's super admin role as the role pickers show it: the webmaster's role, in Chinese. */
const SUPER_ADMIN = { name: '超级管理员', description: '网站管理员：配置部门、角色、工作日历和编号模板，拥有全部权限' };

/**
 * Once per installation, takes Strapi's stock Editor and Author out of the way so that inviting a user
 * offers only our roles: a stock role nobody holds is deleted; one that already has users keeps them
 * but loses every permission on our content types; Super Admin is named 超级管理员. Roles the webmaster
 * creates or edits later are never touched, because this runs only once.
 */
export const retireStockRoles = async (strapi: Core.Strapi): Promise<void> => {
  if (await strapi.store.get(STOCK_ROLES_RETIRED)) return;
  const roles = strapi.service('admin::role');
  for (const code of STOCK_ROLE_CODES) {
    const role = await adminRoleByCode(strapi, code);
    if (!role) continue;
    if ((await roles.getUsersCount(role.id)) === 0) {
      await roles.deleteByIds([role.id]);
    } else {
      await strapi.service('admin::permission').deleteByIds(await rolePermissionIdsOn(strapi, role.id, OWN_UIDS));
    }
  }
  const superAdmin = await roles.getSuperAdmin();
  if (superAdmin?.name === 'Super Admin') await roles.update({ id: superAdmin.id }, SUPER_ADMIN);
  await strapi.store.set({ ...STOCK_ROLES_RETIRED, value: true });
};
