import { AsyncLocalStorage } from 'async_hooks';

/**
 * Marks document-service calls that are part of a policy document's publish (同步发布), so the
 * interpretation gate knows an interpretation goes out together with its document. Set explicitly
 * around the co-publish, never inferred from the request.
 */
const coPublish = new AsyncLocalStorage<{ documentDocumentId: string }>();

export const runAsPartOfDocumentPublish = <T>(documentDocumentId: string, work: () => Promise<T>): Promise<T> =>
  coPublish.run({ documentDocumentId }, work);

export const documentBeingPublished = (): string | null => coPublish.getStore()?.documentDocumentId ?? null;
