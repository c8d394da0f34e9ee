/**
 * Issue 12 item 7: in a document with `...` omission lines, missing required fields are not
 * reported (the author said "omitted"); types, enums and unknown fields still are, and no hint
 * asks for what the author already did.
 */
import { describe, expect, it } from 'vitest';
import { analyzeYaml } from '../../../src/graph/yaml/analyze.ts';

const src = { file: 'notes/x.md', line: 1, column: 1 };
const run = (lines: string[]) => analyzeYaml(lines.join('\n'), src).diagnostics;
const brief = (lines: string[]) => run(lines).map((d) => `${d.line}:${d.column} ${d.code}`);

/** A Pod with no containers (PodSpec.containers is required) and no container name. */
const POD_HEAD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  hostNetwork: true'];

describe('omission lines silence missing required fields in their document', () => {
  it('the case from issue 12: `...` at the top level after spec', () => {
    expect(brief(POD_HEAD)).toEqual(['6:3 yaml-missing-field']); // sanity: containers is required
    expect(brief([...POD_HEAD, '...'])).toEqual([]);
  });

  it('`...` inside spec, before or after the fields', () => {
    expect(brief([...POD_HEAD, '  ...'])).toEqual([]);
    expect(brief(['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  # ...', '  hostNetwork: true'])).toEqual([]);
  });

  it('`...` inside a list item hides a missing field of another mapping too', () => {
    const code = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '      - image: nginx:1.27', // no name
      '      - name: side',
      '        ...',
    ];
    expect(brief(code)).toEqual([]);
    expect(brief(code.slice(0, -1))).toEqual(['6:3 yaml-missing-field', '9:9 yaml-missing-field']); // selector (DeploymentSpec starts at line 6); name
  });

  it('`...` nested deep (and in its other spellings)', () => {
    for (const marker of ['…', '。。。', '    # ...', '- ...', '......  # 其余字段省略']) {
      const code = [
        'apiVersion: v1',
        'kind: Pod',
        'spec:',
        '  containers:',
        '  - image: nginx:1.27',
        '    livenessProbe:',
        '      httpGet:',
        `        ${marker.trim()}`,
      ];
      expect(brief(code), marker).toEqual([]);
    }
  });

  it('with several documents, only the document with `...` is an excerpt', () => {
    const code = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: a}',
      'spec:',
      '  hostPID: true',
      '...',
      '---',
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: s}',
      'spec:',
      '  ports:',
      '  - targetPort: 80', // port is required
    ];
    expect(brief(code)).toEqual(['13:5 yaml-missing-field']);
    // The same Service first and the excerpt second: still only the Service.
    const swapped = [...code.slice(7), '---', ...code.slice(0, 6)];
    expect(brief(swapped)).toEqual(['6:5 yaml-missing-field']);
  });

  it('an omission line between two documents belongs to the one above it', () => {
    const code = ['apiVersion: v1', 'kind: Pod', 'spec:', '  hostIPC: true', '  ...', '---', 'apiVersion: v1', 'kind: Pod', 'spec:', '  hostIPC: true'];
    expect(brief(code)).toEqual(['10:3 yaml-missing-field']);
  });
});

describe('what omission lines do not silence', () => {
  it('types, enums and unknown fields are still reported', () => {
    const code = [
      'apiVersion: v1',
      'kind: Pod',
      'spec:',
      '  restartPolicy: Sometimes',
      '  hostAlias: []',
      '  containers:',
      '  - name: a',
      '    tty: tru',
      '    ...',
    ];
    expect(brief(code)).toEqual(['4:18 yaml-enum', '5:3 yaml-unknown-field', '8:10 yaml-type']);
  });

  it('no hint asks for `...` where the author already wrote it', () => {
    const code = ['apiVersion: v1', 'kind: Pod', 'spec:', '  restartPolicy: Sometimes', '  hostAlias: []', '  containers:', '  - tty: tru', '  ...'];
    for (const d of run(code)) expect(d.hint ?? '', d.message).not.toMatch(/\.\.\./);
  });

  it('an omission that skips levels is no syntax error; a bad indentation elsewhere still is', () => {
    // The author cut `template:` and its `spec:` and went on with the Pod's keys.
    const skipped = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: web}', 'spec:', '  replicas: 2', '  ...', '      serviceAccountName: web', '      containers:', '      - name: web', '        image: nginx'];
    expect(brief(skipped)).toEqual([]);
    const commented = [...skipped.slice(0, 6), '', '  # (template omitted)', ...skipped.slice(6)];
    expect(brief(commented)).toEqual([]);
    // The same jump with no omission line is reported, and so is one later in the document.
    expect(brief(skipped.filter((l) => l !== '  ...')).map((b) => b.split(' ')[1])).toEqual(['yaml-syntax']);
    const later = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: a', '  ...', 'spec:', '  containers:', '  - name: a', '    image: nginx', '      stdin: true'];
    expect(brief(later).map((b) => b.split(' ')[1])).toEqual(['yaml-syntax']);
  });

  it('a missing field in a document without `...` still suggests marking omissions', () => {
    const [d] = run(POD_HEAD);
    expect(d!.message).toBe('PodSpec at `spec` is missing the required field `containers`');
    expect(d!.hint).toContain('mark the omitted lines with `...`');
  });
});
