import { archiveTransferDueDate, interpretationDueDate } from '../../../src/domain/calendar/deadlines';
import { parseScheduleEntry } from '../../../src/domain/calendar/schedule-entry';
import { statutoryHolidays, type LunarCalendar } from '../../../src/domain/calendar/statutory-holidays';
import {
  addWorkingDays,
  isWorkingDay,
  workingDaysBetween,
  type YearSchedule,
} from '../../../src/domain/calendar/working-days';
import { scheduleLookup } from '../../../src/services/calendar';

/** Built-in sources only: the State Council schedules (to 2026) and statutory holidays after. */
const builtIn = scheduleLookup(new Map());

describe('isWorkingDay：官方安排、调休与尚未公布安排的年份', () => {
  test.each`
    date            | expected | desc
    ${'2026-10-01'} | ${false} | ${'国庆节'}
    ${'2026-10-07'} | ${false} | ${'国庆调休放假'}
    ${'2026-10-08'} | ${true}  | ${'国庆后首个工作日'}
    ${'2026-10-10'} | ${true}  | ${'周六调休上班'}
    ${'2026-09-20'} | ${true}  | ${'周日调休上班'}
    ${'2026-02-14'} | ${true}  | ${'春节前周六调休上班'}
    ${'2026-02-17'} | ${false} | ${'春节'}
    ${'2026-02-28'} | ${true}  | ${'春节后周六调休上班'}
    ${'2026-11-21'} | ${false} | ${'普通周六'}
    ${'2026-11-23'} | ${true}  | ${'普通周一'}
    ${'2027-01-01'} | ${false} | ${'2027 年元旦（安排未公布，按法定节假日）'}
    ${'2027-02-05'} | ${false} | ${'2027 年除夕'}
    ${'2027-02-08'} | ${false} | ${'2027 年初三'}
    ${'2027-02-09'} | ${true}  | ${'2027 年初四（未公布调休，照常上班）'}
    ${'2027-04-05'} | ${false} | ${'2027 年清明'}
    ${'2027-05-03'} | ${true}  | ${'2027 年劳动节只放两天'}
    ${'2027-06-09'} | ${false} | ${'2027 年端午'}
    ${'2027-09-15'} | ${false} | ${'2027 年中秋'}
    ${'2027-10-04'} | ${true}  | ${'2027 年国庆只按法定三天'}
  `('$date 是否工作日：$expected（$desc）', ({ date, expected }) => {
    expect(isWorkingDay(date, builtIn)).toBe(expected);
  });
});

describe('期限：事件当天不计，期限为之后第 N 个工作日', () => {
  test.each`
    date            | n     | expected        | desc
    ${'2026-09-25'} | ${20} | ${'2026-10-29'} | ${'中秋国庆前发布，归档移交 20 个工作日'}
    ${'2026-02-13'} | ${3}  | ${'2026-02-25'} | ${'春节前一天，3 个工作日（含 2 月 14 日调休）'}
    ${'2026-11-20'} | ${3}  | ${'2026-11-25'} | ${'周五，跨周末'}
    ${'2026-10-09'} | ${1}  | ${'2026-10-10'} | ${'次日为调休周六'}
    ${'2026-09-30'} | ${3}  | ${'2026-10-10'} | ${'国庆前一天'}
    ${'2026-12-31'} | ${1}  | ${'2027-01-04'} | ${'跨年：2027 年元旦按法定节假日'}
    ${'2027-02-04'} | ${1}  | ${'2027-02-09'} | ${'2027 年春节（除夕至初三）'}
    ${'2027-09-30'} | ${1}  | ${'2027-10-04'} | ${'2027 年国庆（法定三天）'}
    ${'2027-01-04'} | ${20} | ${'2027-02-01'} | ${'2027 年一月，20 个工作日'}
  `('addWorkingDays("$date", $n) 应为 $expected（$desc）', ({ date, n, expected }) => {
    expect(addWorkingDays(date, n, builtIn)).toBe(expected);
  });

  test.each`
    from            | to              | expected | desc
    ${'2026-09-25'} | ${'2026-10-29'} | ${20}    | ${'与 addWorkingDays 互逆'}
    ${'2026-12-31'} | ${'2027-01-04'} | ${1}     | ${'跨年'}
    ${'2026-11-23'} | ${'2026-11-23'} | ${0}     | ${'同一天'}
    ${'2026-11-23'} | ${'2026-11-20'} | ${0}     | ${'倒序'}
  `('workingDaysBetween("$from", "$to") 应为 $expected（$desc）', ({ from, to, expected }) => {
    expect(workingDaysBetween(from, to, builtIn)).toBe(expected);
  });

  test.each`
    kind          | due                       | date            | expected
    ${'解读补发'} | ${interpretationDueDate}  | ${'2026-02-13'} | ${'2026-02-25'}
    ${'归档移交'} | ${archiveTransferDueDate} | ${'2026-09-25'} | ${'2026-10-29'}
  `('$kind期限', ({ due, date, expected }) => {
    expect(due(date, builtIn)).toBe(expected);
  });
});

