/**
 * lead43 (docs/miner.md, "Lead (forty-third session)"): a bold label spelt exactly as a field of the
 * API names that field even in a list the paragraph before it introduces as ways or remarks
 * (`三种方式：` then `2. **envFrom**：…`). Notes written for this test, not taken from the corpora,
 * each with look-alikes that must not give the same reading.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { boldNamesField } from '../../../src/graph/miner/item-shapes.ts';
import { parseMarkdown, plainText } from '../../../src/graph/markdown.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const graphOf = async (...lines: string[]) => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });

describe('boldNamesField: a bold label spelt as a field of the API', () => {
  it.each(['envFrom', 'envFrom：', '`timeoutSeconds`', 'subPath：', 'shareProcessNamespace'])('%s', (label) => {
    expect(boldNamesField(label)).toBe(true);
  });

  it.each([
    'env', // a plain word: as often the list's way as the field
    'exec：', // the same
    'EnvFrom', // not spelt as the API spells it
    'fooBarTimeout', // no field of the API
    'restartPolicy=Never', // sets a field: boldSetsField's
    '挂成卷', // a way in words
  ])('not %s', (label) => {
    expect(boldNamesField(label)).toBe(false);
  });

  it('names its field in a list of ways, whose other labels stay no concepts', async () => {
    const g = await graphOf(
      '# 配置注入',
      '',
      '## 用 ConfigMap 配容器',
      '',
      '把配置交给容器有三种方式：',
      '',
      '1. **单个注入**：在 env 里一个键一个键地引用。',
      '2. **envFrom**：把整个 ConfigMap 的键一次性变成环境变量，还能加一个前缀。',
      '3. **挂成卷**：每个键变成目录里的一个文件。',
    );
    const titles = g.concepts.map((c) => c.title);
    expect(titles).toContain('envFrom');
    expect(g.concepts.find((c) => c.title === 'envFrom')?.kind).toBe('field');
    expect(titles).not.toContain('单个注入');
    expect(titles).not.toContain('挂成卷');
  });

  it('leaves a plain word in a list of ways alone', async () => {
    const g = await graphOf(
      '# 探针',
      '',
      '## 检查容器',
      '',
      '探测容器有三种方式：',
      '',
      '- **exec**：在容器里跑一条命令，退出码为 0 算成功。',
      '- **端口探测**：能连上端口就算成功。',
    );
    expect(g.concepts.map((c) => c.title)).not.toContain('exec');
    expect(g.concepts.map((c) => c.title)).not.toContain('端口探测');
  });
});

describe('a list as text: its items apart', () => {
  it('keeps the items and a quote\'s paragraphs apart in a passage\'s text', () => {
    const tree = parseMarkdown('- 第一项：保留数据\n- 第二项：删除数据\n\n> 引用一段\n>\n> 引用二段\n');
    expect(plainText(tree.children)).toBe('第一项：保留数据\n\n第二项：删除数据\n\n引用一段\n\n引用二段');
  });

  it('sums a concept up by the list its passage opens with, item after item', async () => {
    const g = await graphOf(
      '# 入口',
      '',
      '## 路径匹配',
      '',
      '```yaml',
      'apiVersion: networking.k8s.io/v1',
      'kind: Ingress',
      'metadata:',
      '  name: web',
      'spec:',
      '  rules:',
      '  - http:',
      '      paths:',
      '      - path: /api',
      '        pathType: Prefix',
      '        backend:',
      '          service:',
      '            name: api',
      '            port:',
      '              number: 80',
      '```',
      '',
      'pathType 三种',
      '',
      '- Exact：完全匹配',
      '- Prefix：按斜杠分段的前缀匹配',
      '- ImplementationSpecific：由控制器决定',
    );
    const summary = g.concepts.find((c) => c.title === 'pathType')?.summary ?? '';
    expect(summary).not.toMatch(/完全匹配Prefix/);
    expect(summary).toBe('Exact：完全匹配；Prefix：按斜杠分段的前缀匹配；ImplementationSpecific：由控制器决定。');
  });
});
