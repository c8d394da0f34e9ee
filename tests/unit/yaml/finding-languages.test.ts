/**
 * The YAML checker's findings in the reader's language: every message and fix hint is a key of
 * src/graph/finding-texts.json with its parts, so a page shows it in Chinese or English, while the
 * CLI prints the English it always printed. Names from the notes stay as written.
 */
import { describe, expect, it } from 'vitest';
import { analyzeYamlCode } from '../../../src/graph/yaml/analyze.ts';
import { findingMessage, findingVars, pageText } from '../../../src/graph/diagnostics.ts';
import type { LocalText } from '../../../src/graph/model.ts';
import type { Finding } from '../../../src/graph/yaml/findings.ts';

const zh = (t: LocalText) => findingMessage(t.key, t.vars, 'zh-CN', t.parts);
const en = (t: LocalText) => findingMessage(t.key, t.vars, 'en', t.parts);
const pod = (lines: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: a\n    image: nginx\n${lines}\n`;
const kubelet = (line: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${line}\n`;
const only = (code: string): Finding => {
  const f = analyzeYamlCode(code).findings;
  expect(f).toHaveLength(1);
  return f[0]!;
};

describe('YAML findings in Chinese and English', () => {
  it('a type finding: its message and its parts (what the field expects, what it got) in both languages', () => {
    const f = only(pod('    tty: tru'));
    expect(f.message).toBe('`tty` expects a boolean but got `tru` (a string)');
    expect(en(f.text!)).toBe(f.message);
    expect(zh(f.text!)).toBe('`tty` 应为布尔值，但这里是 `tru`（字符串）');
    expect(f.hint).toBe('Write true or false.');
    expect(en(f.hintText!)).toBe(f.hint);
    expect(zh(f.hintText!)).toBe('写 true 或 false。');
    // The language switch gets the values of the English text, its parts already in English.
    expect(findingVars(f.text!.vars, f.text!.parts, 'en')).toMatchObject({ field: 'tty', value: 'tru', expected: 'a boolean', got: 'a string' });    // What a page writes: the Chinese text, and those English values as the switch's data-i18n-vars.
    const shown = pageText(f.text!);
    expect(shown.zh).toBe(zh(f.text!));
    expect(JSON.parse(shown.enVars)).toEqual(findingVars(f.text!.vars, f.text!.parts, 'en'));
  });

  it('a format finding and its hint, with the value from the note in it', () => {
    const f = only(kubelet('shutdownGracePeriod: 1d'));
    expect(f.message).toBe('`shutdownGracePeriod` expects a duration such as 10s or 2m0s (Duration) but got `1d`, which is not one');
    expect(zh(f.text!)).toBe('`shutdownGracePeriod` 应为时长，例如 10s 或 2m0s（Duration），但 `1d` 不是');
    expect(f.hint).toBe('Go durations have no day unit: write 24h.');
    expect(zh(f.hintText!)).toBe('Go 的时长没有“天”这个单位：写 24h。');
  });

  it('the hints of unknown fields, enums, removed APIs and syntax errors', () => {
    const near = only(pod('  hostAlias: []'));
    expect(near.hint).toBe('Rename it to `hostAliases`.');
    expect(zh(near.hintText!)).toBe('改名为 `hostAliases`。');
    const en1 = only(pod('    imagePullPolicy: Sometimes'));
    expect(zh(en1.hintText!)).toBe('从这些值中选一个：Always, IfNotPresent, Never。');
    const removed = only('apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: x\n');
    expect(removed.hint).toBe('Write `apiVersion: networking.k8s.io/v1` (fields may differ between versions: check `kubectl explain ingress --api-version=networking.k8s.io/v1`).');
    expect(zh(removed.hintText!)).toBe('写成 `apiVersion: networking.k8s.io/v1`（不同版本的字段可能不同：用 `kubectl explain ingress --api-version=networking.k8s.io/v1` 查看）。');
    const tab = only('a:\n\tb: 1\n');
    expect(tab.hint).toBe('Indent YAML with spaces, not tabs.');
    expect(zh(tab.hintText!)).toBe('YAML 要用空格缩进，不能用制表符。');
    // The parser's own words stay as it wrote them.
    expect(zh(tab.text!)).toMatch(/^YAML 语法错误：Tabs are not allowed/);
  });

  it('a rename hint says names are case-sensitive only when the names differ in letter case alone', () => {
    // A reader's Role wrote `verb:` for `verbs:`: a missing letter, not a case difference.
    const role = only('apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: r\nrules:\n- apiGroups: [""]\n  resources: ["pods"]\n  verb: ["get"]\n');
    expect(role.message).toBe('Unknown field `verb` in PolicyRule; did you mean `verbs`?');
    expect(role.hint).toBe('Rename it to `verbs`.');
    expect(en(role.hintText!)).toBe(role.hint);
    expect(zh(role.hintText!)).toBe('改名为 `verbs`。');
    const cased = only(pod('    imagepullpolicy: Always'));
    expect(cased.hint).toBe('Rename it to `imagePullPolicy` (field names are case-sensitive).');
    expect(en(cased.hintText!)).toBe(cased.hint);
    expect(zh(cased.hintText!)).toBe('改名为 `imagePullPolicy`（字段名区分大小写）。');
    // Kinds alike: `Deploymnet` is misspelt, `deployment` only in the wrong case.
    const kind = (k: string) => only(`apiVersion: apps/v1\nkind: ${k}\nmetadata:\n  name: d\n`);
    expect(kind('Deploymnet').hint).toBe('Write `kind: Deployment`.');
    expect(zh(kind('Deploymnet').hintText!)).toBe('写成 `kind: Deployment`。');
    expect(kind('deployment').hint).toBe('Write `kind: Deployment` (kinds are case-sensitive).');
    expect(zh(kind('deployment').hintText!)).toBe('写成 `kind: Deployment`（kind 区分大小写）。');
  });

  it('every finding of a range of broken examples has both texts, and their English is what the CLI prints', () => {
    const codes = [
      pod('    tty: tru'), pod('    tty: 1'), pod('    workingDir: 12'), pod('    args: x'), pod('  nodeSelector: [a]'), pod('  hostname: [a]'),
      pod('  terminationGracePeriodSeconds: "30"'), pod('    resources:\n      limits:\n        memory: 1KB'), pod('    resources:\n      limits:\n        memory: 1K'),
      kubelet('shutdownGracePeriod: 30'), kubelet('shutdownGracePeriod: 1 m'), kubelet('shutdownGracePeriod: abc'), kubelet('shutdownGracePerod: 30s'),
      'apiVersion: v1\nkind: KubeletConfiguration\n', 'apiVersion: apps/v1\nkind: Deploymnet\n', 'apiVersion: apps/v1\nkind: Ingress\nmetadata:\n  name: x\n',
      'a: *nope\n', 'a: 1\na: 2\n', 'a: "x\n',
    ];
    let n = 0;
    for (const code of codes) {
      for (const f of analyzeYamlCode(code).findings) {
        n++;
        expect(f.text, f.message).toBeDefined();
        expect(en(f.text!)).toBe(f.message);
        expect(zh(f.text!), f.message).not.toBe(f.message);
        expect(f.hintText, f.hint).toBeDefined();
        expect(en(f.hintText!)).toBe(f.hint);
        expect(zh(f.hintText!), f.hint).not.toBe(f.hint);
      }
    }
    expect(n).toBeGreaterThanOrEqual(codes.length);
  });

  it('names from the note are values, never read as placeholders or markup', () => {
    const f = only(pod('    "{near}<b>x</b>": 1'));
    expect(f.text!.vars.name).toBe('{near}<b>x</b>');
    expect(zh(f.text!)).toContain('`{near}<b>x</b>`');
    const q = only(pod('  hostname: [a]'));
    expect(zh(q.hintText!)).toBe('在键的同一行写一个值。');
    const quoted = only(pod('    workingDir: 12'));
    expect(quoted.hintText!.vars.text).toBe('12');
    expect(zh(quoted.hintText!)).toBe('给值加上引号，让 YAML 把它读成字符串："12"。');
  });
});
