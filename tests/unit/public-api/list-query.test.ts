import { listWhere, parseListQuery } from '../../../src/domain/public-api/list-query';
import { DOCUMENT_LIST, DECISION_LIST, PUBLIC_DOCUMENT } from '../../../src/domain/public-api/specs';

const codeOf = (query: Record<string, unknown>) => {
  const parsed = parseListQuery(query, DOCUMENT_LIST);
  return parsed.ok ? 'OK' : parsed.problem.code;
};

describe('parseListQuery 拒绝的请求', () => {
  test.each`
    label                         | query                                                                  | expected
    ${'无参数'}                   | ${{}}                                                                  | ${'OK'}
    ${'pageSize=-1'}              | ${{ pagination: { pageSize: '-1' } }}                                  | ${'INVALID_PAGINATION'}
    ${'pageSize=0'}               | ${{ pagination: { pageSize: '0' } }}                                   | ${'INVALID_PAGINATION'}
    ${'pageSize=100000'}          | ${{ pagination: { pageSize: '100000' } }}                              | ${'INVALID_PAGINATION'}
    ${'pageSize=abc'}             | ${{ pagination: { pageSize: 'abc' } }}                                 | ${'INVALID_PAGINATION'}
    ${'pageSize=1.5'}             | ${{ pagination: { pageSize: '1.5' } }}                                 | ${'INVALID_PAGINATION'}
    ${'page=0'}                   | ${{ pagination: { page: '0' } }}                                       | ${'INVALID_PAGINATION'}
    ${'pagination[limit]'}        | ${{ pagination: { limit: '1000' } }}                                   | ${'INVALID_PAGINATION'}
    ${'pagination 不是对象'}      | ${{ pagination: '5' }}                                                 | ${'INVALID_PAGINATION'}
    ${'pageSize=100'}             | ${{ pagination: { pageSize: '100' } }}                                 | ${'OK'}
    ${'未知排序'}                 | ${{ sort: 'disclosureReason:asc' }}                                    | ${'INVALID_SORT'}
    ${'排序为数组'}               | ${{ sort: ['title:asc'] }}                                             | ${'INVALID_SORT'}
    ${'title:asc'}                | ${{ sort: 'title:asc' }}                                               | ${'OK'}
    ${'按内部字段筛选'}           | ${{ filters: { disclosureReason: { $eq: 'x' } } }}                     | ${'INVALID_FILTER'}
    ${'按公开属性筛选'}           | ${{ filters: { disclosure: { $eq: 'on_request' } } }}                  | ${'INVALID_FILTER'}
    ${'$or 组合'}                 | ${{ filters: { $or: [{ title: { $eq: 'x' } }] } }}                     | ${'INVALID_FILTER'}
    ${'其他运算符'}               | ${{ filters: { docType: { $ne: 'notice' } } }}                         | ${'INVALID_FILTER'}
    ${'无效的公文种类'}           | ${{ filters: { docType: { $eq: 'secret' } } }}                         | ${'INVALID_FILTER'}
    ${'规范性文件取值不是布尔'}   | ${{ filters: { isNormative: { $eq: 'yes' } } }}                        | ${'INVALID_FILTER'}
    ${'按发布机构的内部字段筛选'} | ${{ filters: { issuingDepartment: { indexTemplate: { $eq: 'x' } } } }} | ${'INVALID_FILTER'}
    ${'发布机构代码'}             | ${{ filters: { issuingDepartment: { code: { $eq: 'jyj' } } } }}        | ${'OK'}
    ${'q 为空白'}                 | ${{ q: '   ' }}                                                        | ${'INVALID_KEYWORD'}
    ${'q 超过 50 字'}             | ${{ q: '政'.repeat(51) }}                                              | ${'INVALID_KEYWORD'}
    ${'q 为数组'}                 | ${{ q: ['a', 'b'] }}                                                   | ${'INVALID_KEYWORD'}
    ${"q 含 % _ '"}               | ${{ q: "50%_'" }}                                                      | ${'OK'}
    ${'year=26'}                  | ${{ year: '26' }}                                                      | ${'INVALID_FILTER'}
    ${'fields 含内部字段'}        | ${{ fields: ['title', 'disclosureReason'] }}                           | ${'INVALID_QUERY'}
    ${'populate 含内部字段'}      | ${{ populate: { issuingDepartment: { populate: ['members'] } } }}      | ${'INVALID_QUERY'}
    ${'populate=*'}               | ${{ populate: '*' }}                                                   | ${'OK'}
    ${'fields 只含公开字段'}      | ${{ fields: 'title,slug' }}                                            | ${'OK'}
  `('$label → $expected', ({ query, expected }) => {
    expect(codeOf(query)).toBe(expected);
  });
});

