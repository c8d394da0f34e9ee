/**
 * rules24 (docs/miner.md, "rules24"): a chapter title that writes an API kind only inside a
 * compound, after a word that qualifies it (`有状态 Service`, `一次性Job`), is about the compound, so the kind is not the
 * chapter's subject; a kind the title names by itself still is. Notes written for this test.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { kindOnlyInCompounds } from '../../../src/graph/stages/mine.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const kinds = (g: Graph, title: string) => g.concepts.filter((c) => c.title === title).map((c) => c.kind);

describe('kindOnlyInCompounds', () => {
  it.each([
    ['无头 Service 与有状态 Service', 'Service', true],
    ['一次性Job的清理', 'Job', true],
    ['外部 Secret 同步', 'Secret', true],
    ['Sealed Secret 的加密', 'Secret', true],
    // the kind by itself: a conjunct, a genitive, an object of a preposition or of the copula
    ['证书、密钥与 Secret', 'Secret', false],
    ['把 Job 的一生走一遍', 'Job', false],
    ['从 Dockerfile 到 Pod', 'Pod', false],
    ['不只是 Secret：密钥管理', 'Secret', false],
    ['用 StatefulSet 跑数据库', 'StatefulSet', false],
    ['Service', 'Service', false],
    // a word after the kind may be a verb or the kind of note (`Job 运维日记`): not read as a compound
    ['Job 并发控制', 'Job', false],
    // once by itself is enough
    ['Service 与无头 Service', 'Service', false],
    // only in Chinese: not this rule's
    ['服务与端点', 'Service', false],
  ])('%s (%s) → %s', (phrase, kind, compound) => {
    expect(kindOnlyInCompounds(phrase, kind)).toBe(compound);
  });
});

describe('a title that writes a kind inside a compound', () => {
  const body = [
    '',
    '## 一、概念',
    '',
    '**滚动窗口**：一段固定长度的时间，超出窗口的请求被丢弃。',
    '',
    '**令牌桶**：按固定速率往桶里放令牌，请求拿到令牌才放行。',
  ];

  it('does not make the kind a concept of the chapter', async () => {
    const g = await mine('# 实战笔记：网关 Service 与限流 Service', ...body);
    expect(kinds(g, 'Service')).toEqual([]);
    expect(kinds(g, '滚动窗口')).toEqual(['term']);
  });

  it('still does when the title names the kind by itself', async () => {
    const g = await mine('# 实战笔记：限流与 Service', ...body);
    expect(kinds(g, 'Service')).toEqual(['object']);
  });
});
