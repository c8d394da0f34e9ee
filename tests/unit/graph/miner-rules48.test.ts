/**
 * rules48 (docs/miner.md "rules48"): 还有 with no quantifier brings a name in as 还有一个 does — `另外还有
 * reconcile.TerminalError，用来包裹…`, `还有 \`nameservers\` 可以加 DNS 服务器` — when the name is spelt as an
 * identifier (one identifier in a code span, or a dotted or camelCase name in text) and, in the same sentence, a
 * predicate says what it does (prose.ts INTRODUCTIONS `bare-also`, read by introducedAndSaid). A plain word after
 * a bare 还有 (`还有 Pod 会…`, `还有 alpha 字段`) is any sentence's subject, and a code span holding more than a name
 * (`` `DirectRouting: true` ``) a setting.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { INTRODUCTIONS, bareIntroducedName } from '../../../src/graph/miner/prose.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const titles = (g: Graph) => g.concepts.map((c) => c.title);

describe('bareIntroducedName: the names a bare 还有 brings in', () => {
  it.each([
    [{ shape: 'code', value: 'nameservers' }, true],
    [{ shape: 'code', value: 'spec.defaultBackend' }, true],
    [{ shape: 'code', value: 'lastPhaseTransitionTime' }, true],
    [{ shape: 'latin-name', value: 'reconcile.TerminalError' }, true],
    [{ shape: 'latin-name', value: 'successThreshold' }, true],
    // a setting, not a name; plain words in text
    [{ shape: 'code', value: 'DirectRouting: true' }, false],
    [{ shape: 'code', value: 'kubectl get pods' }, false],
    [{ shape: 'latin-name', value: 'Pod' }, false],
    [{ shape: 'latin-name', value: 'alpha' }, false],
    [{ shape: 'latin-name', value: 'Ingress' }, false],
  ] as const)('%o → %s', (subject, admitted) => {
    expect(bareIntroducedName(subject)).toBe(admitted);
  });
});

describe('INTRODUCTIONS: each way of bringing a name in gives its example’s name and nothing for its look-alike', () => {
  it.each(INTRODUCTIONS.map((x) => [x.name, x] as const))('%s', async (_name, intro) => {
    const [sentence, name] = intro.example;
    expect(titles(await mine('# 笔记', '', sentence))).toContain(name);
    const other = titles(await mine('# 笔记', '', intro.lookAlike));
    expect(other.filter((t) => !['Kubernetes', 'Pod'].includes(t))).toEqual([]);
  });
});

describe('a name a bare 还有 brings in, then what it does', () => {
  it('gives the field or the term, and nothing where no predicate follows or a plain word is brought in', async () => {
    const g = await mine(
      '# DNS 配置',
      '',
      '`searches` 追加的 search 域合并到默认的后面。还有 `nameservers` 可以加 DNS 服务器。',
      '',
      '另外还有 reconcile.TerminalError，用来包裹那种重试也没用的错误。',
      '',
      '还有 `staleness` 这个说法，我们没用过。',
      '',
      '1.33 起还有 alpha 字段可以用，还有 Pod 会被重新调度。',
    );
    const t = titles(g);
    expect(t).toContain('nameservers');
    expect(t).toContain('reconcile.TerminalError');
    expect(t).not.toContain('staleness');
    expect(t).not.toContain('alpha');
    expect(g.concepts.find((c) => c.title === 'reconcile.TerminalError')?.kind).toBe('term');
  });
});
