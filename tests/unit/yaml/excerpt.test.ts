import { describe, expect, it } from 'vitest';
import { analyzeYaml } from '../../../src/graph/yaml/analyze.ts';
import { liftExcerpt, neutraliseTemplates, PLACEHOLDER_KEY } from '../../../src/graph/yaml/excerpt.ts';

const src = (line = 20, column = 1) => ({ file: 'notes/x.md', line, column });
const paths = (a: ReturnType<typeof analyzeYaml>) => a.keys.map((k) => [k.path, k.line, k.column]);

describe('an excerpt cut from inside a manifest', () => {
  // A container's mounts, then (after an omission line) the Pod's volumes one level up.
  const code = [
    '        volumeMounts:',
    '        - name: cache',
    '          mountPath: /cache',
    '      ...',
    '      volumes:',
    '      - name: cache',
    '        emptyDir: {}',
  ].join('\n');

  it('is read as written: no syntax error, every key at its own line and column', () => {
    const a = analyzeYaml(code, src());
    expect(a.diagnostics).toEqual([]);
    expect(paths(a)).toEqual([
      ['volumeMounts', 1, 9],
      ['volumeMounts[].name', 2, 11],
      ['volumeMounts[].mountPath', 3, 11],
      ['volumes', 5, 7],
      ['volumes[].name', 6, 9],
      ['volumes[].emptyDir', 7, 9],
    ]);
    expect(a.keys.some((k) => k.path.includes(PLACEHOLDER_KEY))).toBe(false);
  });

  it('climbs more than one level, without an omission line', () => {
    const code2 = ['      image: busybox', '      args: ["sleep", "1d"]', '    restartPolicy: Never', '  backoffLimit: 2'].join('\n');
    const a = analyzeYaml(code2, src(5, 3));
    expect(a.diagnostics).toEqual([]);
    expect(paths(a)).toEqual([
      ['image', 1, 7],
      ['args', 2, 7],
      ['restartPolicy', 3, 5],
      ['backoffLimit', 4, 3],
    ]);
  });

  it('lifts nothing that is not such an excerpt', () => {
    expect(liftExcerpt('spec:\n  replicas: 2\n')).toBeUndefined();
    expect(liftExcerpt('    a: 1\n    b: 2\n')).toBeUndefined();
    // Several documents, or a level that opens with a list item: left to the syntax check.
    expect(liftExcerpt('    a: 1\n---\n  b: 2\n')).toBeUndefined();
    expect(liftExcerpt('    image: nginx\n  - name: sidecar\n')).toBeUndefined();
  });

  it('still reports a real indentation error', () => {
    const bad = ['spec:', '  containers:', '  - name: web', '     image: nginx', '    ports: []'].join('\n');
    const a = analyzeYaml(bad, src());
    expect(a.diagnostics.map((d) => d.code)).toContain('yaml-syntax');
  });
});

describe('a Helm template', () => {
  const code = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ include "app.fullname" . }}',
    '  labels:',
    '    {{- include "app.labels" . | nindent 4 }}',
    'spec:',
    '  replicas: {{ .Values.replicaCount }}',
    '  selector:',
    '    matchLabels:',
    '      app: {{ .Release.Name }}',
    '  template:',
    '    spec:',
    '      containers:',
    '      - name: app',
    '        image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"',
    '        imagePullPolice: IfNotPresent',
  ].join('\n');

  it('keeps every offset: actions become same-length text', () => {
    const n = neutraliseTemplates(code);
    expect(n.templated).toBe(true);
    expect(n.text.length).toBe(code.length);
    expect(n.text.split('\n').map((l) => l.length)).toEqual(code.split('\n').map((l) => l.length));
    expect(neutraliseTemplates('a: 1\n')).toEqual({ text: 'a: 1\n', templated: false });
  });

  it('gets its keys checked but not its values or syntax', () => {
    const a = analyzeYaml(code, src());
    // replicas is no integer until rendered, the template is no document as written: not reported.
    expect(a.diagnostics.map((d) => d.code)).toEqual(['yaml-unknown-field']);
    expect(a.diagnostics[0]!.message).toContain('imagePullPolice');
    expect(a.keys.map((k) => k.path)).toContain('spec.template.spec.containers[].image');
  });
});

describe('a patch file', () => {
  const patch = (head: string) =>
    [head, 'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  replicas: 5'].join('\n');

  it('named in the comment above it is partial by design: no missing field', () => {
    for (const head of ['# replica-patch.yaml', '# overlays/prod/patches/replicas.yaml', '#  patch-replicas.yml']) {
      const a = analyzeYaml(patch(head), src());
      expect(a.diagnostics, head).toEqual([]);
    }
  });

  it('in the second document of a file, the first keeping its checks', () => {
    const code = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: a', 'spec:', '  replicas: 1', '---', patch('# scale-patch.yaml')].join('\n');
    const a = analyzeYaml(code, src());
    // The first document (code lines 1–6) misses selector and template; the patch (lines 8–14) nothing.
    expect(a.diagnostics.map((d) => d.code)).toEqual(['yaml-missing-field', 'yaml-missing-field']);
    expect(a.diagnostics.every((d) => d.line <= 20 + 5)).toBe(true);
  });

  it('is not any comment that says patch', () => {
    const a = analyzeYaml(patch('# we patch this later'), src());
    expect(a.diagnostics.map((d) => d.code)).toContain('yaml-missing-field');
  });
});

describe('a bare fragment of a Pod', () => {
  it('is read at the level whose types know its keys one level down', () => {
    // securityContext is a field of PodSpec and of Container; capabilities only of the container's.
    const code = ['securityContext:', '  capabilities:', '    drop: ["ALL"]', '  seccompProfile:', '    type: RuntimeDefault'].join('\n');
    const a = analyzeYaml(code, src());
    expect(a.diagnostics).toEqual([]);
    expect(a.keys.find((k) => k.path === 'securityContext.capabilities')?.podPath).toBe('spec.containers[].securityContext.capabilities');
  });

  it('stays a Pod-level fragment when both levels know its keys', () => {
    const code = ['securityContext:', '  runAsNonRoot: true'].join('\n');
    const a = analyzeYaml(code, src());
    expect(a.keys.find((k) => k.path === 'securityContext.runAsNonRoot')?.podPath).toBe('spec.securityContext.runAsNonRoot');
  });
});
