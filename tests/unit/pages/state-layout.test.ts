import { describe, expect, it } from 'vitest';
import { stateDiagramFor } from '../../../src/views/concept-page.ts';
import { layoutStateDiagram, textWidth } from '../../../src/views/state-diagram.ts';
import { podGraph } from './graph-fixture.ts';

const index = podGraph();
const data = stateDiagramFor(index, index.byId.get('running')!)!;
const url = (id: string) => `/concepts/${id}/`;

describe('layoutStateDiagram', () => {
  const json = layoutStateDiagram(data, url);

  it('lays out every state with labelled edges and marks the current one', () => {
    expect(json.nodes.map((n) => n.id)).toEqual(['pending', 'running', 'succeeded', 'failed', 'unknown']);
    expect(json.nodes.filter((n) => n.current).map((n) => n.id)).toEqual(['running']);
    expect(json.edges.map((e) => `${e.source}>${e.target}:${e.label}`)).toContain('pending>running:调度成功，容器已启动');
    expect(json.nodes[0]!.url).toBe('/concepts/pending/');
  });

  it('orders states along the flow: Pending before Running before Succeeded', () => {
    const { wide, tall } = json.layouts;
    expect(wide.positions.pending!.x).toBeLessThan(wide.positions.running!.x);
    expect(wide.positions.running!.x).toBeLessThan(wide.positions.succeeded!.x);
    expect(tall.positions.pending!.y).toBeLessThan(tall.positions.running!.y);
    expect(tall.positions.running!.y).toBeLessThan(tall.positions.succeeded!.y);
    expect(wide.width).toBeGreaterThan(wide.height);
    expect(tall.width).toBeLessThan(wide.width);
  });

  it('keeps nodes apart (no two boxes overlap)', () => {
    for (const l of [json.layouts.wide, json.layouts.tall]) {
      const boxes = json.nodes.map((n) => ({ ...l.positions[n.id]!, w: n.width, h: n.height }));
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const overlap = Math.abs(a.x - b.x) < (a.w + b.w) / 2 && Math.abs(a.y - b.y) < (a.h + b.h) / 2;
          expect(overlap).toBe(false);
        }
    }
  });

  it('is deterministic', () => {
    expect(layoutStateDiagram(data, url)).toEqual(json);
  });

  it('estimates CJK text as wider than Latin text', () => {
    expect(textWidth('容器组', 10)).toBe(30);
    expect(textWidth('Pod', 10)).toBe(18);
  });
});
