/**
 * rules45: an English name set in bold mid-sentence with, inside the bold, its abbreviation (`**Pod Security
 * Admission（PSA）**`) or its Chinese name keeping a Latin word of it (`**Ingress Controller（Ingress 控制器）**`) is
 * introduced as a name, as rules15's `**quota reservation（配额预留）**` is (gloss-shapes.ts BOLD_LATIN_GLOSS, read by
 * prose.ts as `prose-bold-gloss`). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Paragraph } from 'mdast';
import { proseDefinitions } from '../../../src/graph/miner/prose.ts';
import { BOLD_LATIN_GLOSS, boldGlossed } from '../../../src/graph/miner/gloss-shapes.ts';

const para = (md: string) => fromMarkdown(md).children[0] as Paragraph;
const rules = (md: string) => proseDefinitions(para(md)).map((d) => `${d.subject}:${d.rule}`);

describe('BOLD_LATIN_GLOSS: an English name in bold with its abbreviation or a mixed Chinese name inside the bold', () => {
  it.each([
    ['Service Mesh Interface', 'SMI'],
    ['HorizontalPodAutoscaler', 'HPA'],
    ['cloud-controller-manager', 'CCM'],
    ['Persistent Volume Claims', 'PVCs'],
    ['Gateway Controller', 'Gateway 控制器'],
    ['sidecar injector', 'sidecar 注入器'],
    ['CoreDNS Plugin', 'CoreDNS 插件'],
    ['NodeLocal DNSCache', 'NL 缓存'],
  ])('%s（%s）', (name, gloss) => {
    expect(BOLD_LATIN_GLOSS.test(name, gloss)).toBe(true);
  });
  it.each([
    // capitals that spell no initials of the name, an English gloss, a remark, a Latin word from elsewhere
    ['ReadWriteMany', 'RWX'],
    ['Deployment', 'DP'],
    ['rollout', 'rolling release'],
    ['Deployment', '比如 nginx'],
    ['Ingress', '默认 nginx'],
    ['kubectl apply', 'v2 版'],
    // two Latin words around the Chinese, a Chinese name with no Latin word (rules15's own shape)
    ['Gateway Controller', 'Gateway 控制器 v1'],
    ['Gateway Controller', 'Gateway 的 controller'],
  ])('%s（%s） is none', (name, gloss) => {
    expect(BOLD_LATIN_GLOSS.test(name, gloss)).toBe(false);
  });
  it('is the example and none of the look-alikes through boldGlossed', () => {
    const raw = /\*\*(.+?)\*\*/.exec(BOLD_LATIN_GLOSS.example)![1]!;
    expect(boldGlossed(raw, ' 被彻底移除')?.name).toBe(BOLD_LATIN_GLOSS.gives);
    for (const l of BOLD_LATIN_GLOSS.lookAlikes) expect(boldGlossed(l.replace(/\*\*/g, ''), '，')).toBeUndefined();
  });
});

describe('prose-bold-gloss reads the new glosses mid-sentence', () => {
  it.each([
    ['准入这一步靠 **Pod Security Admission（PSA）**，它是内置的准入控制器。', 'Pod Security Admission:prose-bold-gloss'],
    ['真正干活的是 **Gateway Controller（Gateway 控制器）**，比如 Envoy Gateway。', 'Gateway Controller:prose-bold-gloss'],
    ['AKS 也有个类似的 **Node Auto Provisioning（NAP）**，底层是同一个项目。', 'Node Auto Provisioning:prose-bold-gloss'],
    // inside another bold label's definition, as rules15's glosses
    ['**Sidecar**：由 **Sidecar Injector（Sidecar 注入器）** 在创建 Pod 时加进去。', 'Sidecar Injector:prose-bold-gloss'],
  ])('%s → %s', (md, expected) => {
    expect(rules(md)).toContain(expected);
  });
  it.each([
    '我们一般用 **ReadWriteMany（RWX）**，多个节点同时读写。',
    '先建一个 **Deployment（比如 nginx）** 再说。',
    '这里要写 **rollout（rolling release）**，不是 update。',
    // the shape holds, but prose.ts boldName still asks lower-case English words to be a name by their spelling
    '这里靠 **sidecar injector（sidecar 注入器）** 加进去。',
  ])('%s adds no prose-bold-gloss', (md) => {
    expect(rules(md).filter((r) => r.endsWith(':prose-bold-gloss'))).toEqual([]);
  });
});
