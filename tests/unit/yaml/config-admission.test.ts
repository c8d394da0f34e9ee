/**
 * YAML examples of the configuration kinds added from the Go types of the admission plugins, the
 * audit policy and meta/v1 (scripts/build-config-catalogue.mjs): PodSecurityConfiguration (also
 * inside an AdmissionConfiguration's `plugins[].configuration`), the EventRateLimit `Configuration`,
 * the audit `Policy` and `DeleteOptions`. Each correct example is checked without findings; each
 * wrong key or value is a finding at its file:line:column.
 */
import { describe, expect, it } from 'vitest';
import { analyzeYaml } from '../../../src/graph/yaml/analyze.ts';

const src = (line = 1, column = 1) => ({ file: 'notes/admission.md', line, column });
const run = (lines: string[], line = 1, column = 1) => analyzeYaml(lines.join('\n') + '\n', src(line, column));
const brief = (lines: string[], line = 1, column = 1) => run(lines, line, column).diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);

const ADMISSION = ['apiVersion: apiserver.config.k8s.io/v1', 'kind: AdmissionConfiguration', 'plugins:'];
const POD_SECURITY = [
  '- name: PodSecurity',
  '  configuration:',
  '    apiVersion: pod-security.admission.config.k8s.io/v1',
  '    kind: PodSecurityConfiguration',
  '    defaults:',
  '      enforce: baseline',
  '      enforce-version: latest',
  '      audit: restricted',
  '      audit-version: latest',
  '      warn: restricted',
  '      warn-version: latest',
  '    exemptions:',
  '      usernames: []',
  '      runtimeClasses: []',
  '      namespaces: [kube-system]',
];

describe('PodSecurityConfiguration', () => {
  it('inside an AdmissionConfiguration: checked as the PodSecurity plugin\'s kind, without findings', () => {
    const a = run([...ADMISSION, ...POD_SECURITY]);
    expect(a.diagnostics).toEqual([]);
    const key = (p: string) => a.keys.find((k) => k.path === p);
    expect(key('plugins[].configuration.defaults.enforce-version')?.type).toBe('string');
    expect(key('plugins[].configuration.exemptions.namespaces')?.type).toBe('[]string');
  });

  it('a misspelt key inside the plugin configuration is reported at its line and column, with a suggestion', () => {
    const lines = [...ADMISSION, ...POD_SECURITY.slice(0, 5), '      enforce: baseline', '      enforceVersion: latest', '    exemption:', '      namespaces: [kube-system]'];
    expect(brief(lines, 20, 1)).toEqual(['notes/admission.md:29:7 yaml-unknown-field', 'notes/admission.md:30:5 yaml-unknown-field']);
    const a = run(lines);
    expect(a.diagnostics[0]!.message).toContain('did you mean `enforce-version`?');
    expect(a.diagnostics[1]!.message).toContain('did you mean `exemptions`?');
  });

  it('as a file of its own (the PodSecurity plugin\'s config file)', () => {
    expect(brief(['apiVersion: pod-security.admission.config.k8s.io/v1', 'kind: PodSecurityConfiguration', 'defaults:', '  enforce: restricted', 'exemptions:', '  namespaces: [kube-system]'])).toEqual([]);
    expect(brief(['apiVersion: pod-security.admission.config.k8s.io/v1', 'kind: PodSecurityConfiguration', 'defaults:', '  enforce: restricted', '  level: baseline'])).toEqual(['notes/admission.md:5:3 yaml-unknown-field']);
  });

  it('a plugin without a configuration kind of its own leaves `configuration` unchecked', () => {
    expect(brief([...ADMISSION, '- name: ValidatingAdmissionWebhook', '  configuration:', '    anything: goes'])).toEqual([]);
  });
});

describe('EventRateLimit (kind: Configuration)', () => {
  const ERL = ['apiVersion: eventratelimit.admission.k8s.io/v1alpha1', 'kind: Configuration'];
  it('limits with an enum type, qps, burst and cacheSize: no findings', () => {
    expect(brief([...ERL, 'limits:', '- type: Namespace', '  qps: 50', '  burst: 100', '  cacheSize: 2000', '- type: User', '  qps: 10', '  burst: 50'])).toEqual([]);
  });

  it('a type outside the enum, a quoted number and an unknown key are findings', () => {
    const a = run([...ERL, 'limits:', '- type: Cluster', '  qps: "50"', '  bursts: 100']);
    expect(a.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['4:9 yaml-enum', '5:8 yaml-type', '6:3 yaml-unknown-field']);
    expect(a.diagnostics[0]!.message).toContain('SourceAndObject');
  });

  it('inside an AdmissionConfiguration under the EventRateLimit plugin', () => {
    expect(brief([...ADMISSION, '- name: EventRateLimit', '  configuration:', ...ERL.map((l) => `    ${l}`), '    limits:', '    - type: Server', '      qps: 5000', '      burst: 20000'])).toEqual([]);
    expect(brief([...ADMISSION, '- name: EventRateLimit', '  configuration:', ...ERL.map((l) => `    ${l}`), '    limit:', '    - type: Server'])).toEqual(['notes/admission.md:8:5 yaml-unknown-field']);
  });

  it('a custom resource called Configuration in another group is not checked', () => {
    const a = run(['apiVersion: example.com/v1', 'kind: Configuration', 'spec:', '  whatever: 1']);
    expect(a.diagnostics).toEqual([]);
  });
});