describe('parseListQuery 的默认值与结果', () => {
  test('默认第 1 页、每页 10 条、按成文日期倒序', () => {
    expect(parseListQuery({}, DOCUMENT_LIST)).toEqual({
      ok: true,
      value: {
        page: 1,
        pageSize: 10,
        sort: { field: 'issuedAt', order: 'desc' },
        filters: [],
        keyword: null,
        year: null,
      },
    });
  });

  test.each`
    label         | query                                                    | expected
    ${'年度'}     | ${{ filters: { year: { $eq: '2026' } } }}                | ${[{ field: 'year', value: 2026 }]}
    ${'承办单位'} | ${{ filters: { department: { code: { $eq: 'jyj' } } } }} | ${[{ field: 'department', value: 'jyj' }]}
    ${'决策阶段'} | ${{ filters: { stage: { $eq: 'listed' } } }}             | ${[{ field: 'stage', value: 'listed' }]}
  `('决策目录筛选：$label', ({ query, expected }) => {
    const parsed = parseListQuery(query, DECISION_LIST);
    expect(parsed.ok && parsed.value.filters).toEqual(expected);
  });

  test.each`
    label         | query
    ${'关键词'}   | ${{ q: '学校' }}
    ${'年份简写'} | ${{ year: '2026' }}
  `('决策目录不接受$label：INVALID_QUERY', ({ query }) => {
    const parsed = parseListQuery(query, DECISION_LIST);
    expect(parsed.ok ? 'OK' : parsed.problem.code).toBe('INVALID_QUERY');
  });
});

describe('listWhere', () => {
  test('公开条件、筛选、关键词（原样交给 $containsi）和年份都在查询条件中', () => {
    const parsed = parseListQuery(
      { filters: { topic: { code: { $eq: '11' } }, isNormative: { $eq: 'true' } }, q: ' 100%_ ', year: '2026' },
      DOCUMENT_LIST,
    );
    if (!parsed.ok) throw new Error(parsed.problem.message);

    expect(listWhere(parsed.value, DOCUMENT_LIST, PUBLIC_DOCUMENT)).toEqual({
      $and: [
        PUBLIC_DOCUMENT,
        { topic: { $or: [{ code: '11' }, { parent: { code: '11' } }] } },
        { isNormative: true },
        {
          $or: [
            { title: { $containsi: '100%_' } },
            { documentNumber: { $containsi: '100%_' } },
            { body: { $containsi: '100%_' } },
          ],
        },
        { issuedAt: { $gte: '2026-01-01', $lte: '2026-12-31' } },
      ],
    });
  });

  test('关联条件（发布机构、主题）交给调用方给出的写法，其他条件不变', () => {
    const parsed = parseListQuery(
      {
        filters: {
          issuingDepartment: { code: { $eq: 'edu' } },
          topic: { code: { $eq: '11' } },
          docType: { $eq: 'notice' },
        },
      },
      DOCUMENT_LIST,
    );
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const viaLinks = (relation: string, targetWhere: Record<string, unknown>) => ({
      linked: { relation, targetWhere },
    });

    expect(listWhere(parsed.value, DOCUMENT_LIST, PUBLIC_DOCUMENT, viaLinks)).toEqual({
      $and: [
        PUBLIC_DOCUMENT,
        { linked: { relation: 'issuingDepartment', targetWhere: { code: 'edu' } } },
        { linked: { relation: 'topic', targetWhere: { $or: [{ code: '11' }, { parent: { code: '11' } }] } } },
        { docType: 'notice' },
      ],
    });
  });
});
