import { describe, expect, it } from 'vitest';
import { analyzeYaml, isYamlBlock } from '../../../src/graph/yaml/analyze.ts';
import { isOmissionLine, neutraliseOmissions } from '../../../src/graph/yaml/omission.ts';
import { toPodPath } from '../../../src/graph/yaml/pod-path.ts';

const src = (line = 10, column = 1) => ({ file: 'notes/pod.md', line, column });
const keyAt = (a: ReturnType<typeof analyzeYaml>, path: string) => a.keys.find((k) => k.path === path);

describe('analyzeYaml: keys and positions', () => {
  const code = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: web',
    'spec:',
    '  containers:',
    '  - name: nginx',
    '    image: nginx:1.25',
    '    ports:',
    '    - containerPort: 80',
  ].join('\n');
  const a = analyzeYaml(code, src());

  it('reports every key with its 1-based line and column within the code', () => {
    expect(a.keys.map((k) => [k.path, k.line, k.column])).toEqual([
      ['apiVersion', 1, 1],
      ['kind', 2, 1],
      ['metadata', 3, 1],
      ['metadata.name', 4, 3],
      ['spec', 5, 1],
      ['spec.containers', 6, 3],
      ['spec.containers[].name', 7, 5],
      ['spec.containers[].image', 8, 5],
      ['spec.containers[].ports', 9, 5],
      ['spec.containers[].ports[].containerPort', 10, 7],
    ]);
  });

  it('gives Pod keys their own path as podPath and lists kinds', () => {
    expect(a.kinds).toEqual(['Pod']);
    expect(keyAt(a, 'spec.containers[].image')?.podPath).toBe('spec.containers[].image');
    expect(a.fieldPaths).toContain('spec.containers[].ports[].containerPort');
    expect(a.fieldPaths).toEqual([...a.fieldPaths].sort());
    expect(new Set(a.fieldPaths).size).toBe(a.fieldPaths.length);
  });
});

describe('Pod-relative paths', () => {
  it('maps a Deployment template to Pod fields and leaves Deployment fields alone', () => {
    const code = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'spec:',
      '  replicas: 2',
      '  template:',
      '    metadata:',
      '      labels:',
      '        app: web',
      '    spec:',
      '      hostAliases:',
      '      - ip: 127.0.0.1',
      '        hostnames: [a.local]',
    ].join('\n');
    const a = analyzeYaml(code, src());
    expect(keyAt(a, 'spec.replicas')?.podPath).toBeUndefined();
    expect(keyAt(a, 'spec.template')?.podPath).toBeUndefined();
    expect(keyAt(a, 'spec.template.spec')?.podPath).toBe('spec');
    expect(keyAt(a, 'spec.template.spec.hostAliases[].ip')?.podPath).toBe('spec.hostAliases[].ip');
    expect(keyAt(a, 'spec.template.metadata.labels')?.podPath).toBe('metadata.labels');
    expect(a.fieldPaths).toContain('spec.hostAliases[].hostnames');
    expect(a.fieldPaths).toContain('spec.replicas');
    expect(a.fieldPaths).not.toContain('spec.template.spec.hostAliases');
  });

  it('maps CronJob and the other workloads', () => {
    expect(toPodPath('CronJob', 'spec.jobTemplate.spec.template.spec.restartPolicy')).toBe('spec.restartPolicy');
    expect(toPodPath('CronJob', 'spec.jobTemplate.spec.backoffLimit')).toBeUndefined();
    for (const k of ['ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job']) {
      expect(toPodPath(k, 'spec.template.spec.containers[].name')).toBe('spec.containers[].name');
    }
    expect(toPodPath('Service', 'spec.ports')).toBeUndefined();
    expect(toPodPath(undefined, 'spec.ports')).toBeUndefined();
  });

  it('reads a kind-less document starting at spec: as a Pod fragment', () => {
    const code = ['spec:', '  hostAliases:', '  - ip: "10.1.2.3"', '    hostnames:', '    - "foo.remote"', '  ...'].join('\n');
    const a = analyzeYaml(code, src());
    expect(a.kinds).toEqual([]);
    expect(keyAt(a, 'spec.hostAliases[].hostnames')?.podPath).toBe('spec.hostAliases[].hostnames');
    expect(a.diagnostics).toEqual([]);
  });
});

