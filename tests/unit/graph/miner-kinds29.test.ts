/**
 * kinds29 (mirror-branches.ts): a field a kind has in two mirrored branches, named bare, is read at the
 * primary branch (NetworkPolicy `ingress[].from[]`, HPA `behavior.scaleUp`) unless the note's words speak
 * of the mirrored branch alone. Notes written for this test; look-alikes keep their reading.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { MIRROR_BRANCHES, primaryBranchOf } from '../../../src/graph/miner/mirror-branches.ts';
import { fieldAt } from '../../../src/graph/vocabulary/index.ts';
import { cleanup, definedInNote } from './helpers.ts';

afterAll(cleanup);

describe('MIRROR_BRANCHES: each row names two places the API has', () => {
  it.each(MIRROR_BRANCHES.map((b) => [b.name, b]))('%s', (_, b) => {
    const parent = (p: string) => p.replace(/\[\]$/, '');
    expect(fieldAt(b.owner, parent(b.primary))).toBeDefined();
    expect(fieldAt(b.owner, parent(b.secondary))).toBeDefined();
  });
});

describe('primaryBranchOf', () => {
  const egress = fieldAt('NetworkPolicy', 'spec.egress[].to[].namespaceSelector')!;
  it('moves a bare name from egress to ingress', () => {
    expect(primaryBranchOf(egress, ['**namespaceSelector**：按命名空间的标签选对端'], fieldAt)?.field.path).toBe('spec.ingress[].from[].namespaceSelector');
  });
  it('keeps egress when the heading is about egress only, whatever the passage says', () => {
    expect(primaryBranchOf(egress, ['出站规则', 'ingress 和 egress 里都能写 namespaceSelector'], fieldAt)).toBeUndefined();
  });
  it('moves when the words name both branches', () => {
    expect(primaryBranchOf(egress, ['namespaceSelector', 'ingress 和 egress 里都能写 namespaceSelector'], fieldAt)?.field.path).toBe('spec.ingress[].from[].namespaceSelector');
  });
  it('leaves a field at no mirrored branch alone', () => {
    expect(primaryBranchOf(fieldAt('NetworkPolicy', 'spec.podSelector')!, [''], fieldAt)).toBeUndefined();
  });
  it('moves an HPA behavior field from scaleDown to scaleUp', () => {
    const down = fieldAt('HorizontalPodAutoscaler', 'spec.behavior.scaleDown.stabilizationWindowSeconds')!;
    expect(primaryBranchOf(down, ['稳定窗口'], fieldAt)?.field.path).toBe('spec.behavior.scaleUp.stabilizationWindowSeconds');
    expect(primaryBranchOf(down, ['缩容时的稳定窗口'], fieldAt)).toBeUndefined();
  });
});

describe('in a note', () => {
  const policy = (heading: string) => [
    '# NetworkPolicy 笔记',
    '',
    'NetworkPolicy 用标签选中一组 Pod，再规定谁能连它们、它们能连谁。',
    '',
    `## ${heading}`,
    '',
    '**ipBlock**：按 CIDR 挑对端，常用来放行集群外的地址段。',
    '',
  ];
  it('reads a bare name of both branches at ingress (the base read the catalogue\'s first, egress)', async () => {
    expect(await definedInNote(policy('对端怎么选'))).toContain('ipBlock field NetworkPolicy:spec.ingress[].from[].ipBlock');
  });
  it('keeps egress under a heading about egress only', async () => {
    expect(await definedInNote(policy('出站规则'))).toContain('ipBlock field NetworkPolicy:spec.egress[].to[].ipBlock');
  });
});
