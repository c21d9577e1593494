import type { StrapiApp } from '@strapi/strapi/admin';
import { ENUMS } from '../domain/enums';
import { DownloadBatchAction, MarkFailedAction, MarkTransferredAction } from './archive/ArchiveActions';
import { chineseListCells } from './list-cells';
import { PublishCheckPanel } from './publish-check/PublishCheckPanel';
import { withPublishCheckDialog } from './publish-check/publish-dialog';
import { admin } from './translations/admin';
import { contentManager } from './translations/content-manager';

/** Enumeration values are ASCII; the content manager renders each option as a message id. */
const enumLabels = Object.fromEntries(
  Object.values(ENUMS).flatMap((table) => Object.entries(table as Record<string, string>)),
);

const withPrefix = (prefix: string, messages: Record<string, string>) =>
  Object.fromEntries(Object.entries(messages).map(([id, message]) => [`${prefix}.${id}`, message]));

const LANGUAGE_KEY = 'strapi-admin-language';
/** Where the admin keeps the guided tour's state; `enabled: false` is what its own "skip all" stores. */
const GUIDED_TOUR_KEY = 'STRAPI_GUIDED_TOUR';

/** Home page modules a government site has no use for: Strapi Cloud deployment and site-wide counts. */
const HIDDEN_WIDGETS = ['global::deploy-now', 'global::key-statistics'];

interface ContentManagerApis {
  addBulkAction(actions: unknown[]): void;
  addEditViewSidePanel(panels: unknown[]): void;
  addDocumentAction(reducer: typeof withPublishCheckDialog): void;
}

interface Widget {
  id: string;
  pluginId?: string;
}

const widgetUid = (widget: Widget) =>
  widget.pluginId ? `plugin::${widget.pluginId}.${widget.id}` : `global::${widget.id}`;

/** The guided tour teaches Strapi's content-type builder and Strapi Cloud, neither of which our users have. */
const disableGuidedTour = () => {
  const stored = window.localStorage.getItem(GUIDED_TOUR_KEY);
  const state = stored ? (JSON.parse(stored) as Record<string, unknown>) : {};
  if (state.enabled === false) return;
  window.localStorage.setItem(GUIDED_TOUR_KEY, JSON.stringify({ ...state, enabled: false }));
};

export default {
  config: {
    locales: ['zh-Hans'],
    translations: {
      'zh-Hans': { ...admin, ...withPrefix('content-manager', contentManager), ...enumLabels },
      en: enumLabels,
    },
    tutorials: false,
    notifications: { releases: false },
  },
  /** Runs after Strapi and its plugins have registered their home page widgets. */
  register(app: StrapiApp) {
    if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'zh-Hans');
    disableGuidedTour();
    (app.widgets as unknown as { register(reducer: (widgets: Widget[]) => Widget[]): void }).register((widgets) =>
      widgets.filter((widget) => !HIDDEN_WIDGETS.includes(widgetUid(widget))),
    );
  },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager') as unknown as { apis: ContentManagerApis };
    contentManager.apis.addBulkAction([MarkTransferredAction, MarkFailedAction, DownloadBatchAction]);
    contentManager.apis.addEditViewSidePanel([PublishCheckPanel]);
    contentManager.apis.addDocumentAction(withPublishCheckDialog);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', chineseListCells);
  },
};
