/**
 * The summary of a concept known only from notes starts at the sentence that first names it,
 * not at the start of a paragraph about something else (stages/concepts.ts, fromFirstNaming).
 */
import { describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll } from 'vitest';
import { fromFirstNaming } from '../../../src/graph/stages/concepts.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const node = (title: string, extra: { titleZh?: string; aliases?: string[]; fieldPath?: string } = {}) => ({ title, aliases: [], ...extra });

describe('fromFirstNaming', () => {
  it('starts at the sentence that names the concept', () => {
    const text = '控制器先从缓存里读对象。另外有个叫 warmup 的阶段：它在启动时把缓存填满。之后才开始处理队列。';
    expect(fromFirstNaming(text, node('warmup'))).toBe('另外有个叫 warmup 的阶段：它在启动时把缓存填满。之后才开始处理队列。');
  });
  it('keeps the whole text when the first sentence names it, or nothing does', () => {
    expect(fromFirstNaming('warmup 就是预热。后面再说。', node('warmup'))).toBe('warmup 就是预热。后面再说。');
    expect(fromFirstNaming('这里什么都没提。', node('warmup'))).toBe('这里什么都没提。');
  });
  it('matches Latin names as whole words, and Chinese names and a field\'s last segment', () => {
    // `sync` inside `resync` is no naming of sync
    expect(fromFirstNaming('先做一次 resync。然后 sync 会对比状态。', node('sync'))).toBe('然后 sync 会对比状态。');
    expect(fromFirstNaming('先讲别的。预热阶段会把缓存填满。', node('Warmup', { titleZh: '预热阶段' }))).toBe('预热阶段会把缓存填满。');
    expect(fromFirstNaming('先讲别的。maxSurge 决定能多建几个。', node('maxSurge', { fieldPath: 'spec.strategy.rollingUpdate.maxSurge' }))).toBe('maxSurge 决定能多建几个。');
  });
  it('sums up a term defined in the middle of a paragraph by its own sentence', async () => {
    const dir = await contentDir({});
    await mkdir(path.join(dir, 'notes'));
    await writeFile(
      path.join(dir, 'notes', 'cache.md'),
      '# 缓存笔记\n\n控制器先从本地缓存里读对象，再决定要不要调 apiserver。还有个容易混淆的 warmcache：它是启动时一次性把缓存填满的步骤，填满之前控制器不处理事件。\n',
    );
    const g = await loadGraph(dir, { layout: false });
    const c = g.concepts.find((x) => x.title === 'warmcache');
    expect(c, g.concepts.map((x) => x.title).join(', ')).toBeDefined();
    expect(c!.summary.startsWith('还有个容易混淆的 warmcache：它是')).toBe(true);
  });
});
