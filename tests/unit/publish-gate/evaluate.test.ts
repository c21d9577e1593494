import {
  evaluateInterpretationPublish,
  evaluateInterpretationWithdrawal,
  evaluatePublish,
} from '../../../src/domain/publish-gate/evaluate';
import type { LeavingFacts } from '../../../src/domain/publish-gate/facts';
import { doc, interpretation } from './fixtures';
import { interpretationsToCoPublish, isForcePublish } from '../../../src/domain/publish-gate/rules';

const editor = { id: 7, canForcePublish: false };
const office = { id: 9, canForcePublish: true };

describe('evaluatePublish 列出文件不能发布的全部原因', () => {
  test.each`
    label                                 | facts                                                                                                                              | actor                                   | expected
    ${'材料齐全的部门文件'}               | ${doc()}                                                                                                                           | ${editor}                               | ${[]}
    ${'规范性文件无解读'}                 | ${doc({ isNormative: true })}                                                                                                      | ${editor}                               | ${['INTERPRETATION_REQUIRED']}
    ${'涉及群众切身利益无解读'}           | ${doc({ wideImpact: true })}                                                                                                       | ${editor}                               | ${['INTERPRETATION_REQUIRED']}
    ${'区政府文件无解读'}                 | ${doc({ issuerLevel: 'government' })}                                                                                              | ${editor}                               | ${['INTERPRETATION_REQUIRED']}
    ${'区政府办公室文件无解读'}           | ${doc({ issuerLevel: 'government_office' })}                                                                                       | ${editor}                               | ${['INTERPRETATION_REQUIRED']}
    ${'街道文件不要求解读'}               | ${doc({ issuerLevel: 'subdistrict' })}                                                                                             | ${editor}                               | ${[]}
    ${'规范性文件有已发布解读'}           | ${doc({ isNormative: true, interpretations: [interpretation({ published: true })] })}                                              | ${editor}                               | ${[]}
    ${'规范性文件有可同步发布的解读草稿'} | ${doc({ isNormative: true, interpretations: [interpretation()] })}                                                                 | ${editor}                               | ${[]}
    ${'解读草稿未通过自身校验'}           | ${doc({ isNormative: true, interpretations: [interpretation({ draftProblems: ['「解读形式」为必填项'] })] })}                      | ${editor}                               | ${['INTERPRETATION_REQUIRED', 'INTERPRETATION_NOT_READY']}
    ${'依申请公开'}                       | ${doc({ disclosure: 'on_request' })}                                                                                               | ${editor}                               | ${['DISCLOSURE_NOT_PROACTIVE']}
    ${'不予公开'}                         | ${doc({ disclosure: 'not_disclosed' })}                                                                                            | ${editor}                               | ${['DISCLOSURE_NOT_PROACTIVE']}
    ${'内部文件'}                         | ${doc({ classification: 'internal' })}                                                                                             | ${editor}                               | ${['CLASSIFIED']}
    ${'未做保密审查'}                     | ${doc({ secrecyReviewed: false })}                                                                                                 | ${editor}                               | ${['SECRECY_REVIEW_MISSING']}
    ${'未做合法性审查'}                   | ${doc({ legalityReviewed: false })}                                                                                                | ${editor}                               | ${['LEGALITY_REVIEW_MISSING']}
    ${'删减后公开缺理由'}                 | ${doc({ publishMode: 'redacted', redactionContent: '第三条' })}                                                                    | ${editor}                               | ${['REDACTION_REASON_MISSING']}
    ${'删减后公开缺内容'}                 | ${doc({ publishMode: 'redacted', redactionReason: '涉及个人信息' })}                                                               | ${editor}                               | ${['REDACTION_REASON_MISSING']}
    ${'删减后公开材料齐全'}               | ${doc({ publishMode: 'redacted', redactionContent: '第三条', redactionReason: '涉及个人信息' })}                                   | ${editor}                               | ${[]}
    ${'多个问题一次列出'}                 | ${doc({ isNormative: true, disclosure: 'on_request', classification: 'secret', secrecyReviewed: false, legalityReviewed: false })} | ${editor}                               | ${['INTERPRETATION_REQUIRED', 'DISCLOSURE_NOT_PROACTIVE', 'CLASSIFIED', 'SECRECY_REVIEW_MISSING', 'LEGALITY_REVIEW_MISSING']}
    ${'公开办填写理由强制发布'}           | ${doc({ isNormative: true, forcePublishReason: '紧急发布，解读次日补发' })}                                                        | ${office}                               | ${[]}
    ${'公开办未填理由'}                   | ${doc({ isNormative: true })}                                                                                                      | ${office}                               | ${['INTERPRETATION_REQUIRED']}
    ${'理由为空白'}                       | ${doc({ isNormative: true, forcePublishReason: '  ' })}                                                                            | ${office}                               | ${['INTERPRETATION_REQUIRED']}
    ${'编辑填写理由不能强制发布'}         | ${doc({ isNormative: true, forcePublishReason: '紧急' })}                                                                          | ${editor}                               | ${['INTERPRETATION_REQUIRED']}
    ${'强制发布不豁免其他规则'}           | ${doc({ isNormative: true, forcePublishReason: '紧急', secrecyReviewed: false })}                                                  | ${office}                               | ${['SECRECY_REVIEW_MISSING']}
    ${'发布人是最后编辑人'}               | ${doc({ lastEditorId: 7 })}                                                                                                        | ${editor}                               | ${['SAME_EDITOR']}
    ${'最后编辑人是其他人'}               | ${doc({ lastEditorId: 8 })}                                                                                                        | ${editor}                               | ${[]}
    ${'代码或接口发布不适用'}             | ${doc({ lastEditorId: 7 })}                                                                                                        | ${{ id: null, canForcePublish: false }} | ${[]}
    ${'同步发布的解读由发布人编辑'}       | ${doc({ isNormative: true, interpretations: [interpretation({ lastEditorId: 7 })] })}                                              | ${editor}                               | ${['SAME_EDITOR']}
    ${'已发布的解读不再看编辑人'}         | ${doc({ isNormative: true, interpretations: [interpretation({ published: true, lastEditorId: 7 })] })}                             | ${editor}                               | ${[]}
    ${'公开办本人编辑，未填理由'}         | ${doc({ lastEditorId: 9 })}                                                                                                        | ${office}                               | ${['SAME_EDITOR']}
    ${'公开办本人编辑，填写理由强制发布'} | ${doc({ lastEditorId: 9, forcePublishReason: '值班期间紧急发布' })}                                                                | ${office}                               | ${[]}
    ${'编辑本人编辑填理由也不行'}         | ${doc({ lastEditorId: 7, forcePublishReason: '紧急' })}                                                                            | ${editor}                               | ${['SAME_EDITOR']}
  `('$label', ({ facts, actor, expected }) => {
    expect(evaluatePublish(facts, actor).map((r) => r.code)).toEqual(expected);
  });

  test.each`
    label                 | facts                                 | message
    ${'规范性文件'}       | ${doc({ isNormative: true })}         | ${'该文件为规范性文件，须同步发布政策解读，请先关联并发布解读材料'}
    ${'涉及群众切身利益'} | ${doc({ wideImpact: true })}          | ${'该文件为涉及群众切身利益或社会关注度高的文件，须同步发布政策解读，请先关联并发布解读材料'}
    ${'政府文件'}         | ${doc({ issuerLevel: 'government' })} | ${'该文件为以政府或政府办公室名义印发的文件，须同步发布政策解读，请先关联并发布解读材料'}
    ${'依申请公开'}       | ${doc({ disclosure: 'on_request' })}  | ${'该文件的公开属性为“依申请公开”，只有主动公开的文件可以在网站发布'}
    ${'未设置公开属性'}   | ${doc({ disclosure: null })}          | ${'该文件未设置公开属性，只有主动公开的文件可以在网站发布'}
    ${'机密'}             | ${doc({ classification: 'secret' })}  | ${'该文件密级为“机密”，只有非密文件可以发布'}
  `('中文提示：$label', ({ facts, message }) => {
    expect(evaluatePublish(facts, editor).map((r) => r.message)).toEqual([message]);
  });

  test('第二双眼睛：提示由其他审核人发布，同步发布的解读带上它的 documentId', () => {
    const facts = doc({
      lastEditorId: 7,
      interpretations: [interpretation({ documentId: 'i3', title: '图解', lastEditorId: 7 })],
    });

    expect(evaluatePublish(facts, editor)).toEqual([
      {
        code: 'SAME_EDITOR',
        message: '您是该文件的最后编辑人，按“第二双眼睛”规则须由其他审核人发布（公开办可填写强制发布理由后发布）',
      },
      {
        code: 'SAME_EDITOR',
        message: '您是同步发布的解读《图解》的最后编辑人，按“第二双眼睛”规则须由其他审核人发布',
        documentId: 'i3',
      },
    ]);
  });

  test('未通过校验的解读带上它的 documentId 和具体问题', () => {
    const facts = doc({
      isNormative: true,
      interpretations: [interpretation({ documentId: 'i9', title: '图解', draftProblems: ['「解读形式」为必填项'] })],
    });

    expect(evaluatePublish(facts, editor)[1]).toEqual({
      code: 'INTERPRETATION_NOT_READY',
      message: '关联的解读《图解》不能同步发布：「解读形式」为必填项',
      documentId: 'i9',
    });
  });
});

