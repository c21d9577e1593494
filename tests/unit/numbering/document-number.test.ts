import { formatDocumentNumber, parseDocumentNumber } from '../../../src/domain/numbering/document-number';

describe('parseDocumentNumber 合法的发文字号', () => {
  test.each`
    label               | input                        | agencyCode      | year    | serial
    ${'市政府办公室'}   | ${'咸政办发〔2021〕12号'}    | ${'咸政办发'}   | ${2021} | ${12}
    ${'区府办'}         | ${'徐府办发〔2018〕20号'}    | ${'徐府办发'}   | ${2018} | ${20}
    ${'通字类'}         | ${'汉政办通字〔2017〕168号'} | ${'汉政办通字'} | ${2017} | ${168}
    ${'序号为 1'}       | ${'清政发〔2026〕1号'}       | ${'清政发'}     | ${2026} | ${1}
    ${'首尾空格被忽略'} | ${'  清教发〔2026〕5号 '}    | ${'清教发'}     | ${2026} | ${5}
    ${'代字含字母'}     | ${'X政办发〔2024〕3号'}      | ${'X政办发'}    | ${2024} | ${3}
  `('$label：$input', ({ input, agencyCode, year, serial }) => {
    expect(parseDocumentNumber(input)).toEqual({ ok: true, value: { agencyCode, year, serial } });
  });

  test('formatDocumentNumber 与 parse 互逆', () => {
    expect(formatDocumentNumber({ agencyCode: '咸政办发', year: 2021, serial: 12 })).toBe('咸政办发〔2021〕12号');
  });
});

describe('parseDocumentNumber 不合法的发文字号', () => {
  const EXPECTED = '应为机关代字〔年份〕序号号，如“某政办发〔2024〕12号”（年份用六角括号〔〕，序号不编虚位）';
  test.each`
    label             | input                      | problem                  | hint
    ${'方括号'}       | ${'咸政办发[2021]12号'}    | ${'WRONG_BRACKETS'}      | ${'（年份须用六角括号〔〕）'}
    ${'全角圆括号'}   | ${'咸政办发（2021）12号'}  | ${'WRONG_BRACKETS'}      | ${'（年份须用六角括号〔〕）'}
    ${'半角圆括号'}   | ${'咸政办发(2021)12号'}    | ${'WRONG_BRACKETS'}      | ${'（年份须用六角括号〔〕）'}
    ${'方头括号'}     | ${'咸政办发【2021】12号'}  | ${'WRONG_BRACKETS'}      | ${'（年份须用六角括号〔〕）'}
    ${'序号编虚位'}   | ${'咸政办发〔2021〕012号'} | ${'LEADING_ZERO'}        | ${'（序号不编虚位，不加“0”）'}
    ${'缺少机关代字'} | ${'〔2021〕12号'}          | ${'MISSING_AGENCY_CODE'} | ${'（缺少机关代字）'}
    ${'两位年份'}     | ${'咸政办发〔21〕12号'}    | ${'MALFORMED'}           | ${''}
    ${'缺少“号”'}     | ${'咸政办发〔2021〕12'}    | ${'MALFORMED'}           | ${''}
    ${'缺少序号'}     | ${'咸政办发〔2021〕号'}    | ${'MALFORMED'}           | ${''}
    ${'序号为 0'}     | ${'咸政办发〔2021〕0号'}   | ${'MALFORMED'}           | ${''}
    ${'自由文本'}     | ${'第十二号文件'}          | ${'MALFORMED'}           | ${''}
    ${'空字符串'}     | ${''}                      | ${'EMPTY'}               | ${'（不能为空）'}
  `('$label：“$input”', ({ input, problem, hint }) => {
    expect(parseDocumentNumber(input)).toEqual({
      ok: false,
      problem,
      message: `发文字号格式不正确${hint}：${EXPECTED}，当前为“${input.trim()}”`,
    });
  });
});
