/**
 * Limits on what one request may carry, so that bad or hostile input is refused with a reason instead
 * of exhausting the stack (deeply nested JSON), the database's bound-variable limit (tens of thousands
 * of ids in one `IN`) or memory.
 */
export const BODY_LIMITS = {
  /** JSON and form bodies */
  jsonBytes: 2 * 1024 * 1024,
  /** one uploaded file */
  fileBytes: 50 * 1024 * 1024,
  /** nesting of objects and arrays in a body */
  depth: 32,
  /** entries in any one array of a body (ids of a bulk action, entries connected at once) */
  arrayItems: 1000,
} as const;

export interface RequestProblem {
  code:
    | 'BODY_TOO_DEEP'
    | 'TOO_MANY_ITEMS'
    | 'BODY_NOT_JSON_OBJECT'
    | 'BODY_TOO_LARGE'
    | 'BODY_INVALID_JSON'
    | 'MULTIPART_INVALID';
  message: string;
  path?: string[];
}

export const megabytes = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;

export const BODY_PROBLEMS = {
  notJsonObject: (): RequestProblem => ({
    code: 'BODY_NOT_JSON_OBJECT',
    message: '请求内容须为 JSON 对象（Content-Type: application/json）',
  }),
  tooLarge: (limitBytes: number): RequestProblem => ({
    code: 'BODY_TOO_LARGE',
    message: `请求内容过大，不能超过 ${megabytes(limitBytes)}`,
  }),
  invalidJson: (): RequestProblem => ({ code: 'BODY_INVALID_JSON', message: '请求内容不是有效的 JSON' }),
  invalidMultipart: (): RequestProblem => ({
    code: 'MULTIPART_INVALID',
    message: '上传内容格式不正确（multipart/form-data 须带 boundary）',
  }),
};

type Frame = { value: unknown; depth: number; path: string[] };

/**
 * The first limit a parsed body breaks, or null. Walks the body with an explicit stack, so a body
 * nested thousands deep is measured without recursion.
 */
export const checkBodyShape = (body: unknown): RequestProblem | null => {
  const stack: Frame[] = [{ value: body, depth: 0, path: [] }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop() as Frame;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= BODY_LIMITS.depth) {
      return { code: 'BODY_TOO_DEEP', message: `请求内容嵌套层级过深，不能超过 ${BODY_LIMITS.depth} 层` };
    }
    const entries: [string, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [String(index), item])
      : Object.entries(value);
    if (Array.isArray(value) && value.length > BODY_LIMITS.arrayItems) {
      const where = path.length > 0 ? `「${path.join('.')}」` : '';
      return {
        code: 'TOO_MANY_ITEMS',
        path,
        message: `一次最多提交 ${BODY_LIMITS.arrayItems} 项，${where}有 ${value.length} 项，请分批操作`,
      };
    }
    for (const [key, item] of entries) stack.push({ value: item, depth: depth + 1, path: [...path, key] });
  }
  return null;
};

const MULTIPART = /^multipart\//i;

/** A multipart body must name its boundary, or no parser can split it. */
export const checkContentType = (contentType: string | undefined): RequestProblem | null =>
  contentType && MULTIPART.test(contentType) && !/;\s*boundary=/i.test(contentType)
    ? BODY_PROBLEMS.invalidMultipart()
    : null;
