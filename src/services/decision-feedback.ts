import type { Core } from '@strapi/strapi';
import { overdueFeedbackDue } from '../domain/decisions/feedback';
import { stageLabel, type Stage } from '../domain/decisions/stages';
import { itemsWithResultDocument } from '../repositories/decision-facts';
import { loadScheduleLookup } from './calendar';

/**
 * The 公开办's list: decision items whose 公众意见收集采纳情况 is still not public after the 10th working day
 * following the result document's 成文日期 (working days on the project's calendar), oldest due first.
 */
export const overdueAdoptionSummaries = async (strapi: Core.Strapi, today: string) => {
  const schedule = await loadScheduleLookup(strapi);
  const rows = await itemsWithResultDocument(strapi);
  return rows
    .flatMap((row) => {
      const dueOn = overdueFeedbackDue(
        {
          resultIssuedOn: row.resultDocument.issuedOn,
          summaryPublished: row.summaryPublished,
          consultationSkipped: row.consultationSkipped,
        },
        today,
        schedule,
      );
      if (dueOn === null) return [];
      const { summaryPublished: _published, consultationSkipped: _skipped, ...item } = row;
      return [{ ...item, stageLabel: stageLabel(row.stage as Stage), dueOn }];
    })
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
};