describe('同步发布与强制发布', () => {
  test.each`
    label                       | interpretations                                                                                     | expected
    ${'未发布且通过校验的草稿'} | ${[interpretation({ documentId: 'a' })]}                                                            | ${['a']}
    ${'已发布的不再发布'}       | ${[interpretation({ documentId: 'a', published: true })]}                                           | ${[]}
    ${'未通过校验的不发布'}     | ${[interpretation({ documentId: 'a', draftProblems: ['x'] }), interpretation({ documentId: 'b' })]} | ${['b']}
  `('interpretationsToCoPublish：$label', ({ interpretations, expected }) => {
    expect(interpretationsToCoPublish(doc({ interpretations })).map((i) => i.documentId)).toEqual(expected);
  });

  test.each`
    label                         | facts                                                                                          | actor     | expected
    ${'需要解读、无解读、有理由'} | ${doc({ isNormative: true, forcePublishReason: '紧急' })}                                      | ${office} | ${true}
    ${'已有解读无需强制'}         | ${doc({ isNormative: true, forcePublishReason: '紧急', interpretations: [interpretation()] })} | ${office} | ${false}
    ${'不需要解读'}               | ${doc({ forcePublishReason: '紧急' })}                                                         | ${office} | ${false}
    ${'无权限'}                   | ${doc({ isNormative: true, forcePublishReason: '紧急' })}                                      | ${editor} | ${false}
    ${'本人编辑、有理由'}         | ${doc({ lastEditorId: 9, forcePublishReason: '紧急' })}                                        | ${office} | ${true}
    ${'他人编辑、有理由无需强制'} | ${doc({ lastEditorId: 8, forcePublishReason: '紧急' })}                                        | ${office} | ${false}
  `('isForcePublish：$label', ({ facts, actor, expected }) => {
    expect(isForcePublish(facts, actor)).toBe(expected);
  });
});

