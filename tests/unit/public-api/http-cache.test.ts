import { etagMatches, weakEtag } from '../../../src/domain/public-api/http-cache';

const etag = weakEtag('{"data":[]}');

describe('weakEtag', () => {
  test('同一内容同一标签，内容不同标签不同，且为弱标签', () => {
    expect(weakEtag('{"data":[]}')).toBe(etag);
    expect(weakEtag('{"data":[1]}')).not.toBe(etag);
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
  });
});

describe('etagMatches', () => {
  test.each`
    label                 | header                  | expected
    ${'没有请求头'}       | ${undefined}            | ${false}
    ${'相同标签'}         | ${etag}                 | ${true}
    ${'去掉 W/ 的强标签'} | ${etag.slice(2)}        | ${true}
    ${'列表中之一'}       | ${`W/"other", ${etag}`} | ${true}
    ${'星号'}             | ${'*'}                  | ${true}
    ${'其他标签'}         | ${'W/"other"'}          | ${false}
  `('$label → $expected', ({ header, expected }) => {
    expect(etagMatches(header, etag)).toBe(expected);
  });
});
