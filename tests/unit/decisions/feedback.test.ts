import {
  adoptionSummaryDueDate,
  evaluateCommentReview,
  overdueFeedbackDue,
  tallyComments,
  type CommentReview,
} from '../../../src/domain/decisions/feedback';
import { receiptNumber } from '../../../src/domain/decisions/comments';
import { scheduleLookup } from '../../../src/services/calendar';

const builtIn = scheduleLookup(new Map());

const review = (overrides: Partial<CommentReview>): CommentReview => ({
  moderation: 'moderation_published',
  moderationReason: null,
  adoption: 'unreviewed',
  reply: null,
  ...overrides,
});

describe('evaluateCommentReview：审核与采纳反馈', () => {
  test.each`
    label                             | comment                                                                      | expected
    ${'待审核'}                       | ${review({ moderation: 'moderation_pending' })}                              | ${[]}
    ${'不予公开无理由'}               | ${review({ moderation: 'moderation_withheld' })}                             | ${['MODERATION_REASON_MISSING']}
    ${'不予公开有理由'}               | ${review({ moderation: 'moderation_withheld', moderationReason: '含广告' })} | ${[]}
    ${'采纳'}                         | ${review({ adoption: 'adopted' })}                                           | ${[]}
    ${'未采纳无理由'}                 | ${review({ adoption: 'not_adopted' })}                                       | ${['ADOPTION_REASON_MISSING']}
    ${'部分采纳无理由'}               | ${review({ adoption: 'partly_adopted', reply: ' ' })}                        | ${['ADOPTION_REASON_MISSING']}
    ${'未采纳有理由'}                 | ${review({ adoption: 'not_adopted', reply: '超出本决策范围' })}              | ${[]}
    ${'待审核的意见反馈采纳'}         | ${review({ moderation: 'moderation_pending', adoption: 'adopted' })}         | ${['ADOPTION_ON_UNPUBLISHED_COMMENT']}
    ${'不予公开且无理由又反馈未采纳'} | ${review({ moderation: 'moderation_withheld', adoption: 'not_adopted' })}    | ${['MODERATION_REASON_MISSING', 'ADOPTION_ON_UNPUBLISHED_COMMENT', 'ADOPTION_REASON_MISSING']}
  `('$label', ({ comment, expected }) => {
    expect(evaluateCommentReview(comment).map((r) => r.code)).toEqual(expected);
  });
});

test('tallyComments：各状态计数', () => {
  expect(
    tallyComments([
      { moderation: 'moderation_pending', adoption: 'unreviewed' },
      { moderation: 'moderation_withheld', adoption: 'unreviewed' },
      { moderation: 'moderation_published', adoption: 'unreviewed' },
      { moderation: 'moderation_published', adoption: 'adopted' },
      { moderation: 'moderation_published', adoption: 'partly_adopted' },
      { moderation: 'moderation_published', adoption: 'not_adopted' },
    ]),
  ).toEqual({
    received: 6,
    pending: 1,
    published: 4,
    withheld: 1,
    adopted: 1,
    partlyAdopted: 1,
    notAdopted: 1,
    unanswered: 1,
  });
});

describe('采纳情况公布期限：决策文件成文后第 10 个工作日（按工作日历）', () => {
  test.each`
    issuedOn        | due             | desc
    ${'2026-11-20'} | ${'2026-12-04'} | ${'普通两周（周五成文）'}
    ${'2026-09-25'} | ${'2026-10-15'} | ${'跨国庆：10/1–7 放假，10/10 周六调休上班'}
    ${'2026-02-10'} | ${'2026-03-02'} | ${'跨春节：2/14、2/28 周六调休上班'}
  `('$issuedOn 成文 → $due（$desc）', ({ issuedOn, due }) => {
    expect(adoptionSummaryDueDate(issuedOn, builtIn)).toBe(due);
  });

  const facts = { resultIssuedOn: '2026-09-25', summaryPublished: false, consultationSkipped: false };
  test.each`
    label                     | input                                      | today           | expected
    ${'期限当天未逾期'}       | ${facts}                                   | ${'2026-10-15'} | ${null}
    ${'期限次日逾期'}         | ${facts}                                   | ${'2026-10-16'} | ${'2026-10-15'}
    ${'已公布'}               | ${{ ...facts, summaryPublished: true }}    | ${'2026-12-01'} | ${null}
    ${'无结果文件'}           | ${{ ...facts, resultIssuedOn: null }}      | ${'2026-12-01'} | ${null}
    ${'未征求意见（有理由）'} | ${{ ...facts, consultationSkipped: true }} | ${'2026-12-01'} | ${null}
  `('$label', ({ input, today, expected }) => {
    expect(overdueFeedbackDue(input, today, builtIn)).toBe(expected);
  });
});

test('回执编号', () => {
  expect(receiptNumber('2026-11-30', '3f9a0c1b')).toBe('YJ20261130-3F9A0C1B');
});
