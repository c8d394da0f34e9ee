/** qa46: the search dialog's count line does not call notes and tags concepts. */
import { describe, expect, it } from 'vitest';
import { countKeyOf, NOTE_KIND, TAG_KIND } from '../../../src/views/search-core.ts';
import zh from '../../../src/i18n/zh-CN.json' with { type: 'json' };
import en from '../../../src/i18n/en.json' with { type: 'json' };

describe('search count line', () => {
  it('says concepts only when every hit is a concept', () => {
    expect(countKeyOf([{ k: 'object' }, { k: 'field' }], false)).toBe('search.count');
    // `cronjb`: the note "Job 与 CronJob", its draft and the concept CronJob
    expect(countKeyOf([{ k: NOTE_KIND }, { k: NOTE_KIND }, { k: 'object' }], false)).toBe('search.countResults');
    expect(countKeyOf([{ k: TAG_KIND }], false)).toBe('search.countResults');
    expect(countKeyOf([{ k: NOTE_KIND }], true)).toBe('search.partial');
    expect(zh['search.countResults']).toBe('找到 {count} 个结果');
    expect(en['search.countResults']).not.toMatch(/concept/i);
  });
});
