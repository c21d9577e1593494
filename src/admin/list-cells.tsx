import * as React from 'react';
import { Typography } from '@strapi/design-system';
import { enumLabel, FIELD_ENUMS } from '../domain/enums';

/** What the content manager passes to the list view's column hook, as far as we use it. */
interface ListHeader {
  name: string;
  attribute?: { type?: string };
  cellFormatter?: (row: Record<string, unknown>, header: ListHeader, context: { model: string }) => React.ReactNode;
}

interface ColumnHookArgs {
  displayedHeaders: ListHeader[];
  layout: unknown;
}

/** `api::policy-document.policy-document` → `policy-document`, the key of FIELD_ENUMS. */
const typeNameOf = (model: string) => model.slice(model.indexOf('.') + 1);

const Cell = ({ children }: { children: React.ReactNode }) => (
  <Typography textColor="neutral800">{children}</Typography>
);

const enumCell: ListHeader['cellFormatter'] = (row, header, { model }) => {
  const value = row[header.name];
  if (typeof value !== 'string') return <Cell>-</Cell>;
  const name = FIELD_ENUMS[typeNameOf(model)]?.[header.name];
  return <Cell>{name ? enumLabel(name, value) : value}</Cell>;
};

const booleanCell: ListHeader['cellFormatter'] = (row, header) => {
  const value = row[header.name];
  return <Cell>{value === true ? '是' : value === false ? '否' : '-'}</Cell>;
};

/**
 * List cells show the Chinese label of an enumeration value (主动公开, not `proactive`) and 是/否 for
 * booleans: the same labels the edit view shows, from the one table in src/domain/enums.ts.
 */
export const chineseListCells = ({ displayedHeaders, layout }: ColumnHookArgs): ColumnHookArgs => ({
  layout,
  displayedHeaders: displayedHeaders.map((header) => {
    if (header.attribute?.type === 'enumeration') return { ...header, cellFormatter: enumCell };
    if (header.attribute?.type === 'boolean') return { ...header, cellFormatter: booleanCell };
    return header;
  }),
});
