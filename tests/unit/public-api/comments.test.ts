import { checkComment, type ConsultationFacts } from '../../../src/domain/public-api/comments';
import { isOpenForComments } from '../../../src/domain/public-api/shapes';

const open: ConsultationFacts = {
  stage: 'public_consultation',
  consultationStart: '2026-05-01',
  consultationEnd: '2026-05-30',
};
const body = (data: Record<string, unknown>) => ({ data: { decisionItem: 'abc', content: '建议增加绿地。', ...data } });

describe('isOpenForComments', () => {
  test.each`
    label                     | item                                   | today           | expected
    ${'征求意见首日'}         | ${open}                                | ${'2026-05-01'} | ${true}
    ${'征求意见最后一日'}     | ${open}                                | ${'2026-05-30'} | ${true}
    ${'尚未开始'}             | ${open}                                | ${'2026-04-30'} | ${false}
    ${'已截止'}               | ${open}                                | ${'2026-05-31'} | ${false}
    ${'阶段不是公开征求意见'} | ${{ ...open, stage: 'expert_review' }} | ${'2026-05-10'} | ${false}
    ${'未填截止日期'}         | ${{ ...open, consultationEnd: null }}  | ${'2026-05-10'} | ${false}
  `('$label → $expected', ({ item, today, expected }) => {
    expect(isOpenForComments(item, today)).toBe(expected);
  });
});

describe('checkComment', () => {
  test.each`
    label                       | submitted                                   | item                                          | expected
    ${'填写完整'}               | ${body({})}                                 | ${open}                                       | ${[]}
    ${'决策事项不存在或未发布'} | ${body({})}                                 | ${null}                                       | ${['DECISION_ITEM_NOT_FOUND']}
    ${'已截止且内容为空'}       | ${body({ content: ' ' })}                   | ${{ ...open, consultationEnd: '2026-05-09' }} | ${['CONSULTATION_CLOSED', 'CONTENT_REQUIRED']}
    ${'内容超过 5000 字'}       | ${body({ content: '意'.repeat(5001) })}     | ${open}                                       | ${['CONTENT_TOO_LONG']}
    ${'内容正好 5000 字'}       | ${body({ content: '意'.repeat(5000) })}     | ${open}                                       | ${[]}
    ${'邮箱无效'}               | ${body({ contactEmail: 'not-mail' })}       | ${open}                                       | ${['INVALID_CONTACT']}
    ${'姓名过长'}               | ${body({ commenterName: '名'.repeat(51) })} | ${open}                                       | ${['INVALID_CONTACT']}
    ${'试图填写采纳情况'}       | ${body({ adoption: 'adopted' })}            | ${open}                                       | ${['INVALID_BODY']}
    ${'没有 data'}              | ${{ content: 'x' }}                         | ${open}                                       | ${['INVALID_BODY']}
  `('$label → $expected', ({ submitted, item, expected }) => {
    const checked = checkComment(submitted, item, '2026-05-10');
    expect(checked.ok ? [] : checked.problems.map((p) => p.code)).toEqual(expected);
  });

  test('只保留可以提交的字段，联系方式留空时为 null', () => {
    expect(checkComment(body({ contactPhone: '13800000000' }), open, '2026-05-10')).toEqual({
      ok: true,
      value: {
        decisionItem: 'abc',
        content: '建议增加绿地。',
        commenterName: null,
        contactPhone: '13800000000',
        contactEmail: null,
      },
    });
  });
});

describe('checkComment：纯文本与长度', () => {
  test.each`
    label               | content                                 | expected
    ${'script 标签'}    | ${'好的<script>alert(1)</script>'}      | ${['CONTENT_HAS_MARKUP']}
    ${'img 事件'}       | ${'看图<img src=x onerror=alert(1)>吧'} | ${['CONTENT_HAS_MARKUP']}
    ${'闭合标签'}       | ${'加粗</b>的意见内容'}                 | ${['CONTENT_HAS_MARKUP']}
    ${'HTML 注释'}      | ${'意见<!-- 隐藏 -->内容'}              | ${['CONTENT_HAS_MARKUP']}
    ${'小于号和大于号'} | ${'建议班额 < 45 人，且 > 30 人'}       | ${[]}
    ${'尖括号里的数字'} | ${'补贴标准<100元>偏低，建议提高'}      | ${[]}
    ${'书名号'}         | ${'《实施办法》第三条建议修改'}         | ${[]}
    ${'少于 5 个字'}    | ${'同意'}                               | ${['CONTENT_TOO_SHORT']}
    ${'正好 5 个字'}    | ${'完全同意的'}                         | ${[]}
    ${'数字不是文本'}   | ${12345}                                | ${['CONTENT_NOT_TEXT']}
    ${'数组不是文本'}   | ${['建议增加绿地']}                     | ${['CONTENT_NOT_TEXT']}
    ${'一万字'}         | ${'意'.repeat(10000)}                   | ${['CONTENT_TOO_LONG']}
  `('$label → $expected', ({ content, expected }) => {
    const checked = checkComment(body({ content }), open, '2026-05-10');
    expect(checked.ok ? [] : checked.problems.map((p) => p.code)).toEqual(expected);
  });

  test('HTML 的中文原因指出发现的标签', () => {
    const checked = checkComment(body({ content: '好的<script>alert(1)</script>' }), open, '2026-05-10');
    expect(checked).toEqual({
      ok: false,
      problems: [
        {
          code: 'CONTENT_HAS_MARKUP',
          message: '意见内容须为纯文本，不能包含 HTML 标签（发现“<script>”），请删除后重新提交',
        },
      ],
    });
  });
});
