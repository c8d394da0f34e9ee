import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeYaml } from '../../../src/graph/yaml/analyze.ts';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/yaml/${name}`, import.meta.url)), 'utf8');
const src = (line = 1, column = 1) => ({ file: 'notes/x.md', line, column });
const brief = (code: string, line = 1, column = 1) =>
  analyzeYaml(code, src(line, column)).diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);

describe('schema checks on a broken Pod', () => {
  const a = analyzeYaml(fixture('broken-pod.yaml'), src());
  const byCode = (code: string) => a.diagnostics.filter((d) => d.code === code);

  it('finds each problem once, at its line and column', () => {
    expect(a.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([
      '6:14 yaml-type', // labels.version: 1.10 is a number
      '8:3 yaml-unknown-field', // hostAlias
      '11:18 yaml-enum', // restartPolicy: Sometimes
      '13:5 yaml-missing-field', // container without name
      '14:22 yaml-enum', // imagePullPolicy: Sometimes
      '15:10 yaml-type', // tty: tru
      '17:22 yaml-type', // containerPort: "80"
      '18:17 yaml-enum', // protocol: tcp
      '21:14 yaml-type', // command: echo hello (not a list)
    ]);
    for (const d of a.diagnostics) {
      expect(d.severity).toBe('warning');
      expect(d.file).toBe('notes/x.md');
      expect(d.hint, d.message).toBeTruthy();
    }
  });

  it('tty: tru → boolean expected', () => {
    const d = a.diagnostics.find((x) => x.message.includes('tty'))!;
    expect(d.code).toBe('yaml-type');
    expect(d.message).toMatch(/boolean/);
    expect(d.message).toContain('tru');
    expect(d.hint).toMatch(/true or false/);
  });

  it('imagePullPolicy: Sometimes → lists Always, IfNotPresent, Never', () => {
    const d = byCode('yaml-enum').find((x) => x.message.includes('imagePullPolicy'))!;
    expect(d.message).toContain('Always, IfNotPresent, Never');
    expect(d.hint).toContain('Always, IfNotPresent, Never');
  });

  it('protocol: tcp → suggests TCP', () => {
    const d = byCode('yaml-enum').find((x) => x.message.includes('protocol'))!;
    expect(d.message).toMatch(/did you mean TCP\?/);
    expect(d.hint).toBe('Write `protocol: TCP`.');
  });

  it('hostAlias → did you mean hostAliases?', () => {
    const [d] = byCode('yaml-unknown-field');
    expect(d!.message).toBe('Unknown field `hostAlias` in PodSpec; did you mean `hostAliases`?');
    expect(d!.hint).toContain('hostAliases');
  });

  it('a container without name → missing required field', () => {
    const [d] = byCode('yaml-missing-field');
    expect(d!.message).toContain('`name`');
    expect(d!.message).toContain('Container');
  });

  it('still gives every key its path and type', () => {
    expect(a.keys.find((k) => k.path === 'spec.containers[].tty')).toMatchObject({ type: 'boolean', line: 15, column: 5 });
    expect(a.keys.find((k) => k.path === 'spec.hostAlias')?.type).toBeUndefined();
  });
});

describe('valid manifests', () => {
  it.each(['valid-pod.yaml', 'valid-workloads.yaml'])('%s has zero findings', (name) => {
    const a = analyzeYaml(fixture(name), src());
    expect(a.diagnostics).toEqual([]);
    expect(a.keys.length).toBeGreaterThan(20);
    // Every key outside free-form maps is a known field with a type, description and link.
    const typed = a.keys.filter((k) => k.type);
    expect(typed.length).toBeGreaterThan(a.keys.length / 2);
    for (const k of typed) expect(k.docUrl).toMatch(/^https:\/\/kubernetes\.io\/docs\/reference\/kubernetes-api\/[a-z-]+\/[a-z0-9-]+\/#[A-Z]\w*$/);
  });

  it('accepts YAML 1.1 booleans, IntOrString and Quantity in their usual spellings', () => {
    const code = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: p}',
      'spec:',
      '  containers:',
      '  - name: a',
      '    stdin: yes',
      '    tty: on',
      '    resources: {limits: {cpu: 1, memory: 1Gi}, requests: {cpu: 0.25, memory: "512Mi"}}',
      '    readinessProbe: {tcpSocket: {port: 8080}}',
      '    livenessProbe: {httpGet: {port: http, path: /}}',
    ].join('\n');
    expect(brief(code)).toEqual([]);
  });

  it('does not count labels, annotations and ConfigMap data as field paths', () => {
    const a = analyzeYaml(fixture('valid-pod.yaml'), src());
    expect(a.fieldPaths).toContain('metadata.labels');
    expect(a.fieldPaths).not.toContain('metadata.labels.app');
    expect(a.fieldPaths).not.toContain('metadata.annotations.example.com/owner');
    expect(a.keys.some((k) => k.path === 'metadata.labels.app')).toBe(true);
  });
});

describe('type findings', () => {
  it('reports a mapping where a list is expected and still types the keys inside', () => {
    const code = ['apiVersion: v1', 'kind: Pod', 'metadata: {name: p}', 'spec:', '  containers:', '    name: a', '    image: b'].join('\n');
    const a = analyzeYaml(code, src());
    expect(a.diagnostics.map((d) => [d.line, d.code])).toEqual([[6, 'yaml-type']]);
    expect(a.diagnostics[0]!.message).toMatch(/list \(\[\]Container\)/);
    expect(a.keys.find((k) => k.path === 'spec.containers.image')?.type).toBe('string');
  });

  it('reports a number where Kubernetes wants a string (env value)', () => {
    const code = ['apiVersion: v1', 'kind: Pod', 'metadata: {name: p}', 'spec:', '  containers:', '  - name: a', '    env:', '    - name: PORT', '      value: 8080'].join('\n');
    const a = analyzeYaml(code, src());
    expect(a.diagnostics).toHaveLength(1);
    expect(a.diagnostics[0]).toMatchObject({ code: 'yaml-type', line: 9, column: 14 });
    expect(a.diagnostics[0]!.hint).toContain('"8080"');
  });
});

describe('note positions', () => {
  it('adds the fence position: line = source.line + codeLine - 1, column = source.column + codeColumn - 1', () => {
    const code = ['apiVersion: v1', 'kind: Pod', 'spec:', '  containers:', '  - name: a', '    tty: tru'].join('\n');
    expect(brief(code, 40, 4)).toEqual([`${40 + 6 - 1}:${4 + 10 - 1} yaml-type`]);
    const a = analyzeYaml(code, src(40, 4));
    // keys stay relative to the code
    expect(a.keys.find((k) => k.path === 'spec.containers[].tty')).toMatchObject({ line: 6, column: 5 });
  });
});

describe('fragments and omissions', () => {
  it('a spec: fragment with ... gets Pod paths and no findings', () => {
    const a = analyzeYaml(fixture('fragment-hostaliases.yaml'), src());
    expect(a.diagnostics).toEqual([]);
    expect(a.fieldPaths).toEqual(
      expect.arrayContaining(['spec.hostAliases', 'spec.hostAliases[].ip', 'spec.hostAliases[].hostnames', 'spec.containers[].image']),
    );
    expect(a.keys.find((k) => k.path === 'spec.hostAliases')?.type).toBe('[]HostAlias');
  });

  it('a fragment still gets type, enum and unknown-field checks, never missing-field ones', () => {
    const code = ['spec:', '  hostAlias:', '  - ip: "10.1.2.3"', '  containers:', '  - image: nginx', '    imagePullPolicy: Sometimes'].join('\n');
    expect(brief(code)).toEqual(['2:3 yaml-unknown-field', '6:22 yaml-enum']);
  });

  it('a lone misspelt field under spec: is read as a Pod fragment and gets its suggestion', () => {
    const a = analyzeYaml('spec:\n  hostAlias:\n  - ip: "127.0.0.1"\n    hostnames: ["foo.local"]\n  ...\n', src(7, 3));
    expect(a.diagnostics).toHaveLength(1);
    expect(a.diagnostics[0]).toMatchObject({ code: 'yaml-unknown-field', line: 8, column: 5 });
    expect(a.diagnostics[0]!.message).toContain('did you mean `hostAliases`?');
  });

  it('a container whose other fields are elided with ... is not missing its name', () => {
    const code = ['apiVersion: v1', 'kind: Pod', 'metadata: {name: p}', 'spec:', '  containers:', '  - image: nginx', '    ...'].join('\n');
    expect(brief(code)).toEqual([]);
    const full = code.split('\n').slice(0, 6).join('\n');
    expect(brief(full)).toEqual(['6:5 yaml-missing-field']);
  });

  it('a misspelt required field is reported once, as the unknown key with its right name, not also as missing', () => {
    const role = [
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: Role',
      'metadata: {name: r, namespace: dev}',
      'rules:',
      '- apiGroups: [""]',
      '  resources: ["pods"]',
      '  verb: ["get", "list"]',
    ].join('\n');
    const a = analyzeYaml(role, src());
    expect(a.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      '7:3 yaml-unknown-field Unknown field `verb` in PolicyRule; did you mean `verbs`?',
    ]);
    // A key that is no misspelling of it leaves the required field missing.
    expect(brief(role.replace('verb:', 'actions:'))).toEqual(['5:3 yaml-missing-field', '7:3 yaml-unknown-field']);
  });

  it('an omission line anywhere in the document means nothing in it is reported missing (issue 12)', () => {
    const code = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: p}',
      'spec:',
      '  containers:',
      '  - image: nginx',
      '  volumes:',
      '  - name: data',
      '    ...',
    ].join('\n');
    // The author said lines were left out; which mapping they came from is not ours to guess.
    expect(brief(code)).toEqual([]);
    // Without the omission line the container's missing name is reported.
    expect(brief(code.split('\n').slice(0, 8).join('\n'))).toEqual(['6:5 yaml-missing-field']);
  });

  it('top-level PodSpec and Container fragments map to Pod paths', () => {
    const podSpec = analyzeYaml('hostAliases:\n- ip: 1.2.3.4\n  hostnames: [a]\nrestartPolicy: Never\n', src());
    expect(podSpec.fieldPaths).toEqual(['spec.hostAliases', 'spec.hostAliases[].hostnames', 'spec.hostAliases[].ip', 'spec.restartPolicy']);
    const container = analyzeYaml('livenessProbe:\n  httpGet:\n    path: /healthz\n    port: 8080\n    scheme: HTTPX\n', src());
    expect(container.keys.map((k) => k.podPath)).toEqual([
      'spec.containers[].livenessProbe',
      'spec.containers[].livenessProbe.httpGet',
      'spec.containers[].livenessProbe.httpGet.path',
      'spec.containers[].livenessProbe.httpGet.port',
      'spec.containers[].livenessProbe.httpGet.scheme',
    ]);
    expect(container.diagnostics.map((d) => d.code)).toEqual(['yaml-enum']);
  });

  it('a value written as ... is omitted, not a value of the wrong type', () => {
    const crd = [
      'apiVersion: apiextensions.k8s.io/v1',
      'kind: CustomResourceDefinition',
      'metadata: {name: crontabs.stable.example.com}',
      'spec:',
      '  group: stable.example.com',
      '  names: {kind: CronTab, plural: crontabs}',
      '  scope: Namespaced',
      '  versions:',
      '  - name: v1',
      '    served: true',
      '    storage: true',
      '    schema:',
      '      openAPIV3Schema: ...',
    ].join('\n');
    expect(brief(crd)).toEqual([]);
    // Quoted, it is a string the author wrote: still the wrong type.
    expect(brief(crd.replace('openAPIV3Schema: ...', 'openAPIV3Schema: "..."'))).toEqual(['13:24 yaml-type']);
    // An elided value, like an omission line, means nothing is reported missing.
    expect(brief(['apiVersion: v1', 'kind: Pod', 'metadata: …', 'spec:', '  containers:', '  - image: nginx'].join('\n'))).toEqual([]);
    expect(brief(['apiVersion: v1', 'kind: Pod', 'metadata: {name: p}', 'spec:', '  restartPolicy: ...', '  containers:', '  - {name: a, image: nginx}'].join('\n'))).toEqual([]);
  });

  it('a top-level fragment whose fields hold mostly keys their types lack is not read as a container', () => {
    // A CRD schema's property `ports` (OpenAPI), not a container's ports.
    const schema = ['ports:', '  type: array', '  x-kubernetes-list-type: map', '  x-kubernetes-list-map-keys: [name]', '  items:', '    type: object'].join('\n');
    const a = analyzeYaml(schema, src());
    expect(a.diagnostics).toEqual([]);
    expect(a.keys.every((k) => k.podPath === undefined)).toBe(true);
    // A container's ports with one misspelt key still is one, and gets its suggestion.
    const ports = analyzeYaml('ports:\n- containerPort: 80\n  name: http\n  protocl: TCP\n', src());
    expect(ports.diagnostics.map((d) => d.code)).toEqual(['yaml-unknown-field']);
    expect(ports.diagnostics[0]!.message).toContain('protocol');
    expect(ports.keys.find((k) => k.path === 'ports')?.podPath).toBe('spec.containers[].ports');
  });

  it('a spec: fragment of another kind is recognised by its fields', () => {
    const a = analyzeYaml('spec:\n  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 30080\n', src());
    expect(a.diagnostics).toEqual([]);
    expect(a.keys.find((k) => k.path === 'spec.ports[].nodePort')).toMatchObject({ type: 'integer' });
    expect(a.keys.every((k) => k.podPath === undefined)).toBe(true);
  });
});

describe('no false alarms outside what the catalogue covers', () => {
  it('reports a removed apiVersion once (no schema checks on it) but still describes the keys', () => {
    const code = ['apiVersion: extensions/v1beta1', 'kind: Deployment', 'spec:', '  rollbackTo: {revision: 1}', '  template:', '    spec:', '      containers:', '      - image: nginx'].join('\n');
    const a = analyzeYaml(code, src());
    // Issue 14: a wrong apiVersion for a known kind is a finding naming the current one
    // (before, every other apiVersion was silently skipped).
    expect(a.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['1:13 yaml-api-version']);
    expect(a.diagnostics[0]!.hint).toContain('apiVersion: apps/v1');
    expect(a.keys.find((k) => k.path === 'spec.template.spec.containers')).toMatchObject({ type: '[]Container', podPath: 'spec.containers' });
  });

  it('skips unknown kinds (custom resources)', () => {
    // MetalLB has no package the catalogue reads (Istio's VirtualService is checked: ecosystem.test.ts).
    const code = ['apiVersion: metallb.io/v1beta1', 'kind: IPAddressPool', 'spec:', '  addresses: {route: 1}', '  autoAssign: maybe'].join('\n');
    const a = analyzeYaml(code, src());
    expect(a.diagnostics).toEqual([]);
    expect(a.kinds).toEqual(['IPAddressPool']);
    expect(a.keys.every((k) => k.type === undefined)).toBe(true);
  });

  it('gives YAML that is not a manifest keys but no checks', () => {
    const code = ['version: "3"', 'services:', '  web:', '    image: nginx', '    ports: ["80:80"]'].join('\n');
    const a = analyzeYaml(code, src());
    expect(a.diagnostics).toEqual([]);
    expect(a.fieldPaths).toEqual(['services', 'services.web', 'services.web.image', 'services.web.ports', 'version']);
  });

  it('does not check a document with syntax errors beyond reporting the syntax error', () => {
    const code = ['apiVersion: v1', 'kind: Pod', 'spec:', '  tty: tru', '  containers: [a', 'x: 1'].join('\n');
    expect(analyzeYaml(code, src()).diagnostics.map((d) => d.code)).toEqual(['yaml-syntax']);
  });

  it('a syntax error\'s hint fits the mistake, not only the parser\'s error code', () => {
    const hint = (lines: string[]) => analyzeYaml(lines.join('\n'), src()).diagnostics.map((d) => d.hint)[0];
    // A key one space left of its list item's keys: about indentation, not about quotes.
    expect(hint(['apiVersion: v1', 'kind: Pod', 'spec:', '  containers:', '  - name: a', '    image: nginx', '   stdin: true'])).toMatch(/indentation/);
    // An unclosed quote keeps its hint.
    expect(hint(['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: "web', 'spec: {}'])).toMatch(/quote/);
  });
});

describe('quantities are checked for their format (resource.ParseQuantity)', () => {
  const pod = (requests: string[]) =>
    analyzeYaml(['apiVersion: v1', 'kind: Pod', 'metadata: {name: p}', 'spec:', '  containers:', '    - name: c', '      image: nginx', '      resources:', '        requests:', ...requests.map((r) => `          ${r}`)].join('\n'), src());
  it('accepts what Kubernetes accepts', () => {
    expect(pod(['cpu: 500m', 'memory: 1Gi', 'ephemeral-storage: 2G', 'nvidia.com/gpu: 1', 'hugepages-2Mi: "1e3"', 'example.com/x: "0.5"']).diagnostics).toEqual([]);
  });
  it('rejects MB, an upper-case K and words, with the spelling to write', () => {
    const a = pod(['memory: 512MB', 'cpu: 2K', 'ephemeral-storage: lots']);
    expect(a.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['10:19 yaml-type', '11:16 yaml-type', '12:30 yaml-type']);
    expect(a.diagnostics[0]!.message).toBe('`memory` expects a quantity such as 500m or 1Gi (Quantity) but got `512MB`, which is not one');
    expect(a.diagnostics[0]!.hint).toBe('Write 512Mi (binary, ×1024) or 512M (decimal): quantities have no B suffix.');
    expect(a.diagnostics[1]!.hint).toBe('Write 2k (decimal, lower-case k) or 2Ki (binary).');
    expect(a.diagnostics[2]!.hint).toMatch(/Ki, Mi, Gi/);
  });
});
