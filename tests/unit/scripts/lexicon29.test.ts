/**
 * lex29 (docs/miner.md): the lexicon of ecosystem names — what the generator keeps and leaves out
 * (scripts/lib/lexicon.mjs, on sources written for this test with made-up projects) and the lookups of
 * the committed lexicon.json (src/graph/vocabulary/lexicon.ts).
 */
import { describe, expect, it } from 'vitest';
import { projectEntries, glossaryEntries, dropComponentsNamedByTerms, frontMatterTitle } from '../../../scripts/lib/lexicon.mjs';
import { everydayEnglish } from '../../../src/graph/miner/english-words.ts';
import { lexiconEntries, lexiconEntry } from '../../../src/graph/vocabulary/lexicon.ts';
import data from '../../../src/graph/vocabulary/lexicon.json' with { type: 'json' };

const PROJECTS = `
- name: quokka-mesh
  display_name: Quokka Mesh
  category: orchestration
  maturity: sandbox
  repositories:
    - name: quokka
      check_sets: [community, code]
    - name: quokka-proxy
      check_sets: [code-lite]
    - name: website
      check_sets: [docs]
    - name: cli
      check_sets: [code]
    - name: quokka-docs
      check_sets: [docs]
- name: tag-gardening
  display_name: TAG Gardening
  repositories:
    - name: tag-gardening
- name: wombat-manager
  display_name: Cloud native secret management
  category: provisioning
  maturity: incubating
  repositories:
    - name: wombat-manager
      check_sets: [code]
- name: opb
  display_name: Open Policy Bridge
  category: provisioning
  repositories:
    - name: opb
      check_sets: [code]
    - name: emu
      check_sets: [code-lite]
- name: harbor
  display_name: Harbor
  category: provisioning
  maturity: graduated
  repositories:
    - name: harbor
      check_sets: [code]
`;

describe('the generator (scripts/lib/lexicon.mjs)', () => {
  const { entries, leftOut } = projectEntries(PROJECTS, everydayEnglish);
  const named = (n: string) => entries.find((e: { name: string }) => e.name === n);

  it('keeps a project with its code repositories as components, not repositories named by their role or holding docs', () => {
    expect(named('Quokka Mesh')).toMatchObject({ kind: 'tool', category: 'orchestration', maturity: 'sandbox', aka: [], components: ['quokka', 'quokka-proxy'] });
    expect(leftOut).toContainEqual({ name: 'Quokka Mesh: cli', why: 'a repository named by its role' });
  });

  it('leaves out a CNCF group (no category) and a display name that is a description', () => {
    expect(named('TAG Gardening')).toBeUndefined();
    expect(leftOut.map((l: { name: string }) => l.name)).toContain('TAG Gardening');
    expect(named('Cloud native secret management')).toBeUndefined();
    expect(named('wombat-manager')).toMatchObject({ kind: 'tool', aka: [] });
  });

  it('keeps a display name whose initials are the project (Open Policy Bridge, opb)', () => {
    expect(named('Open Policy Bridge')).toMatchObject({ aka: ['opb'], components: ['emu'] });
  });

  it('marks a project named by an everyday word', () => {
    expect(named('Harbor')).toMatchObject({ everyday: true });
    expect((named('Quokka Mesh') as { everyday?: boolean } | undefined)?.everyday).toBeUndefined();
  });

  it('gives a glossary term its Chinese title as an alias of the entry, not an entry of its own', () => {
    const json = JSON.stringify([{ title: 'Sidecar Pattern', file: 'sidecar-pattern.md' }, { title: 'Host', file: 'host.md' }]);
    const g = glossaryEntries(json, everydayEnglish, new Map([['sidecar-pattern.md', '边车模式']]));
    expect(g.entries).toHaveLength(2);
    expect(g.entries[0]).toMatchObject({ name: 'Sidecar Pattern', kind: 'term', zh: '边车模式' });
    expect(g.entries[1]).toMatchObject({ name: 'Host', everyday: true });
    expect(frontMatterTitle('---\ntitle: 边车模式\n---\n正文')).toBe('边车模式');
  });

  it('drops a component named after a glossary term', () => {
    const projects = [{ name: 'Quokka Mesh', components: ['ebpf', 'quokka'] }];
    const dropped = dropComponentsNamedByTerms(projects, [{ name: 'Ebpf' }]);
    expect(projects[0]!.components).toEqual(['quokka']);
    expect(dropped).toHaveLength(1);
  });
});

describe('the committed lexicon (src/graph/vocabulary/lexicon.ts)', () => {
  it('names every source with a commit', () => {
    expect(data.sources.length).toBeGreaterThanOrEqual(2);
    for (const s of data.sources) expect(s.commit).toMatch(/^[0-9a-f]{40}$/);
    for (const e of data.entries) expect(data.sources[e.source]).toBeDefined();
  });

  it('finds projects, components and glossary terms by any spelling of their key', () => {
    expect(lexiconEntry('Kyverno')).toMatchObject({ kind: 'tool', category: 'provisioning' });
    expect(lexiconEntry('kyverno')?.name).toBe('Kyverno');
    expect(lexiconEntry('OPA')?.name).toBe('Open Policy Agent');
    expect(lexiconEntry('Hubble')).toMatchObject({ kind: 'tool', partOf: 'Cilium' });
    expect(lexiconEntry('service-mesh')).toMatchObject({ name: 'Service Mesh', kind: 'term', category: 'glossary' });
    expect(lexiconEntry('Kyverno')?.source).toMatch(/^cncf\/clomonitor data\/cncf\.yaml@[0-9a-f]{7}$/);
  });

  it('takes an everyday word only as the source writes it', () => {
    expect(lexiconEntry('Harbor')?.kind).toBe('tool');
    expect(lexiconEntries('harbor')).toEqual([]);
    expect(lexiconEntries('host')).toEqual([]);
  });

  it('has no CNCF group and no repository named by its role', () => {
    expect(lexiconEntries('TAG Security')).toEqual([]);
    expect(lexiconEntries('community')).toEqual([]);
    expect(lexiconEntries('website')).toEqual([]);
  });
});