describe('网站管理员录入的年度安排优先', () => {
  const entered2027: YearSchedule = {
    holidays: new Map(
      ['2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07'].map((d) => [
        d,
        '国庆节',
      ]),
    ),
    workdays: new Map([['2027-10-09', '国庆节调休']]),
  };
  const withEntry = scheduleLookup(new Map([[2027, entered2027]]));

  test.each`
    date            | n    | expected        | desc
    ${'2027-09-30'} | ${1} | ${'2027-10-08'} | ${'录入国庆七天后'}
    ${'2027-10-08'} | ${1} | ${'2027-10-09'} | ${'录入的周六调休上班'}
  `('addWorkingDays("$date", $n) 应为 $expected（$desc）', ({ date, n, expected }) => {
    expect(addWorkingDays(date, n, withEntry)).toBe(expected);
  });
});

describe('statutoryHolidays：按农历与节气计算的法定节假日', () => {
  const LUNAR_2027: Record<string, string> = { '1-1': '2027-02-06', '5-5': '2027-06-09', '8-15': '2027-09-15' };
  const lunar2027: LunarCalendar = {
    solarDateOfLunar: (_year, month, day) => LUNAR_2027[`${month}-${day}`] ?? 'unknown',
    qingming: () => '2027-04-05',
  };

  test('2027 年', () => {
    expect([...statutoryHolidays(2027, lunar2027).holidays]).toEqual([
      ['2027-01-01', '元旦'],
      ['2027-02-05', '春节'],
      ['2027-02-06', '春节'],
      ['2027-02-07', '春节'],
      ['2027-02-08', '春节'],
      ['2027-04-05', '清明节'],
      ['2027-05-01', '劳动节'],
      ['2027-05-02', '劳动节'],
      ['2027-06-09', '端午节'],
      ['2027-09-15', '中秋节'],
      ['2027-10-01', '国庆节'],
      ['2027-10-02', '国庆节'],
      ['2027-10-03', '国庆节'],
    ]);
  });
});

describe('parseScheduleEntry：录入格式与错误提示', () => {
  test.each`
    label           | input                                                                                       | expected
    ${'有效'}       | ${{ year: 2027, holidays: '2027-10-01 国庆节\n\n2027-10-02', workdays: '2027-10-09 调休' }} | ${[]}
    ${'无效日期'}   | ${{ year: 2027, holidays: '2027-02-30 春节', workdays: '' }}                                | ${['「放假日期」第 1 行“2027-02-30 春节”不是有效日期，应为“YYYY-MM-DD 名称”']}
    ${'格式错误'}   | ${{ year: 2027, holidays: '10月1日 国庆', workdays: '' }}                                   | ${['「放假日期」第 1 行“10月1日 国庆”不是有效日期，应为“YYYY-MM-DD 名称”']}
    ${'不在该年度'} | ${{ year: 2027, holidays: '', workdays: '\n2026-10-10 调休' }}                              | ${['「调休上班日期」第 2 行“2026-10-10 调休”不在 2027 年内']}
    ${'放假又上班'} | ${{ year: 2027, holidays: '2027-10-09', workdays: '2027-10-09' }}                           | ${['2027-10-09 不能同时是放假日期和调休上班日期']}
    ${'缺少年度'}   | ${{ year: null, holidays: '', workdays: '' }}                                               | ${['「年度」为必填项']}
  `('$label', ({ input, expected }) => {
    const parsed = parseScheduleEntry(input);
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.message)).toEqual(expected);
  });

  test('名称可省略，默认为“放假日期”', () => {
    const parsed = parseScheduleEntry({ year: 2027, holidays: '2027-10-02', workdays: '' });
    expect(parsed.ok && [...parsed.schedule.holidays]).toEqual([['2027-10-02', '放假日期']]);
  });
});
