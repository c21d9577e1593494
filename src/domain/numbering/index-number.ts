/**
 * 索引号 templates. There is no national standard: every publisher has its own pattern, e.g.
 * `000014349/2021-00072`, `xzfgzbmzfb/2017-0168`, `SY0024361740201800083`. A template is text with
 * placeholders: `{code}` 机构代码, `{year}` 年份, `{seq:N}` N-digit zero-padded sequence (per department and year).
 */
export const DEFAULT_INDEX_TEMPLATE = '{code}/{year}-{seq:5}';

const PLACEHOLDER = /\{(code|year|seq)(?::(\d+))?\}/g;
const LITERAL = /^[0-9A-Za-z/_.-]*$/;

export interface IndexNumberParts {
  code: string;
  year: number;
  seq: number;
}

export type TemplateCheck = { ok: true } | { ok: false; message: string };

export const checkIndexTemplate = (template: string): TemplateCheck => {
  const seqCount = (template.match(/\{seq(?::\d+)?\}/g) ?? []).length;
  if (seqCount !== 1) {
    return { ok: false, message: `索引号模板须包含且仅包含一个流水号占位符 {seq:N}，当前为“${template}”` };
  }
  if (!template.includes('{year}')) {
    return { ok: false, message: `索引号模板须包含年份占位符 {year}，当前为“${template}”` };
  }
  const literal = template.replace(PLACEHOLDER, '');
  if (/[{}]/.test(literal)) {
    return {
      ok: false,
      message: `索引号模板只能使用 {code}、{year}、{seq:N} 占位符，当前为“${template}”`,
    };
  }
  if (!LITERAL.test(literal)) {
    return {
      ok: false,
      message: `索引号模板的固定部分只能使用字母、数字和 / - _ .，当前为“${template}”`,
    };
  }
  return { ok: true };
};

export const renderIndexNumber = (template: string, parts: IndexNumberParts): string =>
  template.replace(PLACEHOLDER, (_whole, name: string, width: string | undefined) => {
    if (name === 'code') return parts.code;
    if (name === 'year') return String(parts.year);
    return String(parts.seq).padStart(Number(width ?? 1), '0');
  });