describe('audit Policy', () => {
  const POLICY = ['apiVersion: audit.k8s.io/v1', 'kind: Policy'];
  it('a policy with omitStages, levels, resources and nonResourceURLs has no findings', () => {
    const a = run([
      ...POLICY,
      'omitStages:',
      '  - "RequestReceived"',
      'rules:',
      '  - level: RequestResponse',
      '    resources:',
      '    - group: ""',
      '      resources: ["pods"]',
      '  - level: Metadata',
      '    resources:',
      '    - group: ""',
      '      resources: ["pods/log", "pods/status"]',
      '  - level: None',
      '    users: ["system:kube-proxy"]',
      '    verbs: ["watch"]',
      '  - level: None',
      '    userGroups: ["system:authenticated"]',
      '    nonResourceURLs:',
      '    - "/api*"',
      '  - level: Request',
      '    omitStages: [ResponseStarted]',
      '    namespaces: ["kube-system"]',
    ]);
    expect(a.diagnostics).toEqual([]);
    expect(a.keys.find((k) => k.path === 'rules[].level')).toMatchObject({ type: 'string', enum: ['None', 'Metadata', 'Request', 'RequestResponse'] });
  });

  it('a level outside the enum, a misspelt stage in a list and a misspelt key are findings', () => {
    const a = run([...POLICY, 'omitStages: [RequestRecieved]', 'rules:', '  - level: Verbose', '    resource:', '    - group: ""'], 10, 3);
    expect(a.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual([
      'notes/admission.md:12:16 yaml-enum',
      'notes/admission.md:14:14 yaml-enum',
      'notes/admission.md:15:7 yaml-unknown-field',
    ]);
    expect(a.diagnostics[2]!.message).toContain('did you mean `resources`?');
  });
});

describe('DeleteOptions', () => {
  it('propagationPolicy, gracePeriodSeconds, dryRun and preconditions: no findings', () => {
    const a = run(['apiVersion: v1', 'kind: DeleteOptions', 'propagationPolicy: Foreground', 'gracePeriodSeconds: 0', 'dryRun: [All]', 'preconditions:', '  uid: 5c4a6a4c-0000-4000-8000-000000000000', '  resourceVersion: "12345"']);
    expect(a.diagnostics).toEqual([]);
    expect(a.keys.find((k) => k.path === 'propagationPolicy')).toMatchObject({ enum: ['Orphan', 'Background', 'Foreground'] });
    expect(a.keys.find((k) => k.path === 'gracePeriodSeconds')?.type).toBe('integer');
  });

  it('a wrong policy, a string grace period and a misspelt key are findings', () => {
    expect(brief(['apiVersion: v1', 'kind: DeleteOptions', 'propagationPolicy: Cascade', 'gracePeriodSeconds: "30"', 'precondition:', '  uid: x'])).toEqual([
      'notes/admission.md:3:20 yaml-enum',
      'notes/admission.md:4:21 yaml-type',
      'notes/admission.md:5:1 yaml-unknown-field',
    ]);
  });
});

describe('EncryptionConfiguration with a KMS v2 provider (v1.30 era)', () => {
  const ENC = ['apiVersion: apiserver.config.k8s.io/v1', 'kind: EncryptionConfiguration', 'resources:', '  - resources: [secrets, configmaps]', '    providers:'];
  it('apiVersion: v2, name, endpoint and timeout of a kms provider validate; cachesize (KMS v1) is an integer', () => {
    const a = run([...ENC, '      - kms:', '          apiVersion: v2', '          name: myKmsPlugin', '          endpoint: unix:///tmp/socketfile.sock', '          timeout: 3s', '      - kms:', '          name: legacy', '          cachesize: 1000', '          endpoint: unix:///tmp/v1.sock', '      - identity: {}']);
    expect(a.diagnostics).toEqual([]);
    expect(a.keys.find((k) => k.path === 'resources[].providers[].kms.apiVersion')?.type).toBe('string');
    expect(a.keys.find((k) => k.path === 'resources[].providers[].kms.cachesize')?.type).toBe('integer');
  });

  it('a camelCase cacheSize, a number timeout and a quoted cachesize are reported at their line and column', () => {
    const lines = [...ENC, '      - kms:', '          apiVersion: v2', '          name: p', '          cacheSize: 100', '          timeout: 3', '      - kms:', '          name: q', '          cachesize: "100"'];
    expect(brief(lines, 30, 1)).toEqual([
      'notes/admission.md:38:11 yaml-unknown-field',
      'notes/admission.md:39:20 yaml-type',
      'notes/admission.md:42:22 yaml-type',
    ]);
    expect(run(lines).diagnostics[0]!.message).toContain('did you mean `cachesize`?');
  });
});
