import { pinyin } from 'pinyin-pro';
import slugify from 'slugify';

const MAX_SLUG_LENGTH = 80;

/** 政策文件标题 → `zheng-ce-wen-jian`: toneless pinyin per character, ASCII kept as words. */
export const slugFromTitle = (title: string): string => {
  const words = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const slug = slugify(words.join(' '), { lower: true, strict: true, trim: true });
  return slug.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '') || 'wen-jian';
};

/** The first of `base`, `base-2`, `base-3`, … that `isTaken` does not claim. */
export const firstFreeSlug = async (
  base: string,
  isTaken: (candidate: string) => Promise<boolean>,
): Promise<string> => {
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
};
