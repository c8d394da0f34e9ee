/**
 * values37: the condition types a kind reports in `status.conditions[].type` (kubernetes.io/docs: Pod conditions,
 * Deployment conditions, Job termination conditions, Node conditions). The catalogue types them as plain strings, so
 * the vocabulary does not know them; two of them are spelt as phases (`Failed` is a Pod and PV phase and a Job
 * condition, `Available` a PV phase and a Deployment condition). Where a section sets out a kind's conditions one by
 * one (`- **Complete**：… - **Failed**：… - **Suspended**：…`, `**Available**：… **Progressing**：…`), the value spelt
 * as a phase is one of those conditions, a term by the label conventions, not the phase of another kind
 * (bench/values37.mjs: 5 labels of 5 chapters in 3 sets typed `state` where they are terms; no chapter sets out a
 * kind's conditions beside a phase labelled `state`).
 */
import type { List, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { statesNamed } from '../vocabulary/index.ts';
import type { Section } from './outline.ts';

/** A kind → the condition types it reports (the API's documented values). */
export const CONDITION_TYPES: Readonly<Record<string, readonly string[]>> = {
  Pod: ['PodScheduled', 'PodReadyToStartContainers', 'Initialized', 'ContainersReady', 'Ready', 'DisruptionTarget'],
  Deployment: ['Available', 'Progressing', 'ReplicaFailure'],
  Job: ['Complete', 'Failed', 'Suspended', 'FailureTarget', 'SuccessCriteriaMet'],
  Node: ['Ready', 'MemoryPressure', 'DiskPressure', 'PIDPressure', 'NetworkUnavailable'],
};

/** The shape, an example, the names it gives and look-alikes (miner-values37-conditions.test.ts). */
export const CONDITION_SET_SHAPE = {
  name: 'conditions-set-out',
  takes: "a value spelt as a phase that opens an item or a paragraph of a section whose other items open on the same kind's condition types",
  example: '- **Complete**：Job 成功完成。\n- **Failed**：Job 失败了，reason 说明原因。\n- **Suspended**：Job 被暂停。',
  gives: ['Failed'],
  lookAlikes: [
    '- **Pending**：还没调度。\n- **Running**：在跑。\n- **Failed**：有容器失败退出。',
    '- **Failed**：有容器失败退出。\n- **Ready**：容器都就绪。\n- **Succeeded**：都成功退出。',
    '**Failed**：Pod 里有容器失败退出，不会再重启。',
  ],
} as const;

const LEAD = /^[\s*_`]*([A-Z][A-Za-z]+)[\s*_`]*(?:[（(][^）)]*[）)])?[\s*_`]*[:：]/u;

/** The word a block opens on before a colon (`**Complete**：…`, `- Failed：…`, `` `Available`: ``), per item of a list. */
function leadsOf(block: RootContent): string[] {
  if (block.type === 'list') {
    return (block as List).children.flatMap((it) => {
      const p = it.children[0];
      return p?.type === 'paragraph' ? leadsOf(p) : [];
    });
  }
  if (block.type !== 'paragraph') return [];
  const m = LEAD.exec(toString(block as Paragraph));
  return m ? [m[1]!] : [];
}

/**
 * The kind whose conditions the section sets out, when `name` (a value spelt as a phase) opens one of its items and
 * another item opens on a condition type of the same kind that is no phase, and no item opens on a phase that is no
 * condition of that kind (a list of a Pod's phases beside `Ready` stays a list of phases).
 */
export function conditionSetOut(name: string, section: Section): string | undefined {
  const leads = new Set(section.blocks.flatMap(leadsOf));
  if (!leads.has(name)) return undefined;
  for (const [kind, types] of Object.entries(CONDITION_TYPES)) {
    if (!types.includes(name)) continue;
    const others = [...leads].filter((w) => w !== name);
    const condition = others.some((w) => types.includes(w) && statesNamed(w).length === 0);
    const phase = others.some((w) => !types.includes(w) && statesNamed(w).length > 0);
    if (condition && !phase) return kind;
  }
  return undefined;
}
