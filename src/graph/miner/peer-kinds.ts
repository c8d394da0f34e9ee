/**
 * fix27: kinds of concept that are peers of a note's loose home (issue 12 item 3).
 *
 * A note whose title names nothing it defines falls back on its first concept as its home
 * (struct23 `homeLoose`: `# 多容器 Pod 模式` over `**边车（Sidecar）**`, `**大使（Ambassador）**`,
 * `**适配器（Adapter）**`). reader11 and struct23 already put kinds, fields and terms *beside* such a
 * home when it is an object or a field. A home that is a pattern is no more the parent of the
 * patterns listed after it: the sidecar, ambassador and adapter patterns are three multi-container
 * patterns side by side. Data: the home's kind → the kinds that go beside it, not under it.
 */
export const LOOSE_HOME_PEERS: Readonly<Record<string, readonly string[]>> = {
  pattern: ['pattern'],
};

/** Whether a concept of kind `kind` goes beside a loose home of kind `homeKind` (not under it). */
export function peerOfLooseHome(homeKind: string, kind: string): boolean {
  return LOOSE_HOME_PEERS[homeKind]?.includes(kind) ?? false;
}
