import { fieldLabel } from '../content/labels';
import { STAGE_ORDER, stageLabel } from '../decisions/stages';
import { refuse, type Parsed } from './problems';
import { DECISION_MATERIALS, decisionItem, type DecisionRow } from './shapes';

/** The materials a catalogue row links to: every material field but the shortening reason. */
type CatalogueMaterial = Exclude<(typeof DECISION_MATERIALS)[number], 'consultationShortReason'>;
export const CATALOGUE_MATERIALS = DECISION_MATERIALS.filter(
  (field): field is CatalogueMaterial => field !== 'consultationShortReason',
);

export type CatalogueRow = DecisionRow & Record<CatalogueMaterial, string | null> & { stageHistory: unknown };

interface HistoryEntry {
  stage: string;
  reachedOn: string;
  skipped?: string[];
}

const historyOf = (value: unknown): HistoryEntry[] => (Array.isArray(value) ? (value as HistoryEntry[]) : []);

export const parseCatalogueYear = (value: string): Parsed<number> => {
  const year = Number(value);
  return /^\d{4}$/.test(value) && year >= 2000 && year <= 2100
    ? { ok: true, value: year }
    : refuse(
        'INVALID_FILTER',
        `目录年度须为 2000–2100 之间的四位数字，如 /api/decision-catalogue/2026，收到“${value}”`,
      );
};

/** One row of the year's catalogue: the item, when each stage was reached or passed over, and its materials. */
const catalogueRow = (row: CatalogueRow, today: string) => {
  const history = historyOf(row.stageHistory);
  return {
    ...decisionItem(row, today),
    stages: STAGE_ORDER.map((stage) => ({
      stage,
      stageLabel: stageLabel(stage),
      reachedOn: history.find((entry) => entry.stage === stage)?.reachedOn ?? null,
      skipped: history.some((entry) => (entry.skipped ?? []).includes(stage)),
    })),
    materials: CATALOGUE_MATERIALS.filter((field) => (row[field] ?? '').trim() !== '').map((field) => ({
      field,
      label: fieldLabel('decision-item', field),
    })),
  };
};

export const decisionCatalogue = (year: number, rows: readonly CatalogueRow[], today: string) => ({
  data: { year, items: rows.map((row) => catalogueRow(row, today)) },
  meta: { total: rows.length },
});
