import type { Core } from '@strapi/strapi';
import { FIELD_LABELS } from '../domain/content/labels';
import { ENUMS } from '../domain/enums';
import { INTERPRETATION_SECTIONS } from '../domain/public-api/shapes';

const PATH = '/portal/labels.js';

/**
 * The demo portal's Chinese names (filter options, interpretation sections) as the browser module it
 * imports, written from the same tables the admin, validation and the API documentation read — so the
 * portal never keeps a copy that can drift.
 */
/** A decision item's materials in the order of the process, as its portal page lists them. */
const DECISION_MATERIALS_IN_ORDER = [
  'background',
  'draftText',
  'draftExplanation',
  'expertOpinion',
  'riskAssessment',
  'legalityOpinion',
  'meetingMinutes',
  'commentAdoption',
  'publicAttendance',
  'decisionResult',
  'effectEvaluation',
] as const;

const portalLabelsModule = (): string => {
  const interpretationLabels: Record<string, string> = FIELD_LABELS['policy-interpretation'];
  const decisionLabels: Record<string, string> = FIELD_LABELS['decision-item'];
  const exports: Record<string, unknown> = {
    DOC_TYPES: ENUMS.docType,
    VALIDITY: ENUMS.validity,
    INTERPRETATION_FORMS: ENUMS.interpretationForm,
    INTERPRETATION_SECTIONS: INTERPRETATION_SECTIONS.map((name) => [name, interpretationLabels[name]]),
    DECISION_MATERIALS: DECISION_MATERIALS_IN_ORDER.map((name) => [name, decisionLabels[name]]),
  };
  return Object.entries(exports)
    .map(([name, value]) => `export const ${name} = ${JSON.stringify(value, null, 2)};\n`)
    .join('\n');
};

const portalLabels: Core.MiddlewareFactory = () => {
  const body = portalLabelsModule();
  return async (ctx, next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || ctx.path !== PATH) return next();
    ctx.type = 'text/javascript; charset=utf-8';
    ctx.set('Cache-Control', 'public, max-age=60');
    ctx.body = body;
  };
};

export default portalLabels;
