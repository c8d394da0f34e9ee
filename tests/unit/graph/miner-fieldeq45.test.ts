/**
 * fieldeq45 (docs/miner.md, "fieldeq45"): kubectl's command grammar (command-tools.ts KUBECTL_GRAMMAR) — a command
 * written with an object's name is a command line whose command is the verb path, not a name as written. Command
 * lines made up for this test.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { KUBECTL_COMMANDS, KUBECTL_GRAMMAR, isCommandName, isFlaggedCommand, kubectlCommandLength } from '../../../src/graph/miner/command-tools.ts';
import { commandOf, commandOfCode } from '../../../src/graph/miner/prose.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

describe('KUBECTL_GRAMMAR: the record', () => {
  it('its example gives the verb path; what it keeps are names; its look-alikes are command lines', () => {
    const span = /`([^`]+)`/.exec(KUBECTL_GRAMMAR.example)![1]!;
    expect(isCommandName(span)).toBe(false);
    expect(commandOf(span)).toBe(KUBECTL_GRAMMAR.gives[0]);
    for (const name of KUBECTL_GRAMMAR.keeps) expect(isCommandName(name), name).toBe(true);
    for (const line of KUBECTL_GRAMMAR.lookAlikes) expect(isCommandName(line), line).toBe(false);
  });

  it('every path of the table is a name of its own', () => {
    for (const p of KUBECTL_COMMANDS.keys()) expect(isCommandName(`kubectl ${p}`), p).toBe(true);
  });
});

describe('kubectlCommandLength', () => {
  const len = (s: string) => kubectlCommandLength(s.split(' '));
  it('a verb on a resource type keeps the type alone, not a type and a name', () => {
    expect(len('kubectl describe node')).toBe(3);
    expect(len('kubectl edit deploy web')).toBe(2);
    expect(len('kubectl rollout status deploy web')).toBe(3);
  });
  it('a verb on a name keeps no word after its path', () => {
    expect(len('kubectl create deployment web')).toBe(3);
    expect(len('kubectl create secret generic db-pass')).toBe(4);
    expect(len('kubectl config use-context prod')).toBe(3);
    expect(len('kubectl logs web')).toBe(2);
  });
  it('the start of a longer path written alone is the command; a verb the table does not hold is not read', () => {
    expect(len('kubectl rollout')).toBe(2);
    expect(len('kubectl create secret')).toBe(3);
    expect(len('kubectl cnpg status main')).toBeUndefined();
    expect(len('kubeadm certs renew')).toBeUndefined();
  });
});

describe('command names and command lines', () => {
  it('a command with an object name is a command line, and its command is the verb path', () => {
    expect(commandOf('kubectl delete job nightly')).toBe('kubectl delete');
    expect(commandOf('kubectl scale deploy api --replicas=5')).toBe('kubectl scale');
    expect(commandOf('kubectl create deployment api --image=nginx')).toBe('kubectl create deployment');
    expect(commandOf('kubectl describe node gpu-2')).toBe('kubectl describe node');
    expect(commandOfCode('kubectl logs --previous')).toBe('kubectl logs --previous');
  });
  it('names that were names stay names (a type, a plugin, flagged commands)', () => {
    for (const s of ['kubectl get events', 'kubectl debug node', 'kubectl top pod', 'kubectl create secret docker-registry', 'kubectl hns tree', 'kubectl get pxc-backup'])
      expect(isCommandName(s), s).toBe(true);
    expect(isFlaggedCommand('kubectl logs --previous')).toBe(true);
    expect(isFlaggedCommand('kubectl auth can-i --list')).toBe(true);
    expect(isFlaggedCommand('kubectl edit deploy web --save-config')).toBe(false);
  });
});

describe('a cheat sheet (made up)', () => {
  it('`kubectl edit deploy api`：… gives kubectl edit, not the line as written', async () => {
    const text = '# kubectl 速查\n\n## 修改\n\n- `kubectl edit deploy api`：直接改线上对象，改完和仓库里的清单不一致\n- `kubectl delete job nightly`：删掉 Job，默认连 Pod 一起删\n';
    const g = await loadGraph(await contentDir({ 'notes/cheat.md': text }), { layout: false });
    const titles = g.concepts.map((c) => c.title);
    expect(titles).toContain('kubectl edit');
    expect(titles).not.toContain('kubectl edit deploy api');
    expect(titles).not.toContain('kubectl delete job nightly');
  });
});
