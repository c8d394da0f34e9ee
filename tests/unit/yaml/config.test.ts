/**
 * YAML examples of the component configuration kinds (KubeletConfiguration, kubeadm's
 * ClusterConfiguration, EncryptionConfiguration, the kubeconfig `Config` …) are checked with the
 * same walker as API kinds, against the configuration catalogue (src/graph/vocabulary/config-kinds.json).
 */
import { describe, expect, it } from 'vitest';
import { analyzeYaml } from '../../../src/graph/yaml/analyze.ts';

const src = (line = 1, column = 1) => ({ file: 'notes/node.md', line, column });
const run = (lines: string[], line = 1, column = 1) => analyzeYaml(lines.join('\n') + '\n', src(line, column));
const brief = (lines: string[]) => run(lines).diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);
const KUBELET = ['apiVersion: kubelet.config.k8s.io/v1beta1', 'kind: KubeletConfiguration'];

describe('KubeletConfiguration', () => {
  it('a correct file with durations, a map of thresholds and nested objects has no findings', () => {
    const a = run([
      ...KUBELET,
      'cgroupDriver: systemd',
      'shutdownGracePeriod: 30s',
      'shutdownGracePeriodCriticalPods: 10s',
      'imageMinimumGCAge: 2m0s',
      'imageMaximumGCAge: 168h',
      'nodeStatusUpdateFrequency: "1m30s"',
      'cpuCFSQuotaPeriod: 100ms',
      'evictionPressureTransitionPeriod: "0"',
      'maxPods: 110',
      'memoryThrottlingFactor: 0.9',
      'failSwapOn: false',
      'clusterDNS: [10.96.0.10]',
      'evictionHard:',
      '  memory.available: "100Mi"',
      '  nodefs.available: "10%"',
      'systemReserved:',
      '  cpu: 500m',
      '  memory: 1Gi',
      'featureGates:',
      '  GracefulNodeShutdown: true',
      'authentication:',
      '  x509:',
      '    clientCAFile: /etc/kubernetes/pki/ca.crt',
      '  webhook:',
      '    enabled: true',
      '    cacheTTL: 2m0s',
      'authorization:',
      '  mode: Webhook',
      'registerWithTaints:',
      '  - key: dedicated',
      '    value: infra',
      '    effect: NoSchedule',
      'reservedMemory:',
      '  - numaNode: 0',
      '    limits:',
      '      memory: 1100Mi',
      'logging:',
      '  format: json',
      '  anything: [goes, here]',
    ]);
    expect(a.diagnostics).toEqual([]);
    expect(a.unchecked).toEqual([]);
    expect(a.kinds).toEqual(['KubeletConfiguration']);
    const key = (p: string) => a.keys.find((k) => k.path === p);
    expect(key('shutdownGracePeriod')?.type).toBe('Duration');
    expect(key('evictionHard')?.type).toBe('map[string]string');
    expect(key('authentication.webhook.cacheTTL')?.type).toBe('Duration');
    expect(key('authorization.mode')).toMatchObject({ type: 'string', enum: ['AlwaysAllow', 'Webhook'] });
    // No descriptions exist in the Go-derived catalogue, and no reference page of its own.
    expect(key('cgroupDriver')).toMatchObject({ type: 'string' });
    expect(key('cgroupDriver')!.description).toBeUndefined();
    expect(key('cgroupDriver')!.docUrl).toBeUndefined();
    // A core API type inside a configuration file is the field catalogue's, with its reference link.
    expect(key('registerWithTaints[].effect')).toMatchObject({ type: 'string', enum: ['NoExecute', 'NoSchedule', 'PreferNoSchedule'] });
    expect(key('registerWithTaints[].effect')!.docUrl).toMatch(/^https:\/\/kubernetes\.io\/docs\/reference\/kubernetes-api\/.*#Taint/);
    expect(key('reservedMemory[].limits')?.type).toBe('map[string]Quantity');
    // Keys of free-form maps are data, not fields.
    expect(a.fieldPaths).toContain('evictionHard');
    expect(a.fieldPaths).not.toContain('evictionHard.memory.available');
    expect(a.fieldPaths).not.toContain('featureGates.GracefulNodeShutdown');
  });

  it('a typo is an unknown field with a suggestion, and the hint does not send the author to kubectl explain', () => {
    const a = run([...KUBELET, 'cgroupDrivr: systemd', 'evictionhard:', '  memory.available: 100Mi', 'notAField: 1']);
    expect(a.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['3:1 yaml-unknown-field', '4:1 yaml-unknown-field', '6:1 yaml-unknown-field']);
    expect(a.diagnostics[0]!.message).toBe('Unknown field `cgroupDrivr` in KubeletConfiguration; did you mean `cgroupDriver`?');
    expect(a.diagnostics[0]!.hint).toBe('Rename it to `cgroupDriver`.');
    expect(a.diagnostics[1]!.message).toContain('did you mean `evictionHard`?');
    expect(a.diagnostics[2]!.message).toBe('Unknown field `notAField` in KubeletConfiguration');
    expect(a.diagnostics[2]!.hint).toContain('KubeletConfiguration (kubelet.config.k8s.io/v1beta1)');
    expect(a.diagnostics[2]!.hint).not.toContain('kubectl explain');
  });

  it('enum values come from the Go source: a declared one is checked, cgroupDriver (a plain string in Go) is not', () => {
    const a = run([...KUBELET, 'authorization:', '  mode: Webhok', 'configMapAndSecretChangeDetectionStrategy: watch', 'cgroupDriver: systemdd']);
    expect(a.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['4:9 yaml-enum', '5:44 yaml-enum']);
    expect(a.diagnostics[0]!.message).toBe('`mode: Webhok` is not one of AlwaysAllow, Webhook; did you mean Webhook?');
    expect(a.diagnostics[0]!.hint).toBe('Write `mode: Webhook`.');
    expect(a.diagnostics[1]!.hint).toBe('Write `configMapAndSecretChangeDetectionStrategy: Watch`.');
    // `CgroupDriver string` declares no values (the kubelet compares it with "systemd"); nothing is invented.
    expect(a.diagnostics.some((d) => d.message.includes('cgroupDriver'))).toBe(false);
  });

  it('wrong scalar types: a quoted number, a word for a boolean, a list for a string', () => {
    const a = run([...KUBELET, 'maxPods: "110"', 'failSwapOn: nope', 'cgroupDriver: [systemd]', 'clusterDNS: 10.96.0.10']);
    expect(a.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['3:10 yaml-type', '4:13 yaml-type', '5:15 yaml-type', '6:13 yaml-type']);
    expect(a.diagnostics[0]!.hint).toBe('Remove the quotes: the field takes a number.');
    expect(a.diagnostics[1]!.hint).toBe('Write true or false.');
    expect(a.diagnostics[3]!.message).toContain('expects a list ([]string)');
  });

  it('durations are Go durations: a bare number (even 0), a day unit, spaces and nonsense are findings with a fitting hint', () => {
    // metav1.Duration reads a JSON string only: an unquoted 0 is a number.
    expect(brief([...KUBELET, 'evictionPressureTransitionPeriod: 0'])).toEqual(['3:35 yaml-type']);
    const a = run([...KUBELET, 'shutdownGracePeriod: 30', 'imageMaximumGCAge: 7d', 'imageMinimumGCAge: "2 m"', 'syncFrequency: soon']);
    expect(a.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['3:22 yaml-type', '4:20 yaml-type', '5:20 yaml-type', '6:16 yaml-type']);
    const [bare, days, spaces, word] = a.diagnostics;
    expect(bare!.message).toBe('`shutdownGracePeriod` expects a duration such as 10s or 2m0s (Duration) but got `30` (an integer)');
    expect(bare!.hint).toContain('"30s"');
    expect(days!.message).toBe('`imageMaximumGCAge` expects a duration such as 10s or 2m0s (Duration) but got `7d`, which is not one');
    expect(days!.hint).toBe('Go durations have no day unit: write 168h.');
    expect(spaces!.hint).toBe('Write it without spaces: 2m.');
    expect(word!.hint).toMatch(/ns, us, ms, s, m, h/);
  });

  it('quantities (core ResourceList) are checked for their format', () => {
    const a = run([...KUBELET, 'reservedMemory:', '  - numaNode: 0', '    limits:', '      memory: 1GB', '      hugepages-1Gi: 2K']);
    expect(a.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['6:15 yaml-type', '7:22 yaml-type']);
    expect(a.diagnostics[0]!.hint).toBe('Write 1Gi (binary, ×1024) or 1G (decimal): quantities have no B suffix.');
    expect(a.diagnostics[1]!.hint).toBe('Write 2k (decimal, lower-case k) or 2Ki (binary).');
  });

  it('positions are in the note file, for an indented fence too', () => {
    const a = run([...KUBELET, 'cgroupDrivr: systemd'], 40, 4);
    expect(a.diagnostics[0]).toMatchObject({ file: 'notes/node.md', line: 42, column: 4, code: 'yaml-unknown-field' });
  });
});

describe('EncryptionConfiguration', () => {
  const ENC = ['apiVersion: apiserver.config.k8s.io/v1', 'kind: EncryptionConfiguration'];
  it('a providers list with secretbox, aescbc, kms and identity is checked without findings', () => {
    const a = run([
      ...ENC,
      'resources:',
      '  - resources:',
      '      - secrets',
      '      - configmaps',
      '    providers:',
      '      - aescbc:',
      '          keys:',
      '            - name: key1',
      '              secret: c2VjcmV0IGlzIHNlY3VyZQ==',
      '      - secretbox:',
      '          keys:',
      '            - name: key2',
      '              secret: "<base64>"',
      '      - kms:',
      '          name: vault',
      '          endpoint: unix:///var/run/kms.sock',
      '          timeout: 3s',
      '      - identity: {}',
    ]);
    expect(a.diagnostics).toEqual([]);
    expect(a.keys.find((k) => k.path === 'resources[].providers[].kms.timeout')?.type).toBe('Duration');
    expect(a.keys.find((k) => k.path === 'resources[].providers')?.type).toBe('[]ProviderConfiguration');
  });

  it('a provider written as a string, a misspelt provider, a missing list', () => {
    const a = run([...ENC, 'resources:', '  - resources: secrets', '    providers:', '      - aesgcm:', '          key:', '            - name: k', '      - identty: {}']);
    expect(a.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['4:16 yaml-type', '7:11 yaml-unknown-field', '9:9 yaml-unknown-field']);
    expect(a.diagnostics[1]!.message).toContain('did you mean `keys`?');
    expect(a.diagnostics[2]!.message).toBe('Unknown field `identty` in ProviderConfiguration; did you mean `identity`?');
  });
});

describe('kubeadm', () => {
  it('a v1beta4 ClusterConfiguration with extraArgs/extraEnvs lists (EnvVar is the core one) has no findings', () => {
    const a = run([
      'apiVersion: kubeadm.k8s.io/v1beta4',
      'kind: ClusterConfiguration',
      'kubernetesVersion: v1.31.0',
      'controlPlaneEndpoint: "k8s-api.example.internal:6443"',
      'networking:',
      '  podSubnet: 10.244.0.0/16',
      '  serviceSubnet: 10.96.0.0/12',
      'apiServer:',
      '  certSANs: [k8s-api.example.internal]',
      '  extraArgs:',
      '    - name: audit-log-path',
      '      value: /var/log/kubernetes/audit.log',
      '  extraEnvs:',
      '    - name: HTTPS_PROXY',
      '      value: http://proxy:3128',
      '    - name: NODE_NAME',
      '      valueFrom:',
      '        fieldRef:',
      '          fieldPath: spec.nodeName',
      'etcd:',
      '  local:',
      '    dataDir: /var/lib/etcd',
      'encryptionAlgorithm: ECDSA-P256',
    ]);
    expect(a.diagnostics).toEqual([]);
    expect(a.keys.find((k) => k.path === 'apiServer.extraEnvs[].valueFrom')?.type).toBe('EnvVarSource');
  });

  it('findings inside kubeadm types: v1beta3-style map extraArgs, a bad enum, a bad taint', () => {
    const a = run([
      'apiVersion: kubeadm.k8s.io/v1beta4',
      'kind: InitConfiguration',
      'nodeRegistration:',
      '  taints:',
      '    - key: node-role.kubernetes.io/control-plane',
      '      effect: NoSchedul',
      '  kubeletExtraArgs:',
      '    node-ip: 10.0.0.5',
      '---',
      'apiVersion: kubeadm.k8s.io/v1beta4',
      'kind: ClusterConfiguration',
      'encryptionAlgorithm: RSA-1024',
    ]);
    // The map is read as one list item (a forgotten `- `), as for API kinds: its key is no Arg field either.
    expect(a.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['6:15 yaml-enum', '8:5 yaml-type', '8:5 yaml-unknown-field', '12:22 yaml-enum']);
    expect(a.diagnostics[0]!.hint).toBe('Write `effect: NoSchedule`.');
    expect(a.diagnostics[1]!.message).toContain('[]Arg');
    expect(a.diagnostics[3]!.message).toContain('ECDSA-P256, RSA-2048, RSA-3072, RSA-4096');
  });

  it('an older version of the kubeadm group is not checked, never a warning, and says which version is', () => {
    const a = run(['apiVersion: kubeadm.k8s.io/v1beta3', 'kind: ClusterConfiguration', 'networking:', '  podSubnet: 10.244.0.0/16', 'apiServer:', '  extraArgs:', '    audit-log-path: /var/log/audit.log']);
    expect(a.diagnostics).toEqual([]);
    expect(a.unchecked).toEqual([{ kind: 'ClusterConfiguration', apiVersion: 'kubeadm.k8s.io/v1beta3', known: ['kubeadm.k8s.io/v1beta4'] }]);
    // The keys are still described with the known version's types.
    expect(a.keys.find((k) => k.path === 'networking.podSubnet')?.type).toBe('string');
  });
});

describe('kubeconfig (kind: Config)', () => {
  it('a kubeconfig with clusters, users (exec), contexts is checked', () => {
    const a = run([
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      '  - name: dev',
      '    cluster:',
      '      server: https://dev-api.example.internal:6443',
      '      certificate-authority-data: LS0tLS1CRUdJTi==',
      'users:',
      '  - name: alice',
      '    user:',
      '      exec:',
      '        apiVersion: client.authentication.k8s.io/v1',
      '        command: aws',
      '        args: [eks, get-token]',
      '        interactiveMode: Never',
      'contexts:',
      '  - name: alice@dev',
      '    context:',
      '      cluster: dev',
      '      user: alice',
      '      namespace: team-a',
      'current-context: alice@dev',
    ]);
    expect(a.diagnostics).toEqual([]);
    expect(a.unchecked).toEqual([]);
    expect(a.keys.find((k) => k.path === 'users[].user.exec.interactiveMode')?.enum).toEqual(['Never', 'IfAvailable', 'Always']);
  });

  it('a typo and a bad enum in a kubeconfig', () => {
    const a = run(['apiVersion: v1', 'kind: Config', 'users:', '  - name: a', '    user:', '      client-cert: /a.crt', '      exec:', '        interactiveMode: always', 'current-contxt: a']);
    expect(a.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['6:7 yaml-unknown-field', '8:26 yaml-enum', '9:1 yaml-unknown-field']);
    expect(a.diagnostics[1]!.hint).toBe('Write `interactiveMode: Always`.');
    expect(a.diagnostics[2]!.message).toContain('did you mean `current-context`?');
  });

  it('a custom resource named Config in another group is not checked and not a finding', () => {
    const a = run(['apiVersion: operator.openshift.io/v1', 'kind: Config', 'spec: {managementState: Managed}']);
    expect(a.diagnostics).toEqual([]);
    expect(a.unchecked).toEqual([{ kind: 'Config', apiVersion: 'operator.openshift.io/v1', known: ['v1'] }]);
    expect(a.keys.every((k) => k.type === undefined)).toBe(true);
  });
});

describe('apiVersion and kind of configuration files', () => {
  it('an apiVersion of another group names the version that is known', () => {
    const [d] = run(['apiVersion: v1', 'kind: KubeletConfiguration', 'cgroupDriver: systemd']).diagnostics;
    expect(d).toMatchObject({ code: 'yaml-api-version', line: 1, column: 13 });
    expect(d!.message).toBe('KubeletConfiguration is not read at `apiVersion: v1`; the version known here is `kubelet.config.k8s.io/v1beta1`');
    expect(d!.hint).toContain('apiVersion: kubelet.config.k8s.io/v1beta1');
    expect(brief(['apiVersion: kubeadm.k8s.io/v1beta4', 'kind: KubeletConfiguration'])).toEqual(['1:13 yaml-api-version']);
    expect(brief(['apiVersion: kubelet.config.k8s.io/V1beta1', 'kind: KubeletConfiguration'])).toEqual(['1:13 yaml-api-version']);
    // Only the apiVersion is reported; the keys are still described with the known version's types.
    const a = run(['apiVersion: v1', 'kind: KubeletConfiguration', 'authorization:', '  mode: Webhok']);
    expect(a.diagnostics.map((x) => x.code)).toEqual(['yaml-api-version']);
    expect(a.keys.find((k) => k.path === 'authorization.mode')).toMatchObject({ type: 'string', enum: ['AlwaysAllow', 'Webhook'] });
  });

  it('an unknown version of the kind\'s own group is "not checked", never an error', () => {
    const a = run(['apiVersion: kubescheduler.config.k8s.io/v1beta3', 'kind: KubeSchedulerConfiguration', 'profiles: []']);
    expect(a.diagnostics).toEqual([]);
    expect(a.unchecked).toEqual([{ kind: 'KubeSchedulerConfiguration', apiVersion: 'kubescheduler.config.k8s.io/v1beta3', known: ['kubescheduler.config.k8s.io/v1'] }]);
  });

  it('a misspelt kind in a configuration group', () => {
    const [d] = run(['apiVersion: kubeproxy.config.k8s.io/v1alpha1', 'kind: KubeproxyConfiguration', 'mode: ipvs']).diagnostics;
    expect(d).toMatchObject({ code: 'yaml-unknown-kind', line: 2, column: 7 });
    expect(d!.hint).toBe('Write `kind: KubeProxyConfiguration` (kinds are case-sensitive).');
  });

  it('without apiVersion the known version\'s types check it', () => {
    expect(brief(['kind: KubeProxyConfiguration', 'mode: ipvs', 'ipvs:', '  scheduler: lc', '  strictARP: yes please'])).toEqual(['5:14 yaml-type']);
  });
});

describe('kube-scheduler plugin args', () => {
  const SCHED = ['apiVersion: kubescheduler.config.k8s.io/v1', 'kind: KubeSchedulerConfiguration', 'profiles:', '  - schedulerName: bin-packing', '    pluginConfig:'];
  it('args of a plugin with an Args kind are checked as that kind', () => {
    const a = run([
      ...SCHED,
      '      - name: NodeResourcesFit',
      '        args:',
      '          scoringStrategy:',
      '            type: MostAlocated',
      '            resources:',
      '              - name: cpu',
      '                weight: 1',
      '      - name: PodTopologySpread',
      '        args:',
      '          defaultingType: List',
      '          defaultConstraints:',
      '            - maxSkew: 1',
      '              topologyKey: topology.kubernetes.io/zone',
      '              whenUnsatisfiable: ScheduleAnyway',
      '              wrongKey: 1',
    ]);
    expect(a.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['9:19 yaml-enum', '20:15 yaml-unknown-field']);
    expect(a.diagnostics[0]!.hint).toBe('Write `type: MostAllocated`.');
    expect(a.keys.find((k) => k.path === 'profiles[].pluginConfig[].args.scoringStrategy')?.type).toBe('ScoringStrategy');
  });

  it('args may carry their own apiVersion/kind; args of a plugin without a known Args kind are opaque', () => {
    const a = run([
      ...SCHED,
      '      - name: NodeResourcesFit',
      '        args:',
      '          apiVersion: kubescheduler.config.k8s.io/v1',
      '          kind: NodeResourcesFitArgs',
      '          ignoredResources: [example.com/foo]',
      '      - name: MyOutOfTreePlugin',
      '        args:',
      '          anything: {at: [all]}',
    ]);
    expect(a.diagnostics).toEqual([]);
    expect(a.keys.find((k) => k.path === 'profiles[].pluginConfig[].args.anything')?.type).toBeUndefined();
  });
});

describe('omissions in configuration files', () => {
  it('an elided document is still checked for types and names, and nothing is ever "missing"', () => {
    const a = run([...KUBELET, '...', 'cgroupDriver: systemd', 'maxPods: lots', '...', 'evictionHard:', '  # ...', '  memory.available: 100Mi']);
    expect(a.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['5:10 yaml-type']);
  });

  it('a whole file with no fields has no missing-field finding (the Go types mark none required)', () => {
    expect(brief([...KUBELET])).toEqual([]);
    expect(brief(['apiVersion: apiserver.config.k8s.io/v1', 'kind: EncryptionConfiguration', 'resources:', '  - providers:', '      - kms: {}'])).toEqual([]);
  });
});
