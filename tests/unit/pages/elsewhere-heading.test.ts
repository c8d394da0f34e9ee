/**
 * A concept mined from a free-form chapter has no note of its own: the examples its page shows
 * come from the notes — often the very note its excerpt is from — so their heading must not say
 * "other notes" (ElsewhereExamples.astro takes its keys from concept-page.ts `elsewhereHeadingKeys`).
 * A concept with a note of its own keeps "other notes".
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadGraph } from '../../../src/graph/index.ts';
import { indexGraph } from '../../../src/graph/graph-index.ts';
import { conceptPageData, elsewhereHeadingKeys } from '../../../src/views/concept-page.ts';
import { t } from '../../../src/i18n/index.ts';
import { cleanup, contentDir, POD_CHAPTER } from '../graph/helpers.ts';

afterAll(cleanup);

const chapter = POD_CHAPTER;

describe('the heading over a concept page’s examples from the notes', () => {
  it('does not say "other notes" on the page of a concept mined from the note that holds them', async () => {
    const graph = await loadGraph(await contentDir({ 'notes/容器组笔记.md': chapter }), { layout: false });
    const pod = graph.concepts.find((c) => c.id === 'pod')!;
    expect(pod.hasNote).toBe(false);
    const page = conceptPageData(indexGraph(graph), pod.id)!;
    // the example is shown under that heading, and it is in the note Pod's excerpt comes from
    expect(page.elsewhere.map((e) => e.source.file)).toEqual(['notes/容器组笔记.md']);
    const keys = elsewhereHeadingKeys(pod);
    for (const key of [keys.title, keys.excerpts]) {
      expect(t(key)).not.toContain('其他');
      expect(t(key, {}, 'en')).not.toMatch(/other/i);
    }
    expect(t(keys.title)).toBe('笔记中的相关示例');
    expect(t(keys.title, {}, 'en')).toBe('Related examples in the notes');
  });

  it('says "other notes" for a concept with a note of its own, and keeps the field heading', () => {
    expect(t(elsewhereHeadingKeys({ kind: 'object', hasNote: true }).title)).toBe('其他笔记中的相关示例');
    expect(t(elsewhereHeadingKeys({ kind: 'field', hasNote: false }).title)).toBe('用到这个字段的示例');
    expect(t(elsewhereHeadingKeys({ kind: 'field', hasNote: false }).excerpts)).toBe('笔记中的用法');
  });

  it('is what the component renders', () => {
    const component = readFileSync(new URL('../../../src/components/concept/ElsewhereExamples.astro', import.meta.url), 'utf8');
    expect(component).toContain('elsewhereHeadingKeys(c)');
    expect(component).not.toMatch(/'concept\.examples\.(elsewhere|excerpts)'/);
  });
});
