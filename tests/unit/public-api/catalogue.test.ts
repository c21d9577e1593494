import { buildCatalogue } from '../../../src/domain/public-api/catalogue';

const department = (documentId: string, code: string, parent: string | null = null) => ({
  documentId,
  code,
  name: `部门${code}`,
  level: parent ? 'department' : 'government',
  parent: parent ? { code: parent } : null,
});
const doc = (departmentId: string | null, topic: string | null) => ({
  issuingDepartment: departmentId ? { documentId: departmentId } : null,
  topic: topic ? { code: topic, name: `主题${topic}` } : null,
});

describe('buildCatalogue', () => {
  test('每个部门按给定顺序列出，统计文件数和有文件的主题；总数为全部公开文件', () => {
    const catalogue = buildCatalogue(
      [department('g', '01'), department('e', '03', '01'), department('h', '04', '01')],
      [doc('e', '1101'), doc('e', '0501'), doc('e', '1101'), doc('g', null), doc(null, '1101')],
    );

    expect(catalogue).toEqual({
      data: [
        {
          documentId: 'g',
          code: '01',
          name: '部门01',
          level: 'government',
          levelLabel: '人民政府',
          parentCode: null,
          count: 1,
          topics: [],
        },
        {
          documentId: 'e',
          code: '03',
          name: '部门03',
          level: 'department',
          levelLabel: '政府工作部门',
          parentCode: '01',
          count: 3,
          topics: [
            { code: '0501', name: '主题0501', count: 1 },
            { code: '1101', name: '主题1101', count: 2 },
          ],
        },
        {
          documentId: 'h',
          code: '04',
          name: '部门04',
          level: 'department',
          levelLabel: '政府工作部门',
          parentCode: '01',
          count: 0,
          topics: [],
        },
      ],
      meta: { total: 5 },
    });
  });
});
