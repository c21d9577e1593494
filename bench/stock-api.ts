import { factories, type UID as StrapiUID } from '@strapi/strapi';
import documentSchema from '../src/api/policy-document/content-types/policy-document/schema.json';
import interpretationSchema from '../src/api/policy-interpretation/content-types/policy-interpretation/schema.json';
import { UID } from '../src/uid';

/**
 * The benchmark's baseline: copies of the policy document and interpretation types with the same
 * attributes, served by Strapi's stock core controllers (filters, populate, $containsi) and none of
 * our code. Registered only when the benchmark starts the app.
 */
export const STOCK_UID = {
  document: 'api::bench-document.bench-document',
  interpretation: 'api::bench-interpretation.bench-interpretation',
} as const satisfies Record<string, StrapiUID.ContentType>;

type Attributes = Record<string, Record<string, unknown>>;

const retarget = (attributes: Attributes): Attributes =>
  Object.fromEntries(
    Object.entries(attributes).map(([name, attribute]) => {
      if (attribute.target === UID.policyDocument) return [name, { ...attribute, target: STOCK_UID.document }];
      if (attribute.target === UID.policyInterpretation) {
        return [name, { ...attribute, target: STOCK_UID.interpretation }];
      }
      return [name, attribute];
    }),
  );

const stockModule = (uid: string, name: string, plural: string, attributes: Attributes, globalId: string) => ({
  config: {},
  policies: {},
  middlewares: {},
  contentTypes: {
    [name]: {
      schema: {
        kind: 'collectionType',
        collectionName: plural.replace(/-/g, '_'),
        info: { singularName: name, pluralName: plural, displayName: name },
        options: { draftAndPublish: true },
        attributes: retarget(attributes),
        apiName: name,
        globalId,
      },
    },
  },
  controllers: { [name]: factories.createCoreController(uid as StrapiUID.ContentType) },
  services: { [name]: factories.createCoreService(uid as StrapiUID.ContentType) },
  routes: { [name]: factories.createCoreRouter(uid as StrapiUID.ContentType) },
});

export const STOCK_APIS = {
  'bench-document': stockModule(
    STOCK_UID.document,
    'bench-document',
    'bench-documents',
    documentSchema.attributes as Attributes,
    'BenchDocument',
  ),
  'bench-interpretation': stockModule(
    STOCK_UID.interpretation,
    'bench-interpretation',
    'bench-interpretations',
    interpretationSchema.attributes as Attributes,
    'BenchInterpretation',
  ),
};
