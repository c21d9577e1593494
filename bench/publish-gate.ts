/**
 * Prices the publish gate: publishing one policy document with the gate against the same publish with
 * the gate switched off (target: under 1.5×). Runs in-process on a throw-away database
 * (DATABASE_CLIENT=sqlite|postgres|mysql). Usage: npm run bench:publish-gate [-- <documents per round>]
 */
import { performance } from 'perf_hooks';
import { execFileSync } from 'child_process';
import path from 'path';
import { UID } from '../src/uid';
import { createDepartment, documentData, startApp, type TestApp } from '../tests/helpers';

const APP_DIR = path.resolve(__dirname, '..');
const COUNT = Number(process.argv[2] ?? 200);

interface Prepared {
  documentId: string;
  interpretationIds: string[];
}

interface Scenario {
  name: string;
  prepare: (app: TestApp, department: string, i: number) => Promise<Prepared>;
}

const SCENARIOS: Scenario[] = [
  {
    name: '部门一般文件（全部规则，无需解读）',
    prepare: async (app, department, i) => {
      const data = documentData(department, { title: `基准文件${i}` });
      return {
        documentId: (await app.strapi.documents(UID.policyDocument).create({ data })).documentId,
        interpretationIds: [],
      };
    },
  },
  {
    name: '规范性文件 + 1 篇解读草稿（同步发布；关闭闸门时依次发布文件和解读）',
    prepare: async (app, department, i) => {
      const data = documentData(department, { title: `基准规范性文件${i}`, isNormative: true });
      const { documentId } = await app.strapi.documents(UID.policyDocument).create({ data });
      const interpretation = await app.strapi.documents(UID.policyInterpretation).create({
        data: { title: `基准解读${i}`, document: documentId, form: 'text_reading', mainContent: '要点' },
      });
      return { documentId, interpretationIds: [interpretation.documentId] };
    },
  },
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

/**
 * Publishes COUNT prepared drafts one by one and returns the milliseconds each took, sorted. With the
 * gate the document's publish also publishes its interpretations; without it they are published
 * explicitly, so both rounds do the same work.
 */
const measure = async (app: TestApp, department: string, scenario: Scenario, gate: boolean, offset: number) => {
  const prepared: Prepared[] = [];
  for (let i = 0; i < COUNT; i += 1) prepared.push(await scenario.prepare(app, department, offset + i));
  const timings: number[] = [];
  for (const { documentId, interpretationIds } of prepared) {
    const start = performance.now();
    await app.strapi.documents(UID.policyDocument).publish({ documentId });
    for (const id of gate ? [] : interpretationIds) {
      await app.strapi.documents(UID.policyInterpretation).publish({ documentId: id });
    }
    timings.push(performance.now() - start);
  }
  return timings.sort((a, b) => a - b);
};

const summary = (timings: number[]) => {
  const mean = timings.reduce((sum, t) => sum + t, 0) / timings.length;
  return { mean, p50: percentile(timings, 0.5), p95: percentile(timings, 0.95) };
};

const main = async () => {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], {
    cwd: APP_DIR,
    stdio: 'inherit',
  });
  const app = await startApp();
  const { documentId: department } = await createDepartment(app.strapi, { code: '014359999' });
  const rows: string[] = [];
  const gated = [];
  for (const scenario of SCENARIOS) {
    await measure(app, department, scenario, true, 0);
    gated.push(summary(await measure(app, department, scenario, true, COUNT)));
  }
  const { removePublishGateForBenchmark } = (await import(
    path.join(APP_DIR, 'dist', 'src', 'document-middlewares')
  )) as {
    removePublishGateForBenchmark: () => void;
  };
  removePublishGateForBenchmark();
  for (const [index, scenario] of SCENARIOS.entries()) {
    const off = summary(await measure(app, department, scenario, false, 2 * COUNT));
    const on = gated[index];
    rows.push(
      `${scenario.name}\n  with gate:    mean ${on.mean.toFixed(2)} ms  p50 ${on.p50.toFixed(2)} ms  p95 ${on.p95.toFixed(2)} ms\n` +
        `  without gate: mean ${off.mean.toFixed(2)} ms  p50 ${off.p50.toFixed(2)} ms  p95 ${off.p95.toFixed(2)} ms\n` +
        `  ratio (mean): ${(on.mean / off.mean).toFixed(2)}×  (target < 1.5×)`,
    );
  }
  await app.stop();
  console.log(
    `publish-gate benchmark, ${COUNT} publishes per round, database ${process.env.DATABASE_CLIENT ?? 'sqlite'}`,
  );
  console.log(rows.join('\n'));
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
