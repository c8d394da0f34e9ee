/**
 * `patternNamed` answers a name made only of Chinese characters without `normKey` (the miner asks
 * it for every prefix of a clause's Chinese opening, prose.ts): such a name must be its own key,
 * and the answers must be those of the general path — for the table's own Chinese names, with
 * the suffixes 模式 and 容器, and for names that are no pattern.
 */
import { describe, expect, it } from 'vitest';
import { normKey } from '../../../src/graph/labels.ts';
import { patternNamed } from '../../../src/graph/vocabulary/index.ts';
import { PATTERN_NAMES } from '../../../src/graph/vocabulary/names.ts';

/** The general path: the name's key, then the key without a trailing 模式/pattern/容器/container(s). */
function byKey(name: string): string | undefined {
  const table = new Map(Object.entries(PATTERN_NAMES).flatMap(([p, names]) => names.map((n) => [normKey(n), p] as [string, string])));
  const k = normKey(name);
  return table.get(k) ?? table.get(k.replace(/(模式|pattern|容器|containers?)$/u, ''));
}

describe('patternNamed on names of Chinese characters', () => {
  it('every character of U+4E00–U+9FFF is its own key', () => {
    const changed: string[] = [];
    for (let c = 0x4e00; c <= 0x9fff; c++) {
      const s = String.fromCharCode(c);
      if (normKey(s) !== s) changed.push(s);
    }
    expect(changed).toEqual([]);
  });

  it('answers as the key path does, with and without 模式 / 容器, and for other words', () => {
    const chinese = Object.values(PATTERN_NAMES).flat().filter((n) => /^[\u4e00-\u9fff]+$/.test(n));
    expect(chinese.length).toBeGreaterThan(0);
    const names = [...chinese, ...chinese.flatMap((n) => [`${n}模式`, `${n}容器`, n.slice(0, -1), `${n}的`]), '模式', '容器', '控制器', '调度器', '宿主机网络'];
    for (const n of names) expect([n, patternNamed(n)]).toEqual([n, byKey(n)]);
    expect(names.some((n) => patternNamed(n) !== undefined)).toBe(true);
    expect(names.some((n) => patternNamed(n) === undefined)).toBe(true);
  });
});
