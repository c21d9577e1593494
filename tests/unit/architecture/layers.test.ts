import fs from 'fs';
import path from 'path';
import ts from 'typescript';

/**
 * Layers run one way (docs/ARCHITECTURE.md): index → middlewares, bootstrap, api → services, rbac →
 * repositories → domain. A module may import its own layer or a lower one, never a higher one; the
 * domain imports nothing but the domain; nothing in src imports a migration (migrations import the
 * table names from src/repositories/tables.ts); and only repositories talk to the query engine.
 */
const SRC = path.resolve(__dirname, '..', '..', '..', 'src');

const LAYERS: { layer: number; name: string; matches: (file: string) => boolean }[] = [
  { layer: 0, name: 'domain', matches: (file) => file.startsWith('domain/') || file === 'uid.ts' },
  { layer: 1, name: 'repositories', matches: (file) => file.startsWith('repositories/') },
  {
    layer: 2,
    name: 'services, rbac, openapi',
    matches: (file) => ['services/', 'rbac/', 'openapi/'].some((dir) => file.startsWith(dir)),
  },
  {
    layer: 3,
    name: 'middlewares, bootstrap, api, seed',
    matches: (file) =>
      ['document-middlewares/', 'middlewares/', 'policies/', 'bootstrap/', 'api/', 'seed/'].some((dir) =>
        file.startsWith(dir),
      ),
  },
  { layer: 4, name: 'index', matches: (file) => file === 'index.ts' },
];

const layerOf = (file: string) => LAYERS.find((layer) => layer.matches(file));

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'admin' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });

const FILES = sourceFiles(SRC).map((full) => path.relative(SRC, full).split(path.sep).join('/'));

const importsOf = (file: string): string[] =>
  ts
    .preProcessFile(fs.readFileSync(path.join(SRC, file), 'utf8'), true, true)
    .importedFiles.map((imported) => imported.fileName)
    .filter((name) => name.startsWith('.'));

/** `repositories/x.ts` importing `'../domain/y'` → `domain/y`; outside src → `../database/…`. */
const resolved = (file: string, specifier: string): string =>
  path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));

describe('每个 src 模块都属于一层', () => {
  test.each(FILES)('%s', (file) => {
    expect(layerOf(file)).toBeDefined();
  });
});

describe('依赖只向下：不引用更高一层，不引用迁移脚本', () => {
  test.each(FILES)('%s', (file) => {
    const own = layerOf(file);
    const upward = importsOf(file).flatMap((specifier) => {
      const target = resolved(file, specifier);
      if (target.startsWith('../')) return [`${specifier}（src 之外）`];
      const their = layerOf(`${target}.ts`) ?? layerOf(`${target}/index.ts`) ?? layerOf(target);
      if (!own || !their) return [`${specifier}（未知层）`];
      if (own.layer === 0 && their.layer === 0 && file.startsWith('domain/') && !target.startsWith('domain/'))
        return [`${specifier}（领域层只引用领域层）`];
      return their.layer > own.layer ? [`${specifier}（${own.name} → ${their.name}）`] : [];
    });
    expect(upward).toEqual([]);
  });
});

const QUERY_ENGINE = /\bdb\s*\.\s*(query|connection|dialect|metadata|getSchemaName)\b|from 'knex'/g;

describe('只有 repositories 直接使用查询引擎（strapi.db.query、connection、knex）', () => {
  test.each(FILES.filter((file) => !file.startsWith('repositories/')))('%s', (file) => {
    const text = fs.readFileSync(path.join(SRC, file), 'utf8');
    const calls = [...text.matchAll(QUERY_ENGINE)].map(
      (match) => `${text.slice(0, match.index).split('\n').length}: ${match[0].replace(/\s+/g, '')}`,
    );
    expect(calls).toEqual([]);
  });
});
