/**
 * A YAML fence's analysis is kept by its code (examples.ts): a second fence with the same code,
 * in another note or at another place, must get what a fresh analysis at its own place gives,
 * and a copy of its own.
 */
import { describe, expect, it } from 'vitest';
import type { Code } from 'mdast';
import { analyzeFence } from '../../../src/graph/examples.ts';
import { analyzeYaml, isYamlBlock } from '../../../src/graph/yaml/analyze.ts';

const fence = (value: string, line: number, column = 1, lang: string | null = 'yaml'): Code => ({
  type: 'code', lang, value,
  position: { start: { line, column, offset: 0 }, end: { line: line + value.split('\n').length + 1, column: 4, offset: 0 } },
});

// a Pod with a field of the wrong type and an unknown field: findings to place
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  hostNetwork: "yes"', '  containerz: []', '  containers:', '  - name: web', '    image: nginx'].join('\n');
const TWO = ['apiVersion: apps/v1', 'kind: Deployment', 'spec:', '  replicas: two', '---', 'apiVersion: v1', 'kind: Service', 'spec:', '  ports:', '  - port: 80'].join('\n');

describe('YAML fences analysed once per code', () => {
  it('gives a fence with a code seen before what a fresh analysis at its own place gives', () => {
    for (const code of [POD, TWO]) {
      const places: [string, number, number][] = [['a.md', 3, 1], ['b/c.md', 40, 4], ['a.md', 90, 3]];
      for (const [file, line, column] of places) {
        const f = analyzeFence(fence(code, line, column), file)!;
        expect(f.analysis).toStrictEqual(analyzeYaml(code, { file, line: line + 1, column }));
        expect(f.analysis.diagnostics.length).toBeGreaterThan(0);
        expect(f.analysis.diagnostics.every((d) => d.file === file && d.line > line)).toBe(true);
        expect(f.docKinds.length).toBe(code === TWO ? 2 : 1);
      }
    }
  });

  it('hands each fence its own copy', () => {
    const a = analyzeFence(fence(POD, 1), 'a.md')!;
    const before = structuredClone(analyzeFence(fence(POD, 1), 'a.md')!.analysis);
    a.analysis.keys[0]!.conceptId = 'changed';
    a.analysis.kinds.push('Changed');
    a.keys.pop();
    a.docKinds[0] = 'Changed';
    const b = analyzeFence(fence(POD, 1), 'a.md')!;
    expect(b.analysis).toStrictEqual(before);
    expect(b.docKinds).toEqual(['Pod']);
    expect(b.keys.length).toBe(a.keys.length + 1);
  });

  it('tells an untagged fence as isYamlBlock does, again and again', () => {
    const codes = [POD, 'kubectl get pods\nNAME   READY   STATUS', 'name: web\nimage: nginx', 'echo a: b', 'replicas: 3\nselector:\n  app: web'];
    for (let round = 0; round < 2; round++) {
      for (const code of codes) {
        expect(analyzeFence(fence(code, 5, 1, null), 'n.md') !== undefined, code).toBe(isYamlBlock('', code));
        expect(analyzeFence(fence(code, 5, 1, 'bash'), 'n.md')).toBeUndefined();
      }
    }
  });
});
