import { describe, expect, it } from 'vitest';
import { staticMapGeometry, staticMapSvg } from '../../src/components/map/static-map.ts';
import type { MapData } from '../../src/views/map-data.ts';

const data: MapData = {
  v: 1,
  root: 'r',
  nodes: [
    { id: 'r', zh: '根', en: 'Root', k: 'topic', n: 1, b: 'r', d: 0, s: 'c', x: 0, y: 0, w: 100, h: 40 },
    { id: 'a', zh: '甲', en: 'A', k: 'object', n: 1, b: 'a', p: 'r', d: 1, s: 'r', x: 200, y: -100, w: 80, h: 30 },
    { id: 'b', zh: '乙', en: 'B', k: 'field', n: 0, b: 'b', p: 'r', d: 1, s: 'l', x: -200, y: 50, w: 60, h: 30 },
    { id: 'a1', zh: '甲一', en: 'A1', k: 'term', n: 1, b: 'a', p: 'a', d: 2, s: 'r', x: 350, y: -60, w: 70, h: 24 },
  ],
  edges: [{ s: 'a1', t: 'b', ty: 'related' }],
} as unknown as MapData;

describe('staticMapGeometry', () => {
  const g = staticMapGeometry(data);
  it('draws one tree line per non-root node (cross edges start hidden) with branch colour indices', () => {
    expect(g.edges).toHaveLength(3);
    expect(g.edges.map((e) => e.bi)).toEqual([0, 1, 0]);
    expect(g.edges.map((e) => e.depth)).toEqual([1, 1, 2]);
  });
  it('starts lines at the facing box sides: S curves from the root, rounded taxi lines below', () => {
    expect(g.edges[0].d).toBe('M50 0C105 0 105 -100 160 -100');
    expect(g.edges[1].d.startsWith('M-50 0C')).toBe(true);
    expect(g.edges[1].d.endsWith('-170 50')).toBe(true);
    expect(g.edges[2].d).toBe('M240 -100H269.5Q277.5 -100 277.5 -92V-68Q277.5 -60 285.5 -60H315');
    expect(g.edges[2].d.endsWith('H315')).toBe(true);
  });
  it('bounds are the boxes; the default viewBox contains them with a margin', () => {
    expect(g.bounds).toEqual({ x1: -230, y1: -115, x2: 385, y2: 65 });
    expect(g.viewBox.x).toBeLessThan(-230);
    expect(g.viewBox.x + g.viewBox.w).toBeGreaterThan(385);
    expect(g.viewBox.y).toBeLessThan(-115);
    expect(g.viewBox.y + g.viewBox.h).toBeGreaterThan(65);
  });
});

describe('staticMapGeometry, stacked (a phone)', () => {
  it('draws a line to a branch under the root from the root\'s bottom into the branch\'s side facing the root\'s centre line', () => {
    const stacked = {
      ...data,
      nodes: [
        { ...data.nodes[0]!, w: 300 },
        { ...data.nodes[1]!, x: 110, y: 80 },
        { ...data.nodes[2]!, x: -100, y: 80 },
      ],
    } as MapData;
    const g = staticMapGeometry(stacked);
    expect(g.edges[0]!.d).toBe('M0 20Q0 80 70 80');
    expect(g.edges[1]!.d).toBe('M0 20Q0 80 -70 80');
    // a branch far below the root on a two-sided map (its side a whole gap beyond the root's box) keeps its S from the root's side
    expect(staticMapGeometry({ ...data, nodes: [data.nodes[0]!, { ...data.nodes[1]!, y: 400 }] } as MapData).edges[0]!.d.startsWith('M50 0C')).toBe(true);
  });
});

describe('staticMapSvg', () => {
  it('draws every node with both label languages and every tree line', () => {
    const svg = staticMapSvg(data);
    expect(svg.startsWith('<svg class="map-static" aria-hidden="true"')).toBe(true);
    expect(svg).toContain('data-bounds="-230 -115 385 65"');
    expect(svg.match(/<path /g)).toHaveLength(3);
    expect(svg.match(/<g class="ms-n /g)).toHaveLength(4);
    expect(svg).toContain('<g class="ms-n ms-k-field ms-stub ms-d1 ms-bold" data-id="b" data-x="-200" data-y="50">');
    expect(svg).toContain('>甲一</tspan>');
    expect(svg).toContain('>A1</tspan>');
  });
  it('makes every node a link to its page, out of the tab order, with both names as its tip', () => {
    const svg = staticMapSvg(data, '/k8s-map/concepts/');
    expect(svg.match(/<a class="ms-a" /g)).toHaveLength(4);
    expect(svg).toContain('<a class="ms-a" href="/k8s-map/concepts/a1/" tabindex="-1"><title>甲一 · A1</title><g class="ms-n ms-k-term"');
    expect(staticMapSvg(data)).toContain('href="/concepts/r/"');
  });
  it('escapes labels and ids: hostile titles stay text', () => {
    const hostile = {
      ...data,
      nodes: data.nodes.map((n) => (n.id === 'a' ? { ...n, id: 'a"><script>x</script>', zh: '<img src=x onerror=alert(1)>', en: 'A & "B"\n</text><script>' } : n)),
    } as MapData;
    const svg = staticMapSvg(hostile);
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).toContain('data-id="a&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(svg).toContain('href="/concepts/a%22%3E%3Cscript%3Ex%3C%2Fscript%3E/"');
    expect(svg).toContain('<title>&lt;img src=x onerror=alert(1)&gt; · A &amp; &quot;B&quot; &lt;/text&gt;&lt;script&gt;</title>');
    expect(svg).toContain('>A &amp; &quot;B&quot;</tspan><tspan');
  });
});

describe('staticMapSvg of a map that opens folded', () => {
  it('draws the count beside each folded node, outward, and fits it in the bounds', async () => {
    const { foldBadgeWidth, FOLD_BADGE } = await import('../../src/views/map-layout.ts');
    const counts = new Map([['a1', 7], ['b', 288]]);
    const svg = staticMapSvg(data, '/concepts/', counts);
    expect(svg.match(/class="ms-fold"/g)).toHaveLength(2);
    expect(svg).toContain('>288</text>');
    const g = staticMapGeometry(data, counts);
    // a1 (right half) gets its count on its right, b (left half) on its left.
    expect(g.bounds.x2).toBe(350 + 35 + FOLD_BADGE.gap + foldBadgeWidth(7));
    expect(g.bounds.x1).toBe(-200 - 30 - FOLD_BADGE.gap - foldBadgeWidth(288));
  });
  it('a phone\'s picture draws its counts at the phone\'s size (FOLD_BADGE_STACKED), as the map does', async () => {
    const { foldBadgeWidth, FOLD_BADGE_STACKED } = await import('../../src/views/map-layout.ts');
    const counts = new Map([['a1', 7]]);
    const svg = staticMapSvg(data, '/concepts/', counts, FOLD_BADGE_STACKED);
    expect(svg).toContain(`height="${FOLD_BADGE_STACKED.height}" rx="9"></rect><text font-size="${FOLD_BADGE_STACKED.fontSize}"`);
    expect(staticMapGeometry(data, counts, FOLD_BADGE_STACKED).bounds.x2).toBe(350 + 35 + FOLD_BADGE_STACKED.gap + foldBadgeWidth(7, FOLD_BADGE_STACKED));
  });
});
