import type { DocumentFacts, InterpretationFacts } from '../../../src/domain/publish-gate/facts';

/** Facts of a document that passes every rule, and of a linked interpretation draft; tests override one field each. */
export const interpretation = (overrides: Partial<InterpretationFacts> = {}): InterpretationFacts => ({
  documentId: 'i1',
  title: '解读',
  published: false,
  draftProblems: [],
  lastEditorId: null,
  ...overrides,
});

export const doc = (overrides: Partial<DocumentFacts> = {}): DocumentFacts => ({
  documentId: 'd1',
  title: '关于测试的通知',
  documentNumber: null,
  issuedAt: '2026-11-20',
  isNormative: false,
  wideImpact: false,
  issuerLevel: 'department',
  disclosure: 'proactive',
  classification: 'unclassified',
  secrecyReviewed: true,
  legalityReviewed: true,
  publishMode: 'full',
  redactionContent: null,
  redactionReason: null,
  forcePublishReason: null,
  lastEditorId: null,
  interpretations: [],
  ...overrides,
});
