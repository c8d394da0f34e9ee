/**
 * rules47 (docs/miner.md "rules47"): a record's ID alone with its grade in parentheses — a handbook's rule
 * `**R-01（必须）**：…`, an audit's finding `F-03（高）` — numbers an item of a series the note keeps; it names no
 * concept (label-rules.ts GRADED_RECORD, read by resolve.ts before the grade is dropped as a remark). A Latin name
 * with a number and no grade (`HTTP-01`, `DNS-01`) or with a gloss that is no grade stays a name.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { GRADED_RECORD, gradedRecord, notAConcept } from '../../../src/graph/miner/label-rules.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });

describe('gradedRecord: a record’s ID with its grade', () => {
  it.each([
    ['R-01（必须）', true],
    ['R-02（禁止）：', true],
    ['R-11 (建议)', true],
    ['S-01（MUST）', true],
    ['SEC-12（should not）', true],
    ['F-03（高）', true],
    ['R-40（ 禁止 ）', true],
    // not of the shape: no grade, a gloss that is no grade, a Latin name, a Chinese word before (numbered-record's)
    ['R-01', false],
    ['HTTP-01', false],
    ['DNS-01（文件验证）', false],
    ['KEP-1623', false],
    ['IST0101（高）', false],
    ['Pod（必须）', false],
    ['R-01 规定（必须）', false],
    ['发现 F-01（高）', false],
  ])('%s → %s', (label, record) => {
    expect(gradedRecord(label)).toBe(record);
  });

  it('is one of the labels that are no concept, by its name', () => {
    expect(notAConcept('R-01（必须）')?.name).toBe(GRADED_RECORD.name);
    expect(notAConcept('HTTP-01')).toBeUndefined();
  });

  it('a handbook’s numbered rules make no concepts; the fields they set and a challenge type still do', async () => {
    const g = await mine(
      '# Deployment 发布规范',
      '',
      '## 1. 发布策略',
      '',
      '**maxUnavailable**：滚动更新时最多允许多少个 Pod 不可用，可以写整数或百分比。',
      '',
      '- **R-01（必须）**：`spec.strategy.type` 显式写出，不得依赖默认值。',
      '- **R-02（禁止）**：面向用户流量的服务禁止使用 `Recreate`。',
      '- **R-03（建议）**：`maxSurge` 不要超过 `50%`。',
      '',
      '## 2. 证书',
      '',
      '**HTTP-01**：CA 访问 `http://<域名>/.well-known/acme-challenge/<token>` 验证域名归属。',
    );
    const titles = g.concepts.map((c) => c.title);
    expect(titles.filter((t) => /^R-0/.test(t))).toEqual([]);
    expect(titles).toContain('maxUnavailable');
    expect(titles).toContain('HTTP-01');
  });
});
