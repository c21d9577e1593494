import { FIELD_ENUMS } from '../enums';
import { FIELD_LABELS, type ContentTypeName } from './labels';
import { validateInput, type FieldSpec } from './validate-input';

/**
 * Why a stored draft cannot be published as it is (its own input checks), as messages: the gate asks
 * this of every interpretation that would go out with its document. `fields` is the type's schema.
 */
export const draftPublishProblems = (
  type: ContentTypeName,
  fields: Readonly<Record<string, FieldSpec>>,
  draft: Readonly<Record<string, unknown>>,
): string[] =>
  validateInput({
    fields,
    labels: FIELD_LABELS[type],
    enums: FIELD_ENUMS[type] ?? {},
    data: {},
    stored: draft,
    requiredInDraft: [],
    publishing: true,
  }).map((error) => error.message);