const leaving = (overrides: Partial<LeavingFacts> = {}): LeavingFacts => ({
  title: '关于测试的通知',
  needsInterpretation: true,
  publishedInterpretations: 1,
  ...overrides,
});

describe('解读的发布、撤销、删除与改挂', () => {
  test.each`
    label                                   | facts                                                                                                                                         | expected
    ${'文件已发布'}                         | ${{ document: { title: '文', published: true }, coPublishing: false, leaving: null, lastEditorId: null }}                                     | ${[]}
    ${'文件未发布'}                         | ${{ document: { title: '文', published: false }, coPublishing: false, leaving: null, lastEditorId: null }}                                    | ${['DOCUMENT_NOT_PUBLISHED']}
    ${'与文件同步发布'}                     | ${{ document: { title: '文', published: false }, coPublishing: true, leaving: null, lastEditorId: null }}                                     | ${[]}
    ${'未关联文件'}                         | ${{ document: null, coPublishing: false, leaving: null, lastEditorId: null }}                                                                 | ${['DOCUMENT_NOT_PUBLISHED']}
    ${'改挂到其他文件，原文件仅此一篇解读'} | ${{ document: { title: '新', published: true }, coPublishing: false, leaving: leaving(), lastEditorId: null }}                                | ${['LAST_INTERPRETATION']}
    ${'发布人是解读的最后编辑人'}           | ${{ document: { title: '文', published: true }, coPublishing: false, leaving: null, lastEditorId: 7 }}                                        | ${['SAME_EDITOR']}
    ${'同步发布时由文件的发布规则判断'}     | ${{ document: null, coPublishing: true, leaving: null, lastEditorId: 7 }}                                                                     | ${[]}
    ${'改挂到其他文件，原文件还有解读'}     | ${{ document: { title: '新', published: true }, coPublishing: false, leaving: leaving({ publishedInterpretations: 2 }), lastEditorId: null }} | ${[]}
  `('evaluateInterpretationPublish：$label', ({ facts, expected }) => {
    expect(evaluateInterpretationPublish(facts, editor).map((r) => r.code)).toEqual(expected);
  });

  test('文件未发布时提示从文件发布', () => {
    expect(
      evaluateInterpretationPublish(
        {
          document: { title: '关于测试的通知', published: false },
          coPublishing: false,
          leaving: null,
          lastEditorId: null,
        },
        editor,
      )[0].message,
    ).toBe(
      '所解读的文件《关于测试的通知》尚未发布，解读不能先于文件发布，请在该文件页面点击“发布”，文件与解读同步发布',
    );
  });

  test.each`
    label                   | facts                                       | expected
    ${'未发布的解读'}       | ${null}                                     | ${[]}
    ${'唯一已发布解读'}     | ${leaving()}                                | ${['LAST_INTERPRETATION']}
    ${'还有其他已发布解读'} | ${leaving({ publishedInterpretations: 2 })} | ${[]}
    ${'文件本不需要解读'}   | ${leaving({ needsInterpretation: false })}  | ${[]}
  `('evaluateInterpretationWithdrawal：$label', ({ facts, expected }) => {
    expect(evaluateInterpretationWithdrawal(facts).map((r) => r.code)).toEqual(expected);
  });

  test('最后一篇解读的中文提示', () => {
    expect(evaluateInterpretationWithdrawal(leaving())[0].message).toBe(
      '该解读是已发布文件《关于测试的通知》唯一已发布的解读，文件仍处于发布状态时不能撤销发布、删除或改为解读其他文件',
    );
  });
});
