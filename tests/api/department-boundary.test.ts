import { UID, type OwnUid } from '../../src/uid';
import {
  createDepartmentContent,
  departmentOf,
  documentData,
  entriesSnapshot,
  loginAsDemoUser,
  loginAsSuperAdmin,
  sideEffectsSnapshot,
  startApp,
  withToken,
} from '../helpers';
import type { DepartmentContent, DepartmentRef, TestApp } from '../helpers';

/**
 * 部门边界 through the admin API the admin itself calls, with the demo logins: 教育局 is the editor's
 * department, 卫健委 the other one. Every relation-write form Strapi 5.54 accepts, on every
 * department-owning relation and on the relations that link entries across departments.
 */

/** Years for annual reports created here, none used twice (one report per department and year). */
let lastReportYear = 2000;
const freshReportYear = () => ++lastReportYear;
let app: TestApp;
let editor: ReturnType<typeof withToken>;
let office: ReturnType<typeof withToken>;
let edu: DepartmentRef;
let health: DepartmentRef;
let own: DepartmentContent;
let other: DepartmentContent;

const CM = (uid: OwnUid) => `/content-manager/collection-types/${uid}`;
const draftId = async (uid: OwnUid, documentId: string): Promise<number> =>
  (await app.strapi.db.query(uid).findOne({ where: { documentId, publishedAt: null }, select: ['id'] })).id;

beforeAll(async () => {
  app = await startApp({ DEMO_SEED: 'true' });
  editor = await loginAsDemoUser(app, 'jyj-editor@qinghe.example.gov.cn');
  office = await loginAsDemoUser(app, 'gkb@qinghe.example.gov.cn');
  edu = await departmentOf(app.strapi, 'jyj-editor@qinghe.example.gov.cn');
  health = await departmentOf(app.strapi, 'wjw-editor@qinghe.example.gov.cn');
  own = await createDepartmentContent(app.strapi, edu, '教育局');
  other = await createDepartmentContent(app.strapi, health, '卫健委');
});

afterAll(() => app.stop());

/** A reference to an entry in each form: M is mine (教育局), O the other department's. */
interface Refs {
  M: string;
  O: string;
  Mid: number;
  Oid: number;
}

const OTHER_FORMS: { form: string; value: (r: Refs) => unknown; empties?: true }[] = [
  { form: '{ set: [{ documentId }] }', value: (r) => ({ set: [{ documentId: r.O }] }) },
  {
    form: 'set 与 connect 同时（以 set 为准）',
    value: (r) => ({ set: [{ documentId: r.O }], connect: [{ documentId: r.M }] }),
  },
  { form: '{ id }', value: (r) => ({ id: r.Oid }) },
  { form: '{ documentId }', value: (r) => ({ documentId: r.O }) },
  { form: '裸 id（数字）', value: (r) => r.Oid },
  { form: '裸 id（字符串）', value: (r) => String(r.Oid) },
  { form: '裸 documentId', value: (r) => r.O },
  { form: '数组（取最后一个）', value: (r) => [r.M, r.O] },
  { form: 'set 数组（取最后一个）', value: (r) => ({ set: [{ id: r.Mid }, { id: r.Oid }] }) },
  { form: '定位 connect（end）', value: (r) => ({ connect: [{ documentId: r.O, position: { end: true } }] }) },
  {
    form: '定位 connect（start）并 disconnect 原值',
    value: (r) => ({ connect: [{ id: r.Oid, position: { start: true } }], disconnect: [{ documentId: r.M }] }),
  },
  { form: '只 disconnect（不留部门）', value: (r) => ({ disconnect: [{ documentId: r.M }] }), empties: true },
  { form: 'null（清空）', value: () => null, empties: true },
];

const OWN_FORMS: { form: string; value: (r: Refs) => unknown }[] = [
  {
    form: 'set 与 connect 同时（set 为本部门）',
    value: (r) => ({ set: [{ documentId: r.M }], connect: [{ documentId: r.O }] }),
  },
  { form: '数组（最后一个为本部门）', value: (r) => [r.O, r.M] },
  { form: '{ id }', value: (r) => ({ id: r.Mid }) },
  { form: '定位 connect', value: (r) => ({ connect: [{ documentId: r.M, position: { start: true } }] }) },
];

