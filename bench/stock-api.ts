import { factories, type UID as StrapiUID } from '@strapi/strapi';
import departmentSchema from '../src/api/department/content-types/department/schema.json';
import documentSchema from '../src/api/policy-document/content-types/policy-document/schema.json';
import interpretationSchema from '../src/api/policy-interpretation/content-types/policy-interpretation/schema.json';
import topicSchema from '../src/api/topic/content-types/topic/schema.json';
import { UID } from '../src/uid';

/**
 * The benchmark's baseline: copies of the policy document, interpretation, department and topic types
 * with the same attributes, served by Strapi's stock core controllers (filters, populate, $containsi)
 * and none of our code. Departments and topics are copied too because ours have no content-API routes,
 * and stock Strapi filters and populates only relations whose target the role may `find`. Registered
 * only when the benchmark starts the app.
 */
export const STOCK_UID = {
  document: 'api::bench-document.bench-document',
  interpretation: 'api::bench-interpretation.bench-interpretation',
  department: 'api::bench-department.bench-department',
  topic: 'api::bench-topic.bench-topic',
} as const satisfies Record<string, StrapiUID.ContentType>;

type Attributes = Record<string, Record<string, unknown>>;

const STOCK_TARGET: Record<string, string> = {
  [UID.policyDocument]: STOCK_UID.document,
  [UID.policyInterpretation]: STOCK_UID.interpretation,
  [UID.department]: STOCK_UID.department,
  [UID.topic]: STOCK_UID.topic,
};

const retarget = (attributes: Attributes): Attributes =>
  Object.fromEntries(
    Object.entries(attributes).map(([name, attribute]) => {
      const target = STOCK_TARGET[attribute.target as string];
      return [name, target ? { ...attribute, target } : attribute];
    }),
  );

const stockModule = (
  uid: string,
  plural: string,
  { attributes, options }: { attributes: unknown; options: { draftAndPublish: boolean } },
  globalId: string,
) => {
  const name = uid.split('.')[1];
  return {
    config: {},
    policies: {},
    middlewares: {},
    contentTypes: {
      [name]: {
        schema: {
          kind: 'collectionType',
          collectionName: plural.replace(/-/g, '_'),
          info: { singularName: name, pluralName: plural, displayName: name },
          options,
          attributes: retarget(attributes as Attributes),
          apiName: name,
          globalId,
        },
      },
    },
    controllers: { [name]: factories.createCoreController(uid as StrapiUID.ContentType) },
    services: { [name]: factories.createCoreService(uid as StrapiUID.ContentType) },
    routes: { [name]: factories.createCoreRouter(uid as StrapiUID.ContentType) },
  };
};

export const STOCK_APIS = {
  'bench-document': stockModule(STOCK_UID.document, 'bench-documents', documentSchema, 'BenchDocument'),
  'bench-interpretation': stockModule(
    STOCK_UID.interpretation,
    'bench-interpretations',
    interpretationSchema,
    'BenchInterpretation',
  ),
  'bench-department': stockModule(STOCK_UID.department, 'bench-departments', departmentSchema, 'BenchDepartment'),
  'bench-topic': stockModule(STOCK_UID.topic, 'bench-topics', topicSchema, 'BenchTopic'),
};
