import { isValidEmail } from '../content/validate-input';
import type { Problem } from './problems';
import { isOpenForComments, type Instant } from './shapes';

export const MAX_COMMENT_LENGTH = 5000;
export const MIN_COMMENT_LENGTH = 5;

/**
 * What a browser would read as markup: a tag (`<b>`, `</p>`, `<script …>`, `<img src=x onerror=…>`), a
 * comment or a processing instruction. `3 < 5`, `<100万>` and `《通知》` are text.
 */
const MARKUP = /<\/?[a-zA-Z][^<>]*>|<!--|<\?[a-zA-Z]/u;
const MAX_CONTACT_LENGTH = 50;

/** What the public may submit; the contact fields are stored privately and never returned. */
export interface CommentSubmission {
  decisionItem: string;
  content: string;
  commenterName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
}

/** The published decision item a comment is for, as far as the consultation rule needs it. */
export interface ConsultationFacts {
  stage: string;
  consultationStart: Instant | null;
  consultationEnd: Instant | null;
}

export type CommentCheck = { ok: true; value: CommentSubmission } | { ok: false; problems: Problem[] };

const SUBMITTABLE = ['decisionItem', 'content', 'commenterName', 'contactPhone', 'contactEmail'];
const CONTACT_LABELS = { commenterName: '姓名', contactPhone: '联系电话', contactEmail: '电子邮箱' } as const;

const dataOf = (body: unknown): Record<string, unknown> | null => {
  const data = typeof body === 'object' && body !== null ? (body as { data?: unknown }).data : undefined;
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
};

/** The documentId the comment names, to be looked up before `checkComment`. */
export const commentTarget = (body: unknown): string | null => {
  const target = dataOf(body)?.decisionItem;
  return typeof target === 'string' && target.trim() !== '' ? target.trim() : null;
};

const contactProblem = (field: keyof typeof CONTACT_LABELS, value: unknown): Problem | null => {
  if (value === undefined || value === null || value === '') return null;
  const label = CONTACT_LABELS[field];
  if (typeof value !== 'string') return { code: 'INVALID_CONTACT', message: `「${label}」须为文本` };
  if ([...value].length > MAX_CONTACT_LENGTH) {
    return { code: 'INVALID_CONTACT', message: `「${label}」不能超过 ${MAX_CONTACT_LENGTH} 个字符` };
  }
  if (field === 'contactEmail' && !isValidEmail(value)) {
    return { code: 'INVALID_CONTACT', message: '「电子邮箱」格式不正确' };
  }
  return null;
};

const contentProblem = (content: unknown): Problem | null => {
  if (content !== undefined && content !== null && typeof content !== 'string') {
    return { code: 'CONTENT_NOT_TEXT', message: '意见内容须为文本' };
  }
  if (typeof content !== 'string' || content.trim() === '') {
    return { code: 'CONTENT_REQUIRED', message: '请填写意见内容' };
  }
  const length = [...content].length;
  if (length > MAX_COMMENT_LENGTH) {
    return { code: 'CONTENT_TOO_LONG', message: `意见内容不能超过 ${MAX_COMMENT_LENGTH} 个字符，当前为 ${length} 个` };
  }
  if ([...content.trim()].length < MIN_COMMENT_LENGTH) {
    return { code: 'CONTENT_TOO_SHORT', message: `意见内容不能少于 ${MIN_COMMENT_LENGTH} 个字` };
  }
  const markup = MARKUP.exec(content);
  const shown = markup && markup[0].length > 20 ? `${markup[0].slice(0, 20)}…` : markup?.[0];
  return markup
    ? {
        code: 'CONTENT_HAS_MARKUP',
        message: `意见内容须为纯文本，不能包含 HTML 标签（发现“${shown}”），请删除后重新提交`,
      }
    : null;
};

const consultationProblem = (item: ConsultationFacts | null, today: string): Problem | null => {
  if (item === null) return { code: 'DECISION_ITEM_NOT_FOUND', message: '所选决策事项不存在或未公开' };
  return isOpenForComments(item, today)
    ? null
    : { code: 'CONSULTATION_CLOSED', message: '该决策事项当前不在公开征求意见期内，不能提交意见' };
};

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** Every problem with a public comment at once; `item` is the published decision item it names, if any. */
export const checkComment = (body: unknown, item: ConsultationFacts | null, today: string): CommentCheck => {
  const data = dataOf(body);
  if (data === null) {
    return { ok: false, problems: [{ code: 'INVALID_BODY', message: '请求体须为 { "data": { … } }' }] };
  }
  const unknownField = Object.keys(data).find((key) => !SUBMITTABLE.includes(key));
  const problems = [
    unknownField === undefined
      ? null
      : ({ code: 'INVALID_BODY', message: `不能提交字段“${unknownField}”` } satisfies Problem),
    consultationProblem(item, today),
    contentProblem(data.content),
    ...(Object.keys(CONTACT_LABELS) as (keyof typeof CONTACT_LABELS)[]).map((field) =>
      contactProblem(field, data[field]),
    ),
  ].filter((problem): problem is Problem => problem !== null);
  const target = commentTarget(body);
  if (problems.length > 0 || target === null) return { ok: false, problems };
  return {
    ok: true,
    value: {
      decisionItem: target,
      content: data.content as string,
      commenterName: text(data.commenterName),
      contactPhone: text(data.contactPhone),
      contactEmail: text(data.contactEmail),
    },
  };
};
