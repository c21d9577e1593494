import type { Core } from '@strapi/strapi';
import { FIELD_LABELS } from '../domain/content/labels';
import type { FieldErrorCode } from '../domain/content/validate-input';
import type { Reason } from '../domain/reasons';
import { permittedDocumentIds, type ContentManagerAction } from '../repositories/permitted-entries';
import { fileIdsOf } from '../repositories/file-usages';
import { resolveRelationInput } from '../repositories/relations';
import { storedTargets } from '../repositories/stored-entries';
import { currentAdminAbility } from '../services/actor';
import { hiddenAmong } from '../services/media-scope';
import { refusal } from '../services/refusal';
import { isOwnUid, typeName, type OwnUid } from '../uid';
import { writableEntryOf, writeParams, type DocumentMiddleware } from './write-actions';

const FILE_UID = 'plugin::upload.file';

interface RelationAttribute {
  type: 'relation';
  relation: string;
  target: string;
  mappedBy?: string;
}

const relationAttributes = (strapi: Core.Strapi, uid: OwnUid): [string, RelationAttribute][] =>
  Object.entries(strapi.contentType(uid).attributes as unknown as Record<string, { type: string }>).filter(
    (entry): entry is [string, RelationAttribute] => entry[1].type === 'relation',
  );

const refusalFor = (
  uid: OwnUid,
  field: string,
  action: ContentManagerAction,
  refused: string[],
): Reason<FieldErrorCode> => {
  const label = (FIELD_LABELS[typeName(uid)] as Record<string, string>)[field] ?? field;
  return {
    path: [field],
    code: 'RELATION_NOT_PERMITTED',
    message:
      action === 'read'
        ? `「${label}」只能关联您有权查看的条目，无权查看：${refused.join('、')}`
        : `「${label}」只能关联或移除您有权修改的条目，无权修改：${refused.join('、')}`,
  };
};

const mediaFields = (strapi: Core.Strapi, uid: OwnUid): [string, { multiple?: boolean }][] =>
  Object.entries(
    strapi.contentType(uid).attributes as unknown as Record<string, { type: string; multiple?: boolean }>,
  ).filter(([, attribute]) => attribute.type === 'media');

/** Files attached to an entry must be ones the user may see in the media library (media-scope.ts). */
const hiddenFileRefusals = async (
  strapi: Core.Strapi,
  uid: OwnUid,
  data: Record<string, unknown>,
): Promise<Reason<FieldErrorCode>[]> => {
  const refusals: Reason<FieldErrorCode>[] = [];
  for (const [field, attribute] of mediaFields(strapi, uid)) {
    if (!(field in data)) continue;
    const change = await resolveRelationInput(strapi, FILE_UID, data[field], [], attribute.multiple !== true);
    const ids = await fileIdsOf(strapi, change.targets);
    const hidden = new Set(await hiddenAmong(strapi, [...ids.values()]));
    const refused = change.targets.filter((documentId) => hidden.has(ids.get(documentId) ?? -1));
    if (refused.length > 0) {
      const label = (FIELD_LABELS[typeName(uid)] as Record<string, string>)[field] ?? field;
      refusals.push({
        path: [field],
        code: 'RELATION_NOT_PERMITTED',
        message: `「${label}」只能使用本部门条目的文件和尚未使用的文件，无权使用：${refused.map((id) => change.named[id] ?? id).join('、')}`,
      });
    }
  }
  return refusals;
};

/**
 * Every relation an admin user writes may point only at entries they may read; on the inverse side
 * (a document's 政策解读, a decision item's 公众意见) the write changes the other entries, so every
 * entry gained or lost must be one they may update. Checked on the relation as Strapi will store it,
 * before anything is written. The content manager checks neither: its conditions apply to the entry
 * being saved, not to what it links to.
 */
export const checkRelationTargets =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (!isOwnUid(ctx.uid) || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const actor = currentAdminAbility(strapi);
    const data = writeParams(ctx).data ?? {};
    if (!actor) return next();
    const uid = ctx.uid;
    const stored = await writableEntryOf(strapi, ctx);
    const refusals: Reason<FieldErrorCode>[] = [];
    for (const [field, attribute] of relationAttributes(strapi, uid)) {
      if (!(field in data) || !isOwnUid(attribute.target)) continue;
      const target = attribute.target;
      const toOne = !attribute.relation.endsWith('ToMany');
      const change = await resolveRelationInput(strapi, target, data[field], storedTargets(stored?.[field]), toOne);
      const inverse = attribute.mappedBy !== undefined;
      const action: ContentManagerAction = inverse ? 'update' : 'read';
      const touched = inverse ? [...change.added, ...change.removed] : change.added;
      const permitted = await permittedDocumentIds(strapi, actor.ability, target, touched, action);
      const refused = touched.filter((documentId) => !permitted.has(documentId));
      if (refused.length > 0) {
        refusals.push(
          refusalFor(
            uid,
            field,
            action,
            refused.map((id) => change.named[id] ?? id),
          ),
        );
      }
    }
    refusals.push(...(await hiddenFileRefusals(strapi, uid, data)));
    if (refusals.length > 0) throw refusal(refusals);
    return next();
  };
