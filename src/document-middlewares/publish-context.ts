import { AsyncLocalStorage } from 'async_hooks';

/**
 * Marks document-service calls that are part of a policy document's publish (同步发布): the document
 * gate has already established that these interpretations are unpublished drafts of that document
 * that pass their own checks. Set explicitly around the co-publish, never inferred from the request.
 */
interface CoPublish {
  documentDocumentId: string;
  interpretationIds: ReadonlySet<string>;
}

const coPublish = new AsyncLocalStorage<CoPublish>();

export const runAsPartOfDocumentPublish = <T>(
  documentDocumentId: string,
  interpretationIds: readonly string[],
  work: () => Promise<T>,
): Promise<T> => coPublish.run({ documentDocumentId, interpretationIds: new Set(interpretationIds) }, work);

/** Whether this interpretation is being published together with its document right now. */
export const isCoPublished = (interpretationDocumentId: string): boolean =>
  coPublish.getStore()?.interpretationIds.has(interpretationDocumentId) === true;
