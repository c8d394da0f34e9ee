import { describe, expect, it } from 'vitest';
import { stateDiagramFor } from '../../../src/views/concept-page.ts';
import { layoutStateDiagram, routePoints, segmentCrossesBox, segmentStyle, textWidth } from '../../../src/views/state-diagram.ts';
import type { Concept, Edge } from '../../../src/graph/model.ts';
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

  it("labels each box with the state's name in the UI language first, the other name on a second line", () => {
    const phases = layoutStateDiagram(podPhases(), url);
    const running = phases.nodes.find((n) => n.id === 'running')!;
    expect(running.label).toBe('运行中\nRunning');
    expect(running.labelEn).toBe('Running\n运行中');
    // A state named in one language only has one label.
    expect(json.nodes.find((n) => n.id === 'running')).toMatchObject({ label: 'Running' });
    expect(json.nodes.find((n) => n.id === 'running')!.labelEn).toBeUndefined();
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

  it('finds segments that pass through a box, not those that touch or miss it', () => {
    const box = { x1: 0, y1: 0, x2: 10, y2: 10 };
    expect(segmentCrossesBox({ x: -5, y: 5 }, { x: 15, y: 5 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: -5, y: 10 }, { x: 15, y: 10 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: -5, y: -5 }, { x: -1, y: 20 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: 5, y: 5 }, { x: 6, y: 6 }, box)).toBe(true);
  });

  it('estimates CJK text as wider than Latin text', () => {
    expect(textWidth('容器组', 10)).toBe(30);
    expect(textWidth('Pod', 10)).toBe(18);
  });
});

/** The Pod phase machine of the bundled notes: five states, nine transitions (both ways at Unknown). */
function podPhases(): Parameters<typeof layoutStateDiagram>[0] {
  const names: Record<string, string> = { pending: '等待中', running: '运行中', succeeded: '成功', failed: '失败', unknown: '未知' };
  const states = Object.keys(names).map((id) => ({ id, title: id[0]!.toUpperCase() + id.slice(1), titleZh: names[id] }) as unknown as Concept);
  const t = (from: string, to: string, label: string): Edge => ({ from, to, type: 'transition', label });
  const transitions = [
    t('pending', 'failed', '启动阶段失败且不再重试'),
    t('pending', 'running', '已调度到节点，容器全部创建'),
    t('pending', 'unknown', '已绑定的节点失联'),
    t('running', 'failed', '所有容器都已结束，至少一个失败'),
    t('running', 'succeeded', '所有容器以退出码 0 结束'),
    t('running', 'unknown', '节点失联'),
    t('unknown', 'failed', '节点恢复通信，容器已失败退出'),
    t('unknown', 'running', '节点恢复通信，容器仍在运行'),
    t('unknown', 'succeeded', '节点恢复通信，所有容器已成功退出'),
  ];
  return { states, transitions, current: 'running' };
}

describe('state diagram routes (Pod phases)', () => {
  const json = layoutStateDiagram(podPhases(), url);
  for (const kind of ['wide', 'tall'] as const) {
    const l = json.layouts[kind];
    const boxes = json.nodes.map((n) => {
      const p = l.positions[n.id]!;
      return { id: n.id, x1: p.x - n.width / 2, y1: p.y - n.height / 2, x2: p.x + n.width / 2, y2: p.y + n.height / 2 };
    });
    const routes = json.edges.map((e) => ({ e, pts: routePoints(l.routes[e.id]!, l.positions[e.source]!, l.positions[e.target]!) }));

    it(`${kind}: every edge has a route, and no segment passes under a node (Pending → Failed not under Running)`, () => {
      expect(Object.keys(l.routes).sort()).toEqual(json.edges.map((e) => e.id).sort());
      for (const { e, pts } of routes) {
        for (let i = 0; i + 1 < pts.length; i++) {
          for (const b of boxes) {
            // 1 px in from each side: a route starts and ends on its nodes' borders.
            const inner = { x1: b.x1 + 1, y1: b.y1 + 1, x2: b.x2 - 1, y2: b.y2 - 1 };
            expect(segmentCrossesBox(pts[i]!, pts[i + 1]!, inner), `${e.source} → ${e.target} crosses ${b.id}`).toBe(false);
          }
        }
      }
    });

    it(`${kind}: edges into one state arrive at points apart (one arrowhead each)`, () => {
      const ends = new Map<string, { x: number; y: number }[]>();
      for (const { e, pts } of routes) {
        const list = ends.get(e.target) ?? [];
        list.push(pts[pts.length - 1]!);
        ends.set(e.target, list);
      }
      for (const [target, list] of ends) {
        for (let i = 0; i < list.length; i++)
          for (let j = i + 1; j < list.length; j++) {
            expect(Math.hypot(list[i]!.x - list[j]!.x, list[i]!.y - list[j]!.y), `into ${target}`).toBeGreaterThan(8);
          }
      }
    });

    it(`${kind}: no two edges run along each other, and number badges sit off the nodes`, () => {
      const segs = routes.flatMap(({ e, pts }) => pts.slice(1).map((q, i) => ({ id: e.id, p: pts[i]!, q })));
      for (let i = 0; i < segs.length; i++) {
        for (let j = i + 1; j < segs.length; j++) {
          const a = segs[i]!;
          const b = segs[j]!;
          if (a.id === b.id) continue;
          // Sample b and measure its distance to a: overlapping means several samples within 2 px.
          const close = [0.25, 0.5, 0.75].filter((t) => {
            const x = b.p.x + (b.q.x - b.p.x) * t;
            const y = b.p.y + (b.q.y - b.p.y) * t;
            const dx = a.q.x - a.p.x;
            const dy = a.q.y - a.p.y;
            const u = Math.max(0, Math.min(1, ((x - a.p.x) * dx + (y - a.p.y) * dy) / (dx * dx + dy * dy || 1)));
            return Math.hypot(x - (a.p.x + u * dx), y - (a.p.y + u * dy)) < 2;
          });
          expect(close.length, `${a.id} along ${b.id}`).toBeLessThan(2);
        }
      }
      for (const e of json.edges) {
        const lp = l.routes[e.id]!.label;
        for (const b of boxes) expect(lp.x > b.x1 && lp.x < b.x2 && lp.y > b.y1 && lp.y < b.y2, `badge ${e.num} on ${b.id}`).toBe(false);
      }
    });
  }

  it('describes a route as Cytoscape segments that land on the same bends', () => {
    const l = json.layouts.wide;
    for (const e of json.edges) {
      const route = l.routes[e.id]!;
      const s = l.positions[e.source]!;
      const t = l.positions[e.target]!;
      const seg = segmentStyle(route, s, t);
      const a = { x: s.x + route.start.x, y: s.y + route.start.y };
      const b = { x: t.x + route.end.x, y: t.y + route.end.y };
      const len = Math.hypot(b.x - a.x, b.y - a.y);
      const n = { x: -(b.y - a.y) / len, y: (b.x - a.x) / len };
      route.bends.forEach((p, i) => {
        const x = a.x + (b.x - a.x) * seg.weights[i]! + n.x * seg.distances[i]!;
        const y = a.y + (b.y - a.y) * seg.weights[i]! + n.y * seg.distances[i]!;
        expect(Math.hypot(x - p.x, y - p.y)).toBeLessThan(0.5);
      });
    }
  });
});
