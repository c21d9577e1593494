import fs from 'fs';
import path from 'path';
import { FIELD_LABELS, type ContentTypeName } from '../../../src/domain/content/labels';
import { ENUMS, FIELD_ENUMS } from '../../../src/domain/enums';

const API_DIR = path.resolve(__dirname, '..', '..', '..', 'src', 'api');
const TYPES = Object.keys(FIELD_LABELS) as ContentTypeName[];

interface Schema {
  attributes: Record<string, { type: string; enum?: string[] }>;
}
const schemaOf = (type: string): Schema =>
  JSON.parse(fs.readFileSync(path.join(API_DIR, type, 'content-types', type, 'schema.json'), 'utf8'));

describe.each(TYPES)('%s 的 schema 与领域表一致', (type) => {
  const { attributes } = schemaOf(type);

  test('每个字段都有中文名称', () => {
    expect(Object.keys(attributes).filter((name) => !(name in FIELD_LABELS[type]))).toEqual([]);
  });

  test('每个枚举字段的取值与 ENUMS 表一致', () => {
    const enumFields = Object.entries(attributes).filter(([, a]) => a.type === 'enumeration');
    for (const [name, attribute] of enumFields) {
      const enumName = FIELD_ENUMS[type]?.[name];
      expect([name, enumName && Object.keys(ENUMS[enumName])]).toEqual([name, attribute.enum]);
    }
  });
});

test('所有枚举取值互不重复（管理后台按取值翻译选项）', () => {
  const values = Object.values(ENUMS).flatMap((table) => Object.keys(table));
  expect(values.filter((v, i) => values.indexOf(v) !== i)).toEqual([]);
});

test('SPEC 规定的固定取值', () => {
  expect(Object.keys(ENUMS.disclosure)).toEqual(['proactive', 'on_request', 'not_disclosed']);
  expect(Object.keys(ENUMS.classification)).toEqual([
    'unclassified',
    'internal',
    'confidential',
    'secret',
    'top_secret',
  ]);
  expect(Object.keys(ENUMS.publishMode)).toEqual(['full', 'redacted']);
  expect(Object.keys(ENUMS.archiveStatus)).toEqual(['pending', 'transferred', 'failed', 'cancelled']);
  expect(Object.keys(ENUMS.archiveReason)).toEqual(['first-publish', 'changed', 'withdrawn']);
});
