import schedule from 'chinese-days/dist/chinese-days.json';
import { interpretationDueDate } from '../../../src/domain/calendar/deadlines';
import {
  addWorkingDays,
  isWorkingDay,
  workingDaysBetween,
  type OfficialSchedule,
} from '../../../src/domain/calendar/working-days';

const official: OfficialSchedule = {
  holidays: new Map(Object.entries(schedule.holidays)),
  workdays: new Map(Object.entries(schedule.workdays)),
};

describe('isWorkingDay（2026 年官方安排）', () => {
  test.each`
    date            | expected | desc
    ${'2026-10-01'} | ${false} | ${'国庆节'}
    ${'2026-10-08'} | ${true}  | ${'国庆后首个工作日'}
    ${'2026-10-10'} | ${true}  | ${'周六调休上班'}
    ${'2026-09-20'} | ${true}  | ${'周日调休上班'}
    ${'2026-02-14'} | ${true}  | ${'春节前周六调休上班'}
    ${'2026-02-17'} | ${false} | ${'春节'}
    ${'2026-11-21'} | ${false} | ${'普通周六'}
    ${'2026-11-23'} | ${true}  | ${'普通周一'}
  `('$date 是否工作日：$expected（$desc）', ({ date, expected }) => {
    expect(isWorkingDay(date, official)).toBe(expected);
  });
});

describe('addWorkingDays：事件当天不计，期限为之后第 N 个工作日', () => {
  test.each`
    date            | n     | expected        | desc
    ${'2026-09-25'} | ${20} | ${'2026-10-29'} | ${'中秋国庆前发布，归档移交 20 个工作日'}
    ${'2026-02-13'} | ${3}  | ${'2026-02-25'} | ${'春节前一天发布，解读 3 个工作日（含 2 月 14 日调休）'}
    ${'2026-11-20'} | ${3}  | ${'2026-11-25'} | ${'周五发布，跨周末'}
    ${'2026-10-09'} | ${1}  | ${'2026-10-10'} | ${'次日为调休周六'}
  `('addWorkingDays("$date", $n) 应为 $expected（$desc）', ({ date, n, expected }) => {
    expect(addWorkingDays(date, n, official)).toBe(expected);
  });

  test.each`
    from            | to              | expected | desc
    ${'2026-09-25'} | ${'2026-10-29'} | ${20}    | ${'与 addWorkingDays 互逆'}
    ${'2026-11-23'} | ${'2026-11-23'} | ${0}     | ${'同一天'}
    ${'2026-11-23'} | ${'2026-11-20'} | ${0}     | ${'倒序'}
  `('workingDaysBetween("$from", "$to") 应为 $expected（$desc）', ({ from, to, expected }) => {
    expect(workingDaysBetween(from, to, official)).toBe(expected);
  });

  test('强制发布后解读补发期限为成文后第 3 个工作日', () => {
    expect(interpretationDueDate('2026-09-30', official)).toBe('2026-10-10');
  });
});