/** Each department-owned type: the field that decides its department and the entry it points at. */
const OWNERS: {
  label: string;
  uid: OwnUid;
  key: keyof DepartmentContent;
  field: string;
  fieldLabel: string;
  /** required even in a draft: emptying it is refused as missing before the department is looked at */
  requiredInDraft: boolean;
  refs: () => Promise<Refs>;
  createBody?: () => Record<string, unknown>;
}[] = [
  {
    label: '政策文件',
    uid: UID.policyDocument,
    key: 'document',
    field: 'issuingDepartment',
    fieldLabel: '发布机构',
    requiredInDraft: true,
    refs: async () => ({ M: edu.documentId, O: health.documentId, Mid: edu.id, Oid: health.id }),
    createBody: () => documentData(edu.documentId, { title: '编辑新建的文件' }),
  },
  {
    label: '政策解读',
    uid: UID.policyInterpretation,
    key: 'interpretation',
    field: 'interpretingDepartment',
    fieldLabel: '解读单位',
    requiredInDraft: false,
    refs: async () => ({ M: edu.documentId, O: health.documentId, Mid: edu.id, Oid: health.id }),
    createBody: () => ({ title: '编辑新建的解读', document: own.document, form: 'text_reading' }),
  },
  {
    label: '决策事项',
    uid: UID.decisionItem,
    key: 'decision',
    field: 'department',
    fieldLabel: '承办单位',
    requiredInDraft: false,
    refs: async () => ({ M: edu.documentId, O: health.documentId, Mid: edu.id, Oid: health.id }),
    createBody: () => ({ title: '编辑新建的事项', year: 2026, stage: 'listed' }),
  },
  {
    label: '年度报告',
    uid: UID.annualReport,
    key: 'report',
    field: 'department',
    fieldLabel: '报告单位',
    requiredInDraft: true,
    refs: async () => ({ M: edu.documentId, O: health.documentId, Mid: edu.id, Oid: health.id }),
    // One report per department and year: each new report takes a year of its own.
    createBody: () => ({ title: '编辑新建的报告', year: freshReportYear() }),
  },
  {
    label: '公众意见',
    uid: UID.decisionComment,
    key: 'comment',
    field: 'decisionItem',
    fieldLabel: '决策事项',
    requiredInDraft: false,
    refs: async () => ({
      M: own.decision,
      O: other.decision,
      Mid: await draftId(UID.decisionItem, own.decision),
      Oid: await draftId(UID.decisionItem, other.decision),
    }),
  },
];

/** The refusal for a form that leaves the entry with another department's, or with none. */
const refusalOf = (
  { field, fieldLabel, requiredInDraft }: { field: string; fieldLabel: string; requiredInDraft: boolean },
  { empties }: { empties?: true },
) => {
  const [code, message] =
    empties && requiredInDraft
      ? ['FIELD_REQUIRED', `「${fieldLabel}」为必填项`]
      : ['DEPARTMENT_OUT_OF_SCOPE', `${fieldLabel}只能选择您所属的部门：清河区教育局`];
  return { message, reasons: [{ path: [field], code, message }] };
};

const departmentIdOf = async (uid: OwnUid, documentId: string, field: string): Promise<number[]> => {
  const rows = await app.strapi.db
    .query(uid)
    .findMany({ where: { documentId }, populate: { [field]: { select: ['id'] } } });
  return rows.map((row: Record<string, { id: number } | null>) => row[field]?.id ?? 0);
};

