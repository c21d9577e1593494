/**
 * 发文字号: 机关代字〔年份〕序号号 (GB/T 9704-2012 7.2.4), e.g. 咸政办发〔2021〕12号.
 * The year sits in hexagonal brackets 〔〕 (U+3014/U+3015), the serial number has no leading zeros.
 */
export interface DocumentNumber {
  agencyCode: string;
  year: number;
  serial: number;
}

export type DocumentNumberProblem = 'EMPTY' | 'WRONG_BRACKETS' | 'LEADING_ZERO' | 'MISSING_AGENCY_CODE' | 'MALFORMED';

export type DocumentNumberParse =
  { ok: true; value: DocumentNumber } | { ok: false; problem: DocumentNumberProblem; message: string };

const WELL_FORMED = /^(\S+?)〔(\d{4})〕([1-9]\d{0,5})号$/u;
const ANY_BRACKETS = /^(\S*?)[[［(（【〔{｛<《]\s*(\d{4})\s*[\]］)）】〕}｝>》](\d+)号?$/u;
const EXPECTED_FORM = '机关代字〔年份〕序号号，如“某政办发〔2024〕12号”（年份用六角括号〔〕，序号不编虚位）';

const refuse = (problem: DocumentNumberProblem, given: string, hint: string): DocumentNumberParse => ({
  ok: false,
  problem,
  message: `发文字号格式不正确${hint}：应为${EXPECTED_FORM}，当前为“${given}”`,
});

export const parseDocumentNumber = (input: string): DocumentNumberParse => {
  const given = input.trim();
  if (given === '') return refuse('EMPTY', given, '（不能为空）');
  const match = WELL_FORMED.exec(given);
  if (match) {
    return {
      ok: true,
      value: { agencyCode: match[1], year: Number(match[2]), serial: Number(match[3]) },
    };
  }
  const loose = ANY_BRACKETS.exec(given);
  if (loose) {
    const [, agency, , serial] = loose;
    if (agency === '') return refuse('MISSING_AGENCY_CODE', given, '（缺少机关代字）');
    if (!given.includes('〔') || !given.includes('〕')) {
      return refuse('WRONG_BRACKETS', given, '（年份须用六角括号〔〕）');
    }
    if (/^0+[1-9]/.test(serial)) return refuse('LEADING_ZERO', given, '（序号不编虚位，不加“0”）');
  }
  return refuse('MALFORMED', given, '');
};

export const formatDocumentNumber = ({ agencyCode, year, serial }: DocumentNumber): string =>
  `${agencyCode}〔${year}〕${serial}号`;