describe('omission lines', () => {
  it('recognises ... in its usual spellings', () => {
    for (const l of ['...', '  ...', '    # ...', '…', '  ......', '。。。', '...  # more fields', '- ...']) {
      expect(isOmissionLine(l), l).toBe(true);
    }
    for (const l of ['image: ...', 'a...b', '---', '# comment']) expect(isOmissionLine(l), l).toBe(false);
  });

  it('keeps offsets exact when neutralising', () => {
    const code = 'a: 1\n  …\n...\nb: 2\r\n  ...\r\nc: 3';
    const n = neutraliseOmissions(code);
    expect(n.text.length).toBe(code.length);
    expect(n.omittedLines).toEqual([2, 3, 5]);
    expect(n.text.split('\n').map((l) => l.length)).toEqual(code.split('\n').map((l) => l.length));
  });

  it('does not treat ... as a document end: keys after it stay in the same document', () => {
    const code = ['apiVersion: v1', 'kind: Pod', 'spec:', '  containers:', '  - name: a', '    ...', '  restartPolicy: Never'].join('\n');
    const a = analyzeYaml(code, src());
    expect(a.kinds).toEqual(['Pod']);
    expect(keyAt(a, 'spec.restartPolicy')).toMatchObject({ line: 7, column: 3, podPath: 'spec.restartPolicy' });
    expect(a.diagnostics).toEqual([]);
  });
});

describe('multi-document YAML', () => {
  it('walks every document separated by ---', () => {
    const code = [
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: web}',
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'spec:',
      '  template:',
      '    spec:',
      '      containers: []',
    ].join('\n');
    const a = analyzeYaml(code, src());
    expect(a.kinds).toEqual(['Service', 'Deployment']);
    expect(keyAt(a, 'metadata.name')).toMatchObject({ line: 3, column: 12 });
    expect(keyAt(a, 'spec.template.spec.containers')).toMatchObject({ line: 10, column: 7, podPath: 'spec.containers' });
  });
});

describe('syntax errors', () => {
  it('become yaml-syntax diagnostics at the note position', () => {
    const code = ['apiVersion: v1', 'kind: Pod', 'spec:', '  containers:', '  - name: a', '     image: b'].join('\n');
    const a = analyzeYaml(code, src(20, 3));
    expect(a.diagnostics).toHaveLength(1);
    const d = a.diagnostics[0]!;
    expect(d).toMatchObject({ severity: 'warning', code: 'yaml-syntax', file: 'notes/pod.md' });
    expect(d.line).toBeGreaterThanOrEqual(20 + 5 - 1);
    expect(d.line).toBeLessThanOrEqual(20 + 6 - 1);
    expect(d.column).toBeGreaterThanOrEqual(3);
    expect(d.hint).toBeTruthy();
    expect(d.message).not.toMatch(/\n/);
  });

  it('a misindented key is reported at its first character, not at the start of its indentation', () => {
    const code = ['apiVersion: v1', 'kind: PersistentVolumeClaim', 'spec:', '  accessModes: [ReadWriteOnce]', '   resources:', '  requests:', '      storage: 10Gi'].join('\n');
    const d = analyzeYaml(code, src(20, 1)).diagnostics.filter((x) => x.code === 'yaml-syntax');
    expect(d.map((x) => [x.line, x.column])).toEqual([[24, 4]]);
    // in a fence indented by two (a list item's), two more
    expect(analyzeYaml(code, src(20, 3)).diagnostics.find((x) => x.code === 'yaml-syntax')).toMatchObject({ line: 24, column: 6 });
  });

  it('puts an unclosed flow sequence on its line', () => {
    const a = analyzeYaml('a: 1\nb: [x, y\n', src(5));
    expect(a.diagnostics[0]?.code).toBe('yaml-syntax');
    expect(a.diagnostics[0]?.line).toBeGreaterThanOrEqual(6);
  });
});

describe('isYamlBlock', () => {
  it('accepts tagged blocks', () => {
    expect(isYamlBlock('yaml', 'whatever')).toBe(true);
    expect(isYamlBlock('YML', '')).toBe(true);
    expect(isYamlBlock('bash', 'apiVersion: v1')).toBe(false);
  });
  it('accepts untagged manifests and YAML mappings', () => {
    expect(isYamlBlock('', 'apiVersion: v1\nkind: Pod\n')).toBe(true);
    expect(isYamlBlock('', 'spec:\n  hostAliases:\n  - ip: 1.2.3.4\n  ...\n')).toBe(true);
    expect(isYamlBlock('', 'livenessProbe:\n  httpGet:\n    path: /healthz\n')).toBe(true);
  });
  it('rejects shell commands and command output', () => {
    for (const code of [
      'kubectl get pods',
      '$ docker run -it busybox sh',
      'kubectl apply -f pod.yaml\nkubectl get pods -o wide',
      'NAME    READY   STATUS    RESTARTS   AGE\nnginx   1/1     Running   0          10s',
      'Name:         nginx\nNamespace:    default\nStatus:       Running',
      'echo "a: b" | kubectl apply -f -',
      'cat <<EOF | kubectl apply -f -\napiVersion: v1\nkind: Pod\nEOF',
      'error: the server does not have a resource type "pod"',
    ]) {
      expect(isYamlBlock('', code), code).toBe(false);
    }
  });
});
