import { describe, expect, it } from 'vitest';
import { analyzeYaml, isYamlBlock } from '../../../src/graph/yaml/analyze.ts';

const HOSTILE: Record<string, string> = {
  empty: '',
  onlyComments: '# a\n# b\n',
  onlySeparators: '---\n---\n...\n',
  scalar: 'just a sentence',
  topLevelList: '- name: a\n  image: b\n- 3\n',
  complexKey: '? [a, b]\n: c\n? {x: 1}\n: d\n',
  anchorsAndMerge:
    'base: &base\n  name: a\n  image: b\napiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - <<: *base\n    tty: true\n  - *base\n',
  selfAlias: 'a: &x [*x]\n',
  undefinedAlias: 'a: *nope\n',
  billionLaughs: 'a: &a ["x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c]\n',
  tabs: 'apiVersion: v1\nkind: Pod\nspec:\n\tcontainers: []\n',
  crlfAndBom: '\uFEFFapiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: p\r\n  ...\r\n',
  protoKeys: 'apiVersion: v1\nkind: Pod\nspec:\n  __proto__: {a: 1}\n  constructor: 1\n  toString: x\n  hasOwnProperty: y\n',
  kindNotString: 'apiVersion: v1\nkind: [Pod]\nspec: 1\n',
  kindToString: 'apiVersion: v1\nkind: toString\nspec: {}\n',
  specNotMap: 'spec: 42\n',
  deepNesting: `${'a:\n'.split('\n')[0]}${' '.repeat(0)}` + Array.from({ length: 200 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n') + ' 1\n',
  flowEverything: '{apiVersion: v1, kind: Pod, spec: {containers: [{name: a, image: b, tty: tru}]}}',
  html: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "<script>alert(1)</script>"\n  <img src=x>: 1\n',
  duplicateKeys: 'apiVersion: v1\nkind: Pod\nkind: Pod\n',
  unterminated: 'a: "unterminated\nb: [1, 2\n',
  directive: '%YAML 1.2\n---\napiVersion: v1\nkind: Pod\n',
};

describe('hostile and odd input', () => {
  it.each(Object.entries(HOSTILE))('%s: no crash, well-formed diagnostics', (_name, code) => {
    const a = analyzeYaml(code, { file: 'notes/x.md', line: 3, column: 1 });
    expect(Array.isArray(a.keys)).toBe(true);
    for (const d of a.diagnostics) {
      expect(d.file).toBe('notes/x.md');
      expect(d.line).toBeGreaterThanOrEqual(3);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(d.message).not.toMatch(/\n/);
      expect(d.code).toMatch(/^yaml-(syntax|type|enum|unknown-field|missing-field)$/);
    }
    for (const k of a.keys) {
      expect(k.line).toBeGreaterThanOrEqual(1);
      expect(k.column).toBeGreaterThanOrEqual(1);
    }
    expect(typeof isYamlBlock('', code)).toBe('boolean');
  });

  it('reports syntax errors in the bad ones', () => {
    for (const name of ['tabs', 'undefinedAlias', 'duplicateKeys', 'unterminated']) {
      const codes = analyzeYaml(HOSTILE[name]!, { file: 'x', line: 1, column: 1 }).diagnostics.map((d) => d.code);
      expect(codes, name).toContain('yaml-syntax');
    }
  });

  it('treats prototype names as unknown fields, not as catalogue entries', () => {
    const a = analyzeYaml(HOSTILE.protoKeys!, { file: 'x', line: 1, column: 1 });
    expect(a.diagnostics.filter((d) => d.code === 'yaml-unknown-field')).toHaveLength(4);
    expect(a.keys.find((k) => k.path === 'spec.constructor')?.type).toBeUndefined();
  });

  it('does not re-walk aliased nodes or check merged mappings for missing fields', () => {
    const a = analyzeYaml(HOSTILE.anchorsAndMerge!, { file: 'x', line: 1, column: 1 });
    // `base:` itself is not a Pod field; the merged container and the aliased one pass.
    expect(a.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['1:1 yaml-unknown-field']);
    expect(a.keys.filter((k) => k.path === 'base.name')).toHaveLength(1);
  });

  it('checks flow-style manifests like block ones', () => {
    const a = analyzeYaml(HOSTILE.flowEverything!, { file: 'x', line: 1, column: 1 });
    expect(a.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['1:74 yaml-type']);
  });
});
