/**
 * bold6 (docs/miner.md, "bold6"): the one table of command-line tools (command-tools.ts `TOOLS`) and
 * the lists and regexes derived from it. Names and command lines made up for this test.
 */
import { describe, expect, it } from 'vitest';
import {
  COMMAND_TOOL, COMMAND_TOOLS, ECOSYSTEM_TOOLS, EXPLAINED_TOOLS, SHELL_LINE, SHELL_LINE_TOOLS, TOOLS,
  isCommandName, isFlaggedCommand, isToolCommand,
} from '../../../src/graph/miner/command-tools.ts';
import { notAConcept } from '../../../src/graph/miner/label-rules.ts';

describe('TOOLS: each tool written down once, with what it is used for', () => {
  it('no tool has two rows, and every row has a use', () => {
    const names = TOOLS.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    for (const t of TOOLS) expect(t.uses.length).toBeGreaterThan(0);
  });

  it('the derived lists are exactly the rows with that use, in table order', () => {
    expect(COMMAND_TOOLS).toEqual(TOOLS.filter((t) => t.uses.includes('command')).map((t) => t.name));
    expect(EXPLAINED_TOOLS).toEqual(TOOLS.filter((t) => t.uses.includes('explained')).map((t) => t.name));
    expect(SHELL_LINE_TOOLS).toEqual(TOOLS.filter((t) => t.uses.includes('shell-line')).map((t) => t.name));
  });

  it('a tool whose commands the rules read is never one the resolver alone reads', () => {
    for (const t of EXPLAINED_TOOLS) expect(COMMAND_TOOLS).not.toContain(t);
  });

  it('the tools around a cluster are all command tools; the host tools are none', () => {
    for (const t of ECOSYSTEM_TOOLS) expect(COMMAND_TOOLS).toContain(t);
    for (const t of TOOLS.filter((x) => x.group === 'host')) expect(COMMAND_TOOLS).not.toContain(t.name);
  });

  it('the Kubernetes tools come first in COMMAND_TOOLS (the scorer feature reads the list as before)', () => {
    expect(COMMAND_TOOLS.slice(0, 3)).toEqual(['kubectl', 'kubeadm', 'etcdctl']);
    expect(COMMAND_TOOLS).toHaveLength(40);
  });
});

describe('the regexes built from the table', () => {
  it('COMMAND_TOOL takes a whole tool name only', () => {
    expect(COMMAND_TOOL.test('velero')).toBe(true);
    expect(COMMAND_TOOL.test('kube-bench')).toBe(true);
    expect(COMMAND_TOOL.test('velero backup')).toBe(false);
    expect(COMMAND_TOOL.test('docker')).toBe(false);
  });

  it.each([
    ['helm rollback', true, false, false],
    ['cosign sign', true, false, false],
    ['hubble observe --follow', false, true, false],
    ['kn service describe', false, false, true],
    ['podman image prune -a', false, false, true],
    ['bridge fdb', false, false, true],
    ['systemctl daemon-reload', false, false, false],
    ['helm install demo ./chart --wait', false, false, false],
  ])('%s: command name %s, flagged command %s, explained tool command %s', (label, name, flagged, explained) => {
    expect(isCommandName(label)).toBe(name);
    expect(isFlaggedCommand(label)).toBe(flagged);
    expect(isToolCommand(label)).toBe(explained);
  });

  it('a shell-line tool with an argument opens a command line, unless the label is a command\'s name', () => {
    expect(SHELL_LINE.test('curl -sk https://10.0.0.1:6443/healthz')).toBe(true);
    expect(SHELL_LINE.test('iptables -t nat -L')).toBe(true);
    expect(SHELL_LINE.test('$ whoami')).toBe(true);
    expect(SHELL_LINE.test('velero restore create')).toBe(false);
    expect(notAConcept('sudo systemctl restart containerd')?.name).toBe('command-line');
    expect(notAConcept('crictl inspectp abc123 --output json')?.name).toBe('command-line');
    expect(notAConcept('crictl inspectp')?.name).not.toBe('command-line');
  });
});
