import type { StrapiApp } from '@strapi/strapi/admin';
import { ENUMS } from '../domain/enums';

/** Enumeration values are ASCII; the content manager renders each option as a message id. */
const enumLabels = Object.fromEntries(
  Object.values(ENUMS).flatMap((table) => Object.entries(table as Record<string, string>)),
);

const LANGUAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    locales: ['zh-Hans'],
    translations: { 'zh-Hans': enumLabels, en: enumLabels },
  },
  register() {
    if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'zh-Hans');
  },
  bootstrap(_app: StrapiApp) {},
};
