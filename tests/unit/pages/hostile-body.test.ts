import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadGraph } from '../../../src/graph/index.ts';
import { splitAtExamples } from '../../../src/views/concept-page.ts';

/**
 * Concept pages insert note bodies as HTML (everything else goes through Astro's escaping), so
 * check what the engine hands them for the hostile fixture note.
 */
describe('hostile note bodies reach the page sanitised', () => {
  it('has no script, event handler or javascript: link, and nothing survives the split at examples', async () => {
    const graph = await loadGraph(path.resolve('tests/fixtures/site'));
    const hostile = graph.concepts.find((c) => c.id === 'hostile')!;
    expect(hostile).toBeTruthy();
    const html = splitAtExamples(hostile.body, () => true)
      .map((p) => ('html' in p ? p.html : ''))
      .join('');
    expect(html).toContain('正文里的');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toMatch(/javascript:/i);
    // Titles are data, not markup: the page escapes them (checked in the browser tests).
    expect(hostile.title).toBe('<img src=x onerror=alert(1)>');
  });
});
