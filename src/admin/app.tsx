import type { StrapiApp } from '@strapi/strapi/admin';
import { ENUMS } from '../domain/enums';
import { PrefillAction } from './annual-report/PrefillAction';
import { DownloadBatchAction, MarkFailedAction, MarkTransferredAction } from './archive/ArchiveActions';

/** Enumeration values are ASCII; the content manager renders each option as a message id. */
const enumLabels = Object.fromEntries(
  Object.values(ENUMS).flatMap((table) => Object.entries(table as Record<string, string>)),
);

const LANGUAGE_KEY = 'strapi-admin-language';

interface ContentManagerApis {
  addBulkAction(actions: unknown[]): void;
  addDocumentAction(actions: unknown[]): void;
}

export default {
  config: {
    locales: ['zh-Hans'],
    translations: { 'zh-Hans': enumLabels, en: enumLabels },
  },
  register() {
    if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'zh-Hans');
  },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager') as unknown as { apis: ContentManagerApis };
    contentManager.apis.addBulkAction([MarkTransferredAction, MarkFailedAction, DownloadBatchAction]);
    contentManager.apis.addDocumentAction([PrefillAction]);
  },
};
