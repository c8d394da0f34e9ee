/**
 * fix30 (docs/miner.md, "fix30"): fix29's rules narrowed where all dev sets showed them wrong, on chapters
 * written for this test (tests/fixtures/fix30) and on the rules' own functions. fix29's own cases
 * (miner-fix29.test.ts) must still pass: `command` in a table of a container's fields is the container's.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { KNOWN_NAME_ATTRIBUTE, knownNameAttribute } from '../../../src/graph/miner/alias-shapes.ts';
import { takesJoined } from '../../../src/graph/miner/joined-siblings.ts';
import { kindNamed } from '../../../src/graph/vocabulary/index.ts';
import { byTitle, cleanup, fixtureChapters, mineNotes } from './helpers.ts';

afterAll(cleanup);

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/fix30');
const mine = (dir: string): Promise<Graph> => mineNotes(fixtureChapters(path.join(FIXTURES, dir)));

describe('fix30: table-rows-holder acts only where the table corrects the YAML\'s place', () => {
  it('a row naming several fields of a table comparing a Pod\'s and its containers\' levels: the YAML\'s place (dev42\'s shape)', async () => {
    const g = await mine('t1a');
    expect(byTitle(g, 'runAsGroup').fieldPath).toBe('spec.securityContext.runAsGroup');
    expect(byTitle(g, 'readOnlyRootFilesystem').fieldPath).toBe('spec.containers[].securityContext.readOnlyRootFilesystem');
  });
  it('a table of probe parameters under a readinessProbe example: the YAML\'s probe, not the first probe (dev81\'s shape)', async () => {
    const g = await mine('t1b');
    expect(byTitle(g, 'periodSeconds').fieldPath).toBe('spec.containers[].readinessProbe.periodSeconds');
    expect(byTitle(g, 'failureThreshold').fieldPath).toBe('spec.containers[].readinessProbe.failureThreshold');
  });
});

describe('fix30: learned-joined-sibling takes a name the writer explains in a clause of its own', () => {
  it('after a comma or in a later sentence, yes; opening a list item, or spelt as a kind\'s name, no', () => {
    expect(takesJoined('binaryData', [{ before: '`data` 放 UTF-8 字符串，`', opensUnit: false }])).toBe(true);
    expect(takesJoined('preStop', [{ before: '', opensUnit: false }])).toBe(true);
    // (`2. preStop → …`: a list of names)
    expect(takesJoined('preStop', [{ before: '', opensUnit: true }])).toBe(false);
    // (dev19: `ConfigMap / Secret / downwardAPI 都一样` after a comma is the kind, read without case as `configMap`)
    expect(kindNamed('configMap')).toBe('ConfigMap');
    expect(takesJoined('configMap', [{ before: '注意：用 subPath 挂载的卷收不到更新，', opensUnit: false }])).toBe(false);
    expect(takesJoined('name', [{ before: '，', opensUnit: false }])).toBe(false);
  });
});

describe('fix30: known-name-attribute (`Pod IP`: an object\'s address, no concept)', () => {
  const kind = (n: string) => kindNamed(n) !== undefined;
  it('the shape and its look-alike', () => {
    expect(knownNameAttribute(KNOWN_NAME_ATTRIBUTE.example, kind)).toBe('Pod');
    expect(knownNameAttribute('Node IP', kind)).toBe('Node');
    expect(knownNameAttribute(KNOWN_NAME_ATTRIBUTE.lookAlike, kind)).toBeUndefined();
    expect(knownNameAttribute('Pod CIDR', kind)).toBeUndefined();
    expect(knownNameAttribute('Pod 的 IP', kind)).toBeUndefined();
  });
  it('a NetworkPolicy chapter saying `Pod IP 会变` makes no concept `Pod IP`', async () => {
    const g = await mineNotes({
      'notes/网络策略.md': [
        '# 网络策略的 ipBlock',
        '',
        '**ipBlock**：`cidr` 写一段地址，`except` 挖掉其中的子网。它是给集群外的地址用的；Pod IP 会变，而且经过 SNAT 之后源地址可能已经改写，拿它去匹配 Pod 并不可靠。',
      ],
    });
    expect(g.concepts.find((c) => c.title === 'Pod IP')).toBeUndefined();
  });
});
