import type { Core } from '@strapi/strapi';
import { chinaLocalDate } from '../../src/domain/dates';
import { STAGE_MATERIALS, STAGE_ORDER, stageIndex, type Stage } from '../../src/domain/decisions/stages';
import { UID } from '../../src/uid';

/** Material for every stage, so a walk through the process needs nothing else. */
export const STAGE_MATERIAL_TEXT: Record<string, string> = {
  draftText: '草案全文',
  draftExplanation: '草案说明',
  expertOpinion: '专家论证意见',
  riskAssessment: '风险评估报告',
  legalityOpinion: '合法性审查意见',
  meetingMinutes: '会议纪要',
  decisionResult: '决策结果',
  effectEvaluation: '效果评估报告',
};

const SKIPPED_ON_WALK: readonly Stage[] = ['expert_review', 'risk_assessment'];

/**
 * Moves a stored decision item stage by stage to `to` through the document service (so every rule runs),
 * passing over 专家论证 and 风险评估 with a reason, and publishing the adoption summary before 结果公布.
 * The consultation window and result document come with `fields` when the walk passes those gates.
 */
export const walkDecisionTo = async (
  strapi: Core.Strapi,
  documentId: string,
  to: Stage,
  fields: Record<string, unknown> = {},
): Promise<void> => {
  const items = strapi.documents(UID.decisionItem);
  const current = await strapi.db
    .query(UID.decisionItem)
    .findOne({ where: { documentId, publishedAt: null }, select: ['stage'] });
  const today = chinaLocalDate(new Date());
  let from = current.stage as Stage;
  for (const stage of STAGE_ORDER.slice(stageIndex(from) + 1, stageIndex(to) + 1)) {
    if (SKIPPED_ON_WALK.includes(stage) && stage !== to) continue;
    const skipping = STAGE_ORDER.slice(stageIndex(from) + 1, stageIndex(stage)).length > 0;
    const materials = Object.fromEntries(STAGE_MATERIALS[stage].map((field) => [field, STAGE_MATERIAL_TEXT[field]]));
    if (stage === 'result_published') {
      const data: Record<string, unknown> = { commentAdoption: fields.commentAdoption ?? '公众意见收集采纳情况' };
      await items.update({ documentId, data, status: 'published' });
    }
    const data: Record<string, unknown> = {
      ...materials,
      ...fields,
      stage,
      stageReachedOn: today,
      stageUnit: '承办单位',
      ...(skipping ? { stageSkipReason: '不涉及' } : {}),
    };
    await items.update({ documentId, data });
    from = stage;
  }
};