describe.each(OWNERS)('$label：$fieldLabel 的每种写法', (owner) => {
  const { uid, key, field, fieldLabel, refs } = owner;
  test.each(OTHER_FORMS)('修改为其他部门或清空：$form → 400，条目和关联不变', async (form) => {
    const { value } = form;
    const before = await entriesSnapshot(app.strapi, [[uid, own[key]]]);
    const sideEffects = await sideEffectsSnapshot(app.strapi);

    const res = await editor.put(`${CM(uid)}/${own[key]}`).send({ [field]: value(await refs()) });

    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(refusalOf(owner, form).message);
    expect(res.body.error.details.reasons).toEqual(refusalOf(owner, form).reasons);
    expect(await entriesSnapshot(app.strapi, [[uid, own[key]]])).toEqual(before);
    expect(await sideEffectsSnapshot(app.strapi)).toEqual(sideEffects);
  });

  test.each(OWN_FORMS)('结果为本部门：$form → 200，存为本部门', async ({ value }) => {
    const r = await refs();

    const res = await editor.put(`${CM(uid)}/${own[key]}`).send({ [field]: value(r) });

    expect(res.status).toBe(200);
    expect(await departmentIdOf(uid, own[key], field)).toEqual(expect.arrayContaining([r.Mid]));
    expect(await departmentIdOf(uid, own[key], field)).not.toContain(r.Oid);
  });

  test('connect 同时提交两个条目 → 400 RELATION_TOO_MANY，条目不变', async () => {
    const r = await refs();
    const before = await entriesSnapshot(app.strapi, [[uid, own[key]]]);

    const res = await editor
      .put(`${CM(uid)}/${own[key]}`)
      .send({ [field]: { connect: [{ documentId: r.M }, { documentId: r.O }] } });

    expect(res.status).toBe(400);
    expect(res.body.error.details.reasons).toEqual([
      {
        path: [field],
        code: 'RELATION_TOO_MANY',
        message: `「${fieldLabel}」只能关联一个条目，提交了 2 个`,
      },
    ]);
    expect(await entriesSnapshot(app.strapi, [[uid, own[key]]])).toEqual(before);
  });
});

describe.each(OWNERS.filter((owner) => owner.createBody))('$label：新建时 $fieldLabel 的每种写法', (owner) => {
  const { uid, field, refs, createBody } = owner;
  test.each(OTHER_FORMS)('$form → 400，不新建', async (form) => {
    const { value } = form;
    const count = await app.strapi.db.query(uid).count();

    const res = await editor.post(CM(uid)).send({ ...createBody?.(), [field]: value(await refs()) });

    expect(res.status).toBe(400);
    expect(res.body.error.details.reasons).toEqual(refusalOf(owner, form).reasons);
    expect(await app.strapi.db.query(uid).count()).toBe(count);
  });

  test.each(OWN_FORMS.filter((form) => !form.form.startsWith('定位')))('$form → 201，存为本部门', async ({ value }) => {
    const r = await refs();

    const res = await editor.post(CM(uid)).send({ ...createBody?.(), [field]: value(r) });

    expect(res.status).toBe(201);
    expect(await departmentIdOf(uid, res.body.data.documentId, field)).toEqual([r.Mid]);
  });
});

