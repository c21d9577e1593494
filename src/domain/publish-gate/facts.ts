import type { EnumValue } from '../enums';

/** An interpretation linked to the document being published. */
export interface InterpretationFacts {
  documentId: string;
  title: string;
  /** has a published version now */
  published: boolean;
  /** why its draft cannot be published (its own input checks); empty when it can */
  draftProblems: readonly string[];
  /** admin user who last changed its draft; null when unknown or not a person */
  lastEditorId: number | null;
}

/** What the gate knows about a policy document at the moment it would be published. */
export interface DocumentFacts {
  documentId: string | null;
  title: string;
  documentNumber: string | null;
  /** 成文日期, YYYY-MM-DD */
  issuedAt: string | null;
  isNormative: boolean;
  wideImpact: boolean;
  /** level of the issuing (lead) department: government documents always need interpretation */
  issuerLevel: EnumValue<'departmentLevel'> | null;
  disclosure: string | null;
  classification: string | null;
  secrecyReviewed: boolean;
  legalityReviewed: boolean;
  publishMode: string | null;
  redactionContent: string | null;
  redactionReason: string | null;
  forcePublishReason: string | null;
  /** admin user who last changed the draft (the creator, for a document created and published at once) */
  lastEditorId: number | null;
  interpretations: readonly InterpretationFacts[];
}

/** The person (or code) publishing. Code paths with no request have no rights beyond the rules. */
export interface Actor {
  /** the admin user; null for the content API and code, which no second pair of eyes applies to */
  id: number | null;
  canForcePublish: boolean;
}

/** What the gate knows about one interpretation being published, unpublished, deleted or moved. */
export interface InterpretationPublishFacts {
  /** the document it interprets after this write (null: none) */
  document: { title: string; published: boolean } | null;
  /** part of its document's publish (同步发布) */
  coPublishing: boolean;
  /** admin user who last changed its draft */
  lastEditorId: number | null;
  /** 强制发布理由 given with this publish (null: none) */
  forcePublishReason: string | null;
  /** the published document it currently interprets, when this write would leave it */
  leaving: LeavingFacts | null;
}

/** A published document that an interpretation is about to stop interpreting (unpublish, delete, move). */
export interface LeavingFacts {
  title: string;
  needsInterpretation: boolean;
  /** published interpretations of that document, this one included */
  publishedInterpretations: number;
}
