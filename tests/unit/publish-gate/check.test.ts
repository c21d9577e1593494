import { checkPublish } from '../../../src/domain/publish-gate/check';
import type { DocumentFacts } from '../../../src/domain/publish-gate/facts';
import { doc as baseDoc, interpretation } from './fixtures';

/** A normative document: it needs an interpretation. */
const doc = (overrides: Partial<DocumentFacts> = {}): DocumentFacts => baseDoc({ isNormative: true, ...overrides });

const reviewer = { id: 7, canForcePublish: false };
const office = { id: 9, canForcePublish: true };

const published = interpretation({ documentId: 'i-pub', title: '已发布解读', published: true });
const ready = interpretation({ documentId: 'i-ready', title: '完整的解读草稿' });
const incomplete = interpretation({ documentId: 'i-draft', title: '未完成的解读', draftProblems: ['请填写解读形式'] });

describe('checkPublish：发布检查面板显示的结论与发布闸门一致', () => {
  test.each`
    label                         | facts                                                 | actor       | codes                                                      | forced   | states
    ${'规范性文件有完整解读草稿'} | ${doc({ interpretations: [ready] })}                  | ${reviewer} | ${[]}                                                      | ${false} | ${['co-publish']}
    ${'已发布解读与未完成草稿'}   | ${doc({ interpretations: [published, incomplete] })}  | ${reviewer} | ${[]}                                                      | ${false} | ${['published', 'incomplete']}
    ${'只有未完成的解读草稿'}     | ${doc({ interpretations: [incomplete] })}             | ${reviewer} | ${['INTERPRETATION_REQUIRED', 'INTERPRETATION_NOT_READY']} | ${false} | ${['incomplete']}
    ${'公开办填写理由强制发布'}   | ${doc({ forcePublishReason: '会议要求当日发布' })}    | ${office}   | ${[]}                                                      | ${true}  | ${[]}
    ${'审核人是最后编辑人'}       | ${doc({ lastEditorId: 7, interpretations: [ready] })} | ${reviewer} | ${['SAME_EDITOR']}                                         | ${false} | ${['co-publish']}
  `('$label', ({ facts, actor, codes, forced, states }) => {
    const check = checkPublish(facts, actor);

    expect(check.reasons.map((reason) => reason.code)).toEqual(codes);
    expect(check.forcePublish).toBe(forced);
    expect(check.interpretations.map((i) => i.state)).toEqual(states);
  });

  test('未完成的解读草稿列出原因；需要解读的文件说明是哪类文件', () => {
    const check = checkPublish(doc({ interpretations: [incomplete] }), reviewer);

    expect(check.needsInterpretationBecause).toBe('规范性文件');
    expect(check.interpretations).toEqual([
      { documentId: 'i-draft', title: '未完成的解读', state: 'incomplete', problems: ['请填写解读形式'] },
    ]);
  });

  test('不需要解读的文件', () => {
    expect(checkPublish(doc({ isNormative: false }), reviewer).needsInterpretationBecause).toBeNull();
  });
});
