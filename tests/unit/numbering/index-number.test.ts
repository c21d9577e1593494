import {
  checkIndexTemplate,
  DEFAULT_INDEX_TEMPLATE,
  renderIndexNumber,
} from '../../../src/domain/numbering/index-number';

describe('renderIndexNumber 按模板生成索引号', () => {
  test.each`
    label                       | template                   | code                             | year    | seq    | expected
    ${'默认模板'}               | ${DEFAULT_INDEX_TEMPLATE}  | ${'000014349'}                   | ${2021} | ${72}  | ${'000014349/2021-00072'}
    ${'统一社会信用代码'}       | ${DEFAULT_INDEX_TEMPLATE}  | ${'00001434911610424305359858H'} | ${2023} | ${118} | ${'00001434911610424305359858H/2023-00118'}
    ${'四位流水号'}             | ${'{code}/{year}-{seq:4}'} | ${'xzfgzbmzfb'}                  | ${2017} | ${168} | ${'xzfgzbmzfb/2017-0168'}
    ${'前缀式无分隔符'}         | ${'SY{code}{year}{seq:5}'} | ${'0024361740'}                  | ${2018} | ${83}  | ${'SY0024361740201800083'}
    ${'流水号超出位数时不截断'} | ${'{code}-{year}-{seq:2}'} | ${'A1'}                          | ${2026} | ${123} | ${'A1-2026-123'}
  `('$label → $expected', ({ template, code, year, seq, expected }) => {
    expect(renderIndexNumber(template, { code, year, seq })).toBe(expected);
  });
});

describe('checkIndexTemplate 校验模板', () => {
  test.each`
    label               | template                     | message
    ${'默认模板'}       | ${DEFAULT_INDEX_TEMPLATE}    | ${null}
    ${'前缀式'}         | ${'SY{code}{year}{seq:5}'}   | ${null}
    ${'缺少流水号'}     | ${'{code}/{year}'}           | ${'索引号模板须包含且仅包含一个流水号占位符 {seq:N}，当前为“{code}/{year}”'}
    ${'两个流水号'}     | ${'{seq:2}{year}{seq:3}'}    | ${'索引号模板须包含且仅包含一个流水号占位符 {seq:N}，当前为“{seq:2}{year}{seq:3}”'}
    ${'缺少年份'}       | ${'{code}-{seq:5}'}          | ${'索引号模板须包含年份占位符 {year}，当前为“{code}-{seq:5}”'}
    ${'未知占位符'}     | ${'{dept}/{year}-{seq:5}'}   | ${'索引号模板只能使用 {code}、{year}、{seq:N} 占位符，当前为“{dept}/{year}-{seq:5}”'}
    ${'固定部分含中文'} | ${'清{code}/{year}-{seq:5}'} | ${'索引号模板的固定部分只能使用字母、数字和 / - _ .，当前为“清{code}/{year}-{seq:5}”'}
  `('$label', ({ template, message }) => {
    expect(checkIndexTemplate(template)).toEqual(message === null ? { ok: true } : { ok: false, message });
  });
});
