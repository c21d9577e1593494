import { firstFreeSlug, slugFromTitle } from '../../../src/domain/numbering/slug';

describe('slugFromTitle 由中文标题生成拼音别名', () => {
  test.each`
    label                 | title                       | expected
    ${'纯中文'}           | ${'关于加强校园安全的通知'} | ${'guan-yu-jia-qiang-xiao-yuan-an-quan-de-tong-zhi'}
    ${'含数字'}           | ${'2026年招生工作'}         | ${'2026-nian-zhao-sheng-gong-zuo'}
    ${'书名号与标点去掉'} | ${'印发《办法》的通知'}     | ${'yin-fa-ban-fa-de-tong-zhi'}
    ${'ü 写作 v'}         | ${'绿色出行'}               | ${'lv-se-chu-xing'}
    ${'只有标点'}         | ${'《》'}                   | ${'wen-jian'}
  `('$label：$title', ({ title, expected }) => {
    expect(slugFromTitle(title)).toBe(expected);
  });

  test('长标题截断到 80 个字符以内且不以连字符结尾', () => {
    const slug = slugFromTitle('清河区人民政府办公室关于印发清河区深化营商环境改革进一步优化政务服务若干措施的通知');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});

test.each`
  label           | taken                  | expected
  ${'未被占用'}   | ${[]}                  | ${'a'}
  ${'被占用一次'} | ${['a']}               | ${'a-2'}
  ${'被占用多次'} | ${['a', 'a-2', 'a-3']} | ${'a-4'}
`('firstFreeSlug：$label', async ({ taken, expected }) => {
  await expect(firstFreeSlug('a', async (candidate) => taken.includes(candidate))).resolves.toBe(expected);
});
