/**
 * lead41: state values set out in a run in running text, most of them glossed, are states the note
 * explains (field-clauses.ts statesEnumerated; definitions.ts statesSetOut).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { statesEnumerated } from '../../../src/graph/miner/field-clauses.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const values = (text: string) => statesEnumerated(text).map((run) => run.map((s) => `${s.value}${s.owner ? `@${s.owner}` : ''}`));

describe('statesEnumerated', () => {
  it('reads a glossed run of one kind\'s states, with the kind when only one kind has them all', () => {
    expect(values('PV 的几个状态：Available（还没被绑定）、Bound（已经绑定到某个 PVC）、Released（PVC 删了但是还没回收）、Failed（自动回收失败）。')).toEqual([
      ['Available@PersistentVolume', 'Bound@PersistentVolume', 'Released@PersistentVolume', 'Failed@PersistentVolume'],
    ]);
    expect(values('PVC 的 phase 有 Pending（还没找到合适的 PV）、Bound、Lost（绑定的 PV 不见了）。')).toEqual([['Pending@PersistentVolumeClaim', 'Bound@PersistentVolumeClaim', 'Lost@PersistentVolumeClaim']]);
    expect(values('容器状态有三种：Waiting（还没跑起来，比如在拉镜像，reason 会写 ImagePullBackOff 之类）、Running（正在跑）、Terminated（已经退出）。')).toEqual([['Waiting@Pod', 'Running@Pod', 'Terminated@Pod']]);
    // values of two kinds: no owner (the context says whose)
    expect(values('常见的是 Pending（还没绑定）和 Bound（绑好了）。')).toEqual([['Pending', 'Bound']]);
  });

  it('leaves runs without glosses, runs inside brackets, mixed kinds and words that are no state', () => {
    expect(values('Pod 的 status.phase 只有 Pending、Running、Succeeded、Failed、Unknown 五种。')).toEqual([]);
    expect(values('答：五个：Pending、Running（在跑）、Succeeded、Failed、Unknown。')).toEqual([]);
    expect(values('Pod 有 phase（Pending（等）、Running（跑）、Succeeded（完））。')).toEqual([]);
    expect(values('Available（可用）、Lost（丢了）都会出现。')).toEqual([]);
    expect(values('Deployment（部署）、Service（服务）、Ingress（入口）是三个对象。')).toEqual([]);
    // a gloss in English only is no explanation in this shape
    expect(values('Waiting (not started), Running (started), Terminated (exited)')).toEqual([]);
  });
});

describe('statesSetOut (a chapter alone)', () => {
  it('makes each glossed state of the run a state concept of its kind', async () => {
    const dir = await contentDir({
      'notes/存储.md': '# 存储笔记\n\n## PV\n\n**PV**：集群里的一块存储。\n\nPV 的几个状态：Available（还没被绑定）、Bound（已经绑定到某个 PVC）、Released（PVC 删了但是还没回收）、Failed（自动回收失败）。\n\nPVC 的状态有 Pending、Bound、Lost 三种。\n',
    });
    const graph = await loadGraph(dir, { layout: false });
    const states = graph.concepts.filter((c) => c.kind === 'state').map((c) => `${c.title}@${c.owner ?? ''}`).sort();
    expect(states).toEqual(['Available@PersistentVolume', 'Bound@PersistentVolume', 'Failed@PersistentVolume', 'Released@PersistentVolume']);
  });
});
