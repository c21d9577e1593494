import { enumLabel } from '../enums';

/** Stable forever: API clients key on these. */
export type ReasonCode =
  | 'INTERPRETATION_REQUIRED'
  | 'INTERPRETATION_NOT_READY'
  | 'DISCLOSURE_NOT_PROACTIVE'
  | 'CLASSIFIED'
  | 'SECRECY_REVIEW_MISSING'
  | 'LEGALITY_REVIEW_MISSING'
  | 'REDACTION_REASON_MISSING'
  | 'DOCUMENT_NOT_PUBLISHED'
  | 'LAST_INTERPRETATION'
  | 'SAME_EDITOR';

export interface Reason {
  code: ReasonCode;
  message: string;
  /** set when the reason concerns another document than the one acted on */
  documentId?: string;
}

/** Why a document needs an interpretation, in the words of the 三同步 rule. */
export type InterpretationGround = 'normative' | 'wide-impact' | 'government';

export const INTERPRETATION_GROUNDS: Record<InterpretationGround, string> = {
  normative: '规范性文件',
  'wide-impact': '涉及群众切身利益或社会关注度高的文件',
  government: '以政府或政府办公室名义印发的文件',
};

export const REASONS = {
  interpretationRequired: (ground: InterpretationGround): Reason => ({
    code: 'INTERPRETATION_REQUIRED',
    message: `该文件为${INTERPRETATION_GROUNDS[ground]}，须同步发布政策解读，请先关联并发布解读材料`,
  }),
  interpretationNotReady: (title: string, problems: readonly string[], documentId: string): Reason => ({
    code: 'INTERPRETATION_NOT_READY',
    message: `关联的解读《${title}》不能同步发布：${problems.join('；')}`,
    documentId,
  }),
  disclosureNotProactive: (disclosure: string | null): Reason => ({
    code: 'DISCLOSURE_NOT_PROACTIVE',
    message: disclosure
      ? `该文件的公开属性为“${enumLabel('disclosure', disclosure)}”，只有主动公开的文件可以在网站发布`
      : '该文件未设置公开属性，只有主动公开的文件可以在网站发布',
  }),
  classified: (classification: string | null): Reason => ({
    code: 'CLASSIFIED',
    message: classification
      ? `该文件密级为“${enumLabel('classification', classification)}”，只有非密文件可以发布`
      : '该文件未标明密级，只有非密文件可以发布',
  }),
  secrecyReviewMissing: (): Reason => ({
    code: 'SECRECY_REVIEW_MISSING',
    message: '发布前须完成保密审查，请确认“已通过保密审查”',
  }),
  legalityReviewMissing: (): Reason => ({
    code: 'LEGALITY_REVIEW_MISSING',
    message: '发布前须完成合法性审查，请确认“已通过合法性审查”',
  }),
  redactionReasonMissing: (): Reason => ({
    code: 'REDACTION_REASON_MISSING',
    message: '删减后公开须填写删减内容和删减理由',
  }),
  documentNotPublished: (title: string): Reason => ({
    code: 'DOCUMENT_NOT_PUBLISHED',
    message: `所解读的文件《${title}》尚未发布，解读不能先于文件发布，请在该文件页面点击“发布”，文件与解读同步发布`,
  }),
  noDocument: (): Reason => ({
    code: 'DOCUMENT_NOT_PUBLISHED',
    message: '解读未关联所解读的文件，请先关联文件，并在文件页面点击“发布”同步发布',
  }),
  sameEditor: (what: 'document' | 'interpretation'): Reason => ({
    code: 'SAME_EDITOR',
    message: `您是${what === 'document' ? '该文件' : '该解读'}的最后编辑人，按“第二双眼睛”规则须由其他审核人发布${
      what === 'document' ? '（公开办可填写强制发布理由后发布）' : ''
    }`,
  }),
  sameEditorOfInterpretation: (title: string, documentId: string): Reason => ({
    code: 'SAME_EDITOR',
    message: `您是同步发布的解读《${title}》的最后编辑人，按“第二双眼睛”规则须由其他审核人发布`,
    documentId,
  }),
  lastInterpretation: (title: string): Reason => ({
    code: 'LAST_INTERPRETATION',
    message: `该解读是已发布文件《${title}》唯一已发布的解读，文件仍处于发布状态时不能撤销发布、删除或改为解读其他文件`,
  }),
};
