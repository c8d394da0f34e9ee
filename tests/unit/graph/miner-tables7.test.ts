/**
 * tables7 (docs/miner.md, "tables7"): tables that set out a tool's settings and a kind's own phases
 * (setting-tables.ts). Names, tools and notes written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { SETTING_HEADER, phaseColumnTable, phaseName, tableCompleted, valueName, valueTable } from '../../../src/graph/miner/setting-tables.ts';
import { keySpelling, unplacedKey } from '../../../src/graph/miner/unplaced-keys.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const graphOf = async (...lines: string[]) => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const concept = (g: Awaited<ReturnType<typeof graphOf>>, title: string) => g.concepts.find((c) => c.title === title);

describe('the data: headers and spellings', () => {
  it('a column of settings is headed as settings, not as anything in a row', () => {
    for (const h of ['设置', '设置项', '配置键', 'Settings', 'config keys']) expect(SETTING_HEADER.test(h)).toBe(true);
    for (const h of ['说明', '默认', '对比项', '命令', '版本']) expect(SETTING_HEADER.test(h)).toBe(false);
  });
  it('a table of phases: a phase column first and a column saying what each means', () => {
    expect(phaseColumnTable(['phase', '含义'])).toBe(true);
    expect(phaseColumnTable(['Phase', '说明'])).toBe(true);
    expect(phaseColumnTable(['阶段', '什么意思'])).toBe(true);
    // (a status column is as often health words or printable statuses; a comparison or a plan is no table of phases)
    expect(phaseColumnTable(['状态', '含义'])).toBe(false);
    expect(phaseColumnTable(['阶段', '旧做法', '新做法'])).toBe(false);
    expect(phaseColumnTable(['phase'])).toBe(false);
    expect(phaseName('WarmingUp')).toBe(true);
    expect(phaseName('`Draining`')).toBe(true);
    expect(phaseName('warming')).toBe(false);
    expect(phaseName('READY')).toBe(false);
  });
  it('keys of a tool\'s file in a table of keys: capitalised words with underscores, environment variables', () => {
    expect(keySpelling('Flush_Every_Sec')).toBe('title');
    expect(keySpelling('`Retry_Limit`')).toBe('title');
    expect(keySpelling('SPOOL_DIR_MAX')).toBe('upper');
    expect(keySpelling('Spool')).toBeUndefined();
    // (resolve5's spelling, not one of a tool's file)
    expect(keySpelling('spoolDir')).toBe('camel');
    expect(keySpelling('TLS')).toBeUndefined();
    expect(unplacedKey('field-table', 'Flush_Every_Sec')).toBe('title');
    expect(unplacedKey('field-table', 'SPOOL_DIR_MAX')).toBe('upper');
    // (a key list keeps resolve5's spellings)
    expect(unplacedKey('code-colon', 'Flush_Every_Sec')).toBeUndefined();
  });
  it('a table of values, and when the note has taken enough of them', () => {
    expect(valueTable(['级别', '记下什么'])).toBe(true);
    expect(valueTable(['Mode', '含义'])).toBe(true);
    expect(valueTable(['对比', '甲', '乙'])).toBe(false);
    expect(valueTable(['命令', '作用'])).toBe(false);
    expect(valueName('`FullTrace`')).toBe('FullTrace');
    expect(valueName('hot-standby')).toBe('hot-standby');
    expect(valueName('example.com/tier')).toBeUndefined();
    expect(valueName('全量记录')).toBeUndefined();
    expect(tableCompleted(4, 2)).toBe(true);
    expect(tableCompleted(5, 2)).toBe(false);
    expect(tableCompleted(3, 1)).toBe(false);
  });
});

describe('the mine stage', () => {
  it('a table of a kind\'s own phases makes them states of the note', async () => {
    const g = await graphOf(
      '# Snapshotter 笔记',
      '',
      '```yaml',
      'apiVersion: backup.example.io/v1',
      'kind: VaultSnapshot',
      'metadata:',
      '  name: nightly',
      'spec:',
      '  target: orders-db',
      '```',
      '',
      '## VaultSnapshot 的状态',
      '',
      '| phase | 含义 |',
      '|---|---|',
      '| Queued | 刚创建，等空闲的 worker |',
      '| Copying | 正在把数据块拷到对象存储 |',
      '| Sealed | 拷完并且校验过，可以用来恢复 |',
    );
    for (const p of ['Queued', 'Copying', 'Sealed']) expect(concept(g, p)?.kind, p).toBe('state');
  });
  it('the same rows under a status column are not taken', async () => {
    const g = await graphOf(
      '# Snapshotter 笔记',
      '',
      '```yaml',
      'apiVersion: backup.example.io/v1',
      'kind: VaultSnapshot',
      'metadata:',
      '  name: nightly',
      '```',
      '',
      '## 看到的状态',
      '',
      '| 健康 | 含义 |',
      '|---|---|',
      '| Queued | 刚创建，等空闲的 worker |',
      '| Copying | 正在把数据块拷到对象存储 |',
    );
    expect(concept(g, 'Copying')).toBeUndefined();
  });
  it('a table of a tool\'s settings makes each a term', async () => {
    const g = await graphOf(
      '# 日志代理调优',
      '',
      '## 代理的全局设置',
      '',
      '| 设置 | 默认 | 说明 |',
      '|---|---|---|',
      '| spool-dir-quota | 2Gi | 本地缓冲目录最多占多少磁盘，满了就丢最老的块 |',
      '| flush-interval-sec | 5 | 多久把缓冲刷到后端一次 |',
    );
    expect(concept(g, 'spool-dir-quota')?.kind).toBe('term');
    expect(concept(g, 'flush-interval-sec')?.kind).toBe('term');
  });
  it('keys of an agent\'s INI file in a table of parameters', async () => {
    const g = await graphOf(
      '# 日志代理的输入段',
      '',
      '```ini',
      '[SOURCE]',
      '    Flush_Every_Sec  5',
      '    Retry_Limit      3',
      '```',
      '',
      '| 参数 | 含义 |',
      '|---|---|',
      '| Flush_Every_Sec | 每隔几秒把缓冲里的记录交给输出端 |',
      '| Retry_Limit | 输出失败后最多重试几次，超过就丢弃这一批 |',
    );
    expect(concept(g, 'Flush_Every_Sec')?.kind).toBe('term');
    expect(concept(g, 'Retry_Limit')?.kind).toBe('term');
  });
  it('a table of levels whose values the note defines: the other rows too', async () => {
    const g = await graphOf(
      '# 追踪级别',
      '',
      '- **Silent**：什么都不记录，连请求的时间也不记。',
      '- **Digest**：只记一条摘要：谁、什么时候、耗时多少。',
      '',
      '| 级别 | 记下什么 |',
      '|---|---|',
      '| Silent | 什么都不记 |',
      '| Digest | 只有摘要 |',
      '| Payload | 摘要加上请求体 |',
      '| FullTrace | 摘要、请求体和每一跳的耗时 |',
    );
    expect(concept(g, 'Payload')?.kind).toBe('term');
    expect(concept(g, 'FullTrace')?.kind).toBe('term');
  });
  it('a table of levels the note defines none of stays options', async () => {
    const g = await graphOf(
      '# 追踪级别',
      '',
      '追踪可以按需要打开。',
      '',
      '| 级别 | 记下什么 |',
      '|---|---|',
      '| Silent | 什么都不记 |',
      '| Digest | 只有摘要 |',
      '| Payload | 摘要加上请求体 |',
      '| FullTrace | 摘要、请求体和每一跳的耗时 |',
    );
    expect(concept(g, 'Payload')).toBeUndefined();
    expect(concept(g, 'FullTrace')).toBeUndefined();
  });
});