/** Links between entries: to another department's entry (owning side) or taking one over (inverse side). */
describe('关联其他部门的条目：只能关联有权查看的，反向关联只能动有权修改的', () => {
  interface LinkCase {
    label: string;
    uid: OwnUid;
    entry: () => string;
    field: string;
    value: () => unknown;
    touched: () => [OwnUid, string];
    message: () => string;
  }
  const readOnly = (label: string, refused: () => string) => () =>
    `「${label}」只能关联您有权查看的条目，无权查看：${refused()}`;
  const updateOnly = (label: string, refused: () => string) => () =>
    `「${label}」只能关联或移除您有权修改的条目，无权修改：${refused()}`;

  const CASES: LinkCase[] = [
    {
      label: '政策文件.被以下文件替代 connect',
      uid: UID.policyDocument,
      entry: () => own.document,
      field: 'supersededBy',
      value: () => ({ connect: [{ documentId: other.published }] }),
      touched: () => [UID.policyDocument, other.published],
      message: readOnly('被以下文件替代', () => other.published),
    },
    {
      label: '政策文件.被以下文件替代 裸 documentId',
      uid: UID.policyDocument,
      entry: () => own.document,
      field: 'supersededBy',
      value: () => other.published,
      touched: () => [UID.policyDocument, other.published],
      message: readOnly('被以下文件替代', () => other.published),
    },
    {
      label: '政策解读.所解读文件 set',
      uid: UID.policyInterpretation,
      entry: () => own.interpretation,
      field: 'document',
      value: () => ({ set: [{ documentId: other.document }] }),
      touched: () => [UID.policyDocument, other.document],
      message: readOnly('所解读文件', () => other.document),
    },
    {
      label: '决策事项.决策结果文件 { documentId }',
      uid: UID.decisionItem,
      entry: () => own.decision,
      field: 'resultDocument',
      value: () => ({ documentId: other.published }),
      touched: () => [UID.policyDocument, other.published],
      message: readOnly('决策结果文件', () => other.published),
    },
    {
      label: '政策文件.政策解读（反向）connect',
      uid: UID.policyDocument,
      entry: () => own.document,
      field: 'interpretations',
      value: () => ({ connect: [{ documentId: other.interpretation }] }),
      touched: () => [UID.policyInterpretation, other.interpretation],
      message: updateOnly('政策解读', () => other.interpretation),
    },
    {
      label: '政策文件.政策解读（反向）定位 connect',
      uid: UID.policyDocument,
      entry: () => own.published,
      field: 'interpretations',
      value: () => ({ connect: [{ documentId: other.interpretation, position: { before: own.interpretation } }] }),
      touched: () => [UID.policyInterpretation, other.interpretation],
      message: updateOnly('政策解读', () => other.interpretation),
    },
    {
      label: '决策事项.公众意见（反向）connect [{ id }]',
      uid: UID.decisionItem,
      entry: () => own.decision,
      field: 'comments',
      value: () => ({ connect: [{ id: otherCommentId }] }),
      touched: () => [UID.decisionComment, other.comment],
      message: updateOnly('公众意见', () => `id=${otherCommentId}`),
    },
    {
      label: '决策事项.公众意见（反向）数组',
      uid: UID.decisionItem,
      entry: () => own.decision,
      field: 'comments',
      value: () => [own.comment, other.comment],
      touched: () => [UID.decisionComment, other.comment],
      message: updateOnly('公众意见', () => other.comment),
    },
    {
      label: '政策文件.政策解读（反向）set [] 移除其他部门的解读',
      uid: UID.policyDocument,
      entry: () => own.document,
      field: 'interpretations',
      value: () => ({ set: [] }),
      touched: () => [UID.policyInterpretation, foreignInterpretation],
      message: updateOnly('政策解读', () => foreignInterpretation),
    },
    {
      label: '政策文件.政策解读（反向）disconnect 其他部门的解读',
      uid: UID.policyDocument,
      entry: () => own.document,
      field: 'interpretations',
      value: () => ({ disconnect: [{ documentId: foreignInterpretation }] }),
      touched: () => [UID.policyInterpretation, foreignInterpretation],
      message: updateOnly('政策解读', () => foreignInterpretation),
    },
  ];

  let otherCommentId: number;
  /** A 卫健委 interpretation of a 教育局 document: the editor may not detach it. */
  let foreignInterpretation: string;

  beforeAll(async () => {
    otherCommentId = (await app.strapi.db.query(UID.decisionComment).findOne({ where: { documentId: other.comment } }))
      .id;
    foreignInterpretation = (
      await app.strapi.documents(UID.policyInterpretation).create({
        data: {
          title: '卫健委对教育局文件的解读',
          document: own.document,
          interpretingDepartment: health.documentId,
          form: 'text_reading',
        },
      })
    ).documentId;
  });

  test.each(CASES)('$label → 400 RELATION_NOT_PERMITTED，两边都不变', async (link) => {
    const involved: [OwnUid, string][] = [[link.uid, link.entry()], link.touched()];
    const before = await entriesSnapshot(app.strapi, involved);
    const sideEffects = await sideEffectsSnapshot(app.strapi);

    const res = await editor.put(`${CM(link.uid)}/${link.entry()}`).send({ [link.field]: link.value() });

    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(link.message());
    expect(res.body.error.details.reasons).toEqual([
      { path: [link.field], code: 'RELATION_NOT_PERMITTED', message: link.message() },
    ]);
    expect(await entriesSnapshot(app.strapi, involved)).toEqual(before);
    expect(await sideEffectsSnapshot(app.strapi)).toEqual(sideEffects);
  });

  test('本部门的解读改挂到本部门另一份文件（反向 connect）：200', async () => {
    const spare = await app.strapi.documents(UID.policyInterpretation).create({
      data: {
        title: '教育局的备用解读',
        document: own.published,
        interpretingDepartment: edu.documentId,
        form: 'text_reading',
      },
    });

    const res = await editor
      .put(`${CM(UID.policyDocument)}/${own.document}`)
      .send({ interpretations: { connect: [{ documentId: spare.documentId, position: { end: true } }] } });

    expect(res.status).toBe(200);
    const moved = await app.strapi.db
      .query(UID.policyInterpretation)
      .findOne({ where: { documentId: spare.documentId, publishedAt: null }, populate: { document: true } });
    expect(moved.document.documentId).toBe(own.document);
  });

  test('公开办覆盖全部部门：把卫健委的解读挂到教育局文件 200', async () => {
    const res = await office
      .put(`${CM(UID.policyDocument)}/${own.document}`)
      .send({ interpretations: { connect: [{ documentId: other.interpretation }] } });

    expect(res.status).toBe(200);
  });
});

