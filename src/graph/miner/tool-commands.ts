/**
 * resolve5: commands of command-line tools the candidate rules do not read as commands (label-rules.ts
 * `COMMAND_TOOLS`, a feature of the learned scorer, is left as it is), read by the resolver only where
 * the label opens the passage that explains it (`**ip netns**：…`, `` `virtctl migrate` 会… ``): then the
 * command is a term, as a command of kubectl is, instead of a command line (`command-line`) or a
 * name that is no new term (`not-a-new-term`).
 *
 * The tools: the main CLIs of projects study notes on Kubernetes explain (KubeVirt's virtctl,
 * KubeEdge's keadm, OpenYurt's yurtadm, Dapr's dapr, K3s's k3s, Knative's kn; each project's CLI
 * reference), and the host's tools notes on the node's network and images explain subcommand by
 * subcommand (iproute2's `ip` and `bridge`, docker, podman, buildah; man pages ip(8), bridge(8),
 * docs.docker.com CLI reference). Not general tools run in passing (`systemctl`, `journalctl`, `git`,
 * `make`): their subcommands take arguments (`journalctl -u kubelet`) and name nothing of their own.
 * A name is a command only as the tool and one to three lower-case subcommand words, and at most two
 * mode flags without a value (`dapr status -k`); arguments (`docker buildx build --platform …`) make
 * a command line.
 */
export const EXPLAINED_TOOLS: readonly string[] = ['virtctl', 'keadm', 'yurtadm', 'dapr', 'k3s', 'kn', 'ip', 'bridge', 'docker', 'podman', 'buildah'];

const TOOL_COMMAND = new RegExp(`^(?:${EXPLAINED_TOOLS.join('|')})(?: [a-z][a-z-]*){1,3}(?: --?[a-z][a-z-]*){0,2}$`);

/** A command of one of EXPLAINED_TOOLS: the tool, subcommand words, mode flags, nothing else. */
export function isToolCommand(label: string): boolean {
  return TOOL_COMMAND.test(label.normalize('NFKC').replace(/^[`*\s]+|[`*\s:：]+$/gu, '').replace(/\s+/g, ' '));
}
