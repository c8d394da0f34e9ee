/**
 * The component configuration APIs (KubeletConfiguration, KubeProxyConfiguration,
 * KubeSchedulerConfiguration, kubeadm's ClusterConfiguration …, the apiserver's
 * EncryptionConfiguration …, the kubeconfig file): kinds and fields the note miner reads as
 * Kubernetes vocabulary, next to the REST API's. Generated from the Go type definitions by
 * scripts/build-config-catalogue.mjs (sources and commits recorded in config-kinds.json); loaded
 * once per process. The YAML checker checks YAML examples of these kinds with the same walker as
 * the REST API's (src/graph/yaml/catalogue.ts presents these types as field catalogue types).
 *
 * Type strings are those of the field catalogue (`string`, `[]X`, `map[string]X`, a type name);
 * `core:Name` is a core API type (`core:Taint`), typed in the field catalogue.
 */
import data from './config-kinds.json' with { type: 'json' };

export interface ConfigFieldSpec {
  t: string;
  e?: string[];
}

export interface ConfigTypeSpec {
  f: Record<string, ConfigFieldSpec>;
  /** Core API types inlined into this one (kubeadm's EnvVar is a `core:EnvVar`): their fields are this type's too. */
  inline?: string[];
}

interface ConfigKind {
  apiVersion: string;
  type: string;
  /** false: a kind named by an ordinary word (`Config`), known only from a YAML example's `kind`. */
  named?: boolean;
}

interface ConfigData {
  sources: { repo: string; path: string; commit: string }[];
  kinds: Record<string, ConfigKind>;
  types: Record<string, ConfigTypeSpec>;
}

const config = data as unknown as ConfigData;

/** Where the configuration vocabulary came from: `repo path@commit`, one per Go file. */
export const CONFIG_SOURCES: readonly string[] = config.sources.map((s) => `${s.repo} ${s.path}@${s.commit.slice(0, 12)}`);

/** Every component configuration kind. */
export function configKinds(): string[] {
  return Object.keys(config.kinds);
}

/** True for a kind of the component configuration APIs (`KubeletConfiguration`, `Config`). */
export function isConfigKind(kind: string): boolean {
  return Object.hasOwn(config.kinds, kind);
}

/** True when notes may name the kind in prose (not `Config`, an ordinary word). */
export function isNamedConfigKind(kind: string): boolean {
  return isConfigKind(kind) && config.kinds[kind]!.named !== false;
}

/** The apiVersion a file of this kind is written with. */
export function configApiVersion(kind: string): string | undefined {
  return isConfigKind(kind) ? config.kinds[kind]!.apiVersion : undefined;
}

export function configTypeSpec(name: string): ConfigTypeSpec | undefined {
  return Object.hasOwn(config.types, name) ? config.types[name] : undefined;
}

/** The name of a configuration kind's root type. */
export function configKindTypeName(kind: string): string | undefined {
  return isConfigKind(kind) ? config.kinds[kind]!.type : undefined;
}

/** The root type of a configuration kind. */
export function configKindType(kind: string): ConfigTypeSpec | undefined {
  return isConfigKind(kind) ? configTypeSpec(config.kinds[kind]!.type) : undefined;
}

export type ConfigShape =
  | { shape: 'list'; of: string }
  | { shape: 'map'; of: string }
  | { shape: 'object'; type: string; spec: ConfigTypeSpec }
  | { shape: 'scalar' };

/** What a configuration type string holds. Core API types are leaves here. */
export function configShapeOf(t: string): ConfigShape {
  if (t.startsWith('[]')) return { shape: 'list', of: t.slice(2) };
  if (t.startsWith('map[string]')) return { shape: 'map', of: t.slice('map[string]'.length) };
  const spec = configTypeSpec(t);
  return spec ? { shape: 'object', type: t, spec } : { shape: 'scalar' };
}

/**
 * Opaque fields whose content is itself a configuration kind chosen by a sibling `name`:
 * - the scheduler decodes `profiles[].pluginConfig[].args` as the kind `<plugin name>Args`
 *   (NodeResourcesFitArgs …; kube-scheduler's PluginConfig.decodeNestedObjects);
 * - the apiserver hands `plugins[].configuration` of an AdmissionConfiguration to the admission
 *   plugin `name`, which reads its own kind there (PodSecurity: PodSecurityConfiguration,
 *   EventRateLimit: the `Configuration` of eventratelimit.admission.k8s.io).
 * The YAML key under such a field belongs to whichever of these kinds has it.
 */
const EMBEDDED_KINDS: Readonly<Record<string, { at: string; suffix?: string; names?: Readonly<Record<string, string>> }>> = {
  KubeSchedulerConfiguration: { at: 'profiles.pluginConfig.args', suffix: 'Args' },
  AdmissionConfiguration: { at: 'plugins.configuration', names: { PodSecurity: 'PodSecurityConfiguration', EventRateLimit: 'Configuration' } },
};

function embedding(owner: string, path: string) {
  const e = Object.hasOwn(EMBEDDED_KINDS, owner) ? EMBEDDED_KINDS[owner]! : undefined;
  return e && e.at === path ? e : undefined;
}

/** The configuration kinds that may fill the opaque field at `path` (no `[]`) of `owner`. */
export function embeddedKinds(owner: string, path: string): string[] {
  const e = embedding(owner, path);
  if (!e) return [];
  return configKinds().filter((k) => (e.suffix !== undefined && k.endsWith(e.suffix)) || (e.names !== undefined && Object.values(e.names).includes(k)));
}

/**
 * The configuration kind that fills the opaque field at `path` (no `[]`) of `owner` when its
 * sibling `name` is `name` (`NodeResourcesFit` → NodeResourcesFitArgs, `PodSecurity` →
 * PodSecurityConfiguration); undefined when none is known (a plugin without a configuration kind).
 */
export function embeddedKind(owner: string, path: string, name: string): string | undefined {
  const e = embedding(owner, path);
  if (!e) return undefined;
  const kind = e.names && Object.hasOwn(e.names, name) ? e.names[name] : e.suffix !== undefined ? `${name}${e.suffix}` : undefined;
  return kind !== undefined && isConfigKind(kind) && embeddedKinds(owner, path).includes(kind) ? kind : undefined;
}