describe('复制（clone）：只能从有权查看的条目复制出本部门的新草稿', () => {
  const CLONABLE: {
    label: string;
    uid: OwnUid;
    key: keyof DepartmentContent;
    field: string;
    /** what the copy must change to be allowed at all (a second report for the same year is refused) */
    changes?: () => Record<string, unknown>;
  }[] = [
    { label: '政策文件', uid: UID.policyDocument, key: 'published', field: 'issuingDepartment' },
    { label: '政策解读', uid: UID.policyInterpretation, key: 'interpretation', field: 'interpretingDepartment' },
    { label: '决策事项', uid: UID.decisionItem, key: 'decision', field: 'department' },
    {
      label: '年度报告',
      uid: UID.annualReport,
      key: 'report',
      field: 'department',
      changes: () => ({ year: freshReportYear() }),
    },
  ];
  const clone = (uid: OwnUid, sourceId: string, body: Record<string, unknown> = {}) =>
    editor.post(`${CM(uid)}/clone/${sourceId}`).send(body);

  beforeAll(async () => {
    await app.strapi.db
      .query(UID.policyDocument)
      .updateMany({ where: { documentId: own.published }, data: { documentNumber: '清教发〔2026〕7号' } });
  });

  test.each(CLONABLE)(
    '$label：复制其他部门的条目 404（不论正文写哪个部门），不新建、源条目不变',
    async ({ uid, key, field }) => {
      const count = await app.strapi.db.query(uid).count();
      const before = await entriesSnapshot(app.strapi, [[uid, other[key]]]);
      const sideEffects = await sideEffectsSnapshot(app.strapi);

      const plain = await clone(uid, other[key]);
      const namingOwn = await clone(uid, other[key], { [field]: { connect: [{ documentId: edu.documentId }] } });

      for (const res of [plain, namingOwn]) {
        expect(res.status).toBe(404);
        expect(res.body.error.message).toBe('要复制的条目不存在，或您无权查看');
        expect(res.body.error.details.reasons).toEqual([
          { code: 'CLONE_SOURCE_NOT_FOUND', message: '要复制的条目不存在，或您无权查看' },
        ]);
        expect(JSON.stringify(res.body)).not.toContain('卫健委');
      }
      expect(await app.strapi.db.query(uid).count()).toBe(count);
      expect(await entriesSnapshot(app.strapi, [[uid, other[key]]])).toEqual(before);
      expect(await sideEffectsSnapshot(app.strapi)).toEqual(sideEffects);
    },
  );

  test.each(CLONABLE)(
    '$label：复制本部门的条目 → 本部门的新草稿，源条目及其反向关联不变',
    async ({ uid, key, field, changes }) => {
      const before = await entriesSnapshot(app.strapi, [[uid, own[key]]]);

      const res = await clone(uid, own[key], changes?.() ?? {});

      expect(res.status).toBe(200);
      const copyId = res.body.data.documentId as string;
      expect(copyId).not.toBe(own[key]);
      expect(await departmentIdOf(uid, copyId, field)).toEqual([edu.id]);
      expect(await entriesSnapshot(app.strapi, [[uid, own[key]]])).toEqual(before);
    },
  );

  test('政策文件的副本：无发文字号，新的索引号和 slug，没有解读；源文件的解读仍在源文件', async () => {
    const source = await app.strapi.db
      .query(UID.policyDocument)
      .findOne({ where: { documentId: own.published, publishedAt: null }, populate: { interpretations: true } });

    const res = await clone(UID.policyDocument, own.published);

    const copy = await app.strapi.db
      .query(UID.policyDocument)
      .findOne({ where: { documentId: res.body.data.documentId }, populate: { interpretations: true } });
    expect(copy).toMatchObject({ title: source.title, documentNumber: null, publishedAt: null, interpretations: [] });
    expect(copy.indexNumber).toMatch(/\S/);
    expect(copy.indexNumber).not.toBe(source.indexNumber);
    expect(copy.slug).not.toBe(source.slug);
    const after = await app.strapi.db
      .query(UID.policyDocument)
      .findOne({ where: { documentId: own.published, publishedAt: null }, populate: { interpretations: true } });
    expect(after.interpretations.map((i: { documentId: string }) => i.documentId)).toEqual(
      source.interpretations.map((i: { documentId: string }) => i.documentId),
    );
  });

  test('决策事项的副本：没有公众意见，意见仍属源事项', async () => {
    const res = await clone(UID.decisionItem, own.decision);

    const copy = await app.strapi.db
      .query(UID.decisionItem)
      .findOne({ where: { documentId: res.body.data.documentId }, populate: { comments: true } });
    expect(copy.comments).toEqual([]);
    const comment = await app.strapi.db
      .query(UID.decisionComment)
      .findOne({ where: { documentId: own.comment }, populate: { decisionItem: true } });
    expect(comment.decisionItem.documentId).toBe(own.decision);
  });

  test('复制时把部门改成其他部门：400 DEPARTMENT_OUT_OF_SCOPE，不新建', async () => {
    const count = await app.strapi.db.query(UID.policyDocument).count();

    const res = await clone(UID.policyDocument, own.document, {
      issuingDepartment: { connect: [{ documentId: health.documentId }] },
    });

    expect(res.status).toBe(400);
    expect(res.body.error.details.reasons).toEqual(
      refusalOf({ field: 'issuingDepartment', fieldLabel: '发布机构', requiredInDraft: true }, {}).reasons,
    );
    expect(await app.strapi.db.query(UID.policyDocument).count()).toBe(count);
  });

  test('公众意见不能复制：编辑 403（无新建权限），网站管理员 400 CLONE_NOT_ALLOWED，不新建', async () => {
    const webmaster = withToken(app, (await loginAsSuperAdmin(app)).token);
    const count = await app.strapi.db.query(UID.decisionComment).count();

    const byEditor = await clone(UID.decisionComment, own.comment);
    const byWebmaster = await webmaster.post(`${CM(UID.decisionComment)}/clone/${own.comment}`).send({});

    expect(byEditor.status).toBe(403);
    expect(byWebmaster.status).toBe(400);
    expect(byWebmaster.body.error.details.reasons).toEqual([
      { code: 'CLONE_NOT_ALLOWED', message: '公众意见由公众提交，不能复制' },
    ]);
    expect(await app.strapi.db.query(UID.decisionComment).count()).toBe(count);
  });
});
