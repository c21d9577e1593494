import type { Core } from '@strapi/strapi';
import { checkAnnualReport } from './annual-report-gate';
import { keepReplacedReportVersion } from './annual-report-history';
import { assignIdentifiers } from './assign-identifiers';
import { checkCommentReview } from './check-comment-review';
import { checkDecisionStage } from './check-decision-stage';
import { checkDepartmentAssignment } from './check-department-assignment';
import { checkRelationTargets } from './check-relation-targets';
import { cloneAsNewDraft } from './clone-as-new-draft';
import { invalidatePublicAnswers } from './invalidate-public-answers';
import { checkDocumentBeforeInterpretation, checkInterpretationBeforePublish } from './publish-gate';
import { protectArchiveQueue } from './protect-archive-queue';
import { queueForArchive } from './queue-for-archive';
import { trackLastEditor } from './track-last-editor';
import { validateContentInput } from './validate-content-input';
import type { DocumentMiddleware } from './write-actions';
import { forgetEnteredSchedules } from '../services/calendar';
import { UID } from '../uid';

const publishGateRemovers: Array<() => void> = [];

/** Strapi 5.54's `documents.use` returns a remover at runtime, though its type says otherwise. */
const use = (strapi: Core.Strapi, middleware: DocumentMiddleware): (() => void) =>
  strapi.documents.use(middleware) as unknown as () => void;

/** A changed 工作日历 entry applies at once on this instance (others re-read it within 30 s). */
const forgetScheduleOnChange: DocumentMiddleware = async (ctx, next) => {
  const result = await next();
  if (ctx.uid === UID.workCalendar && ['create', 'update', 'delete'].includes(ctx.action)) forgetEnteredSchedules();
  return result;
};

/**
 * Order matters: cached public answers are invalidated once everything inside has committed; input is
 * validated, the department checked against the editor's, every linked entry against what they may
 * read or update, identifiers assigned, the last editor noted around the write, the decision process
 * and comment moderation checked, the publish rules applied, and last the archive queue, which runs
 * inside the publish rules' transaction.
 */
export const registerDocumentMiddlewares = (strapi: Core.Strapi): void => {
  use(strapi, invalidatePublicAnswers(strapi));
  use(strapi, protectArchiveQueue);
  use(strapi, cloneAsNewDraft(strapi));
  use(strapi, validateContentInput(strapi));
  use(strapi, checkDepartmentAssignment(strapi));
  use(strapi, checkRelationTargets(strapi));
  use(strapi, assignIdentifiers(strapi));
  use(strapi, forgetScheduleOnChange);
  use(strapi, trackLastEditor(strapi));
  use(strapi, checkDecisionStage(strapi));
  use(strapi, checkCommentReview(strapi));
  publishGateRemovers.push(
    use(strapi, checkInterpretationBeforePublish(strapi)),
    use(strapi, checkDocumentBeforeInterpretation(strapi)),
    use(strapi, checkAnnualReport(strapi)),
  );
  use(strapi, keepReplacedReportVersion(strapi));
  use(strapi, queueForArchive(strapi));
};

/** Only for bench/publish-gate.ts: the same publish with the gate switched off, to price the gate. */
export const removePublishGateForBenchmark = (): void => {
  for (const remove of publishGateRemovers.splice(0)) remove();
};
