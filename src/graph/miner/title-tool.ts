/**
 * struct25 (issue 12 item 3): what a chapter is about when its title names a tool and says what is
 * done with it (`kubeadm 部署集群`, `Fluent Bit 日志采集实践`, `从 Docker Compose 迁移到 Kubernetes`),
 * and which concepts are no chapter's subject (a label or annotation key: a detail of what it labels).
 *
 * Used by stages/mine.ts only where the title made no home by the older rules (no kind, no concept
 * the note defines, no area topic): there the home was the first thing the note defines or the
 * one it writes most, a detail (`cgroup 驱动`, `swap`, a Compose key `volumes`). Rules are data:
 * TITLE_TOOL_RULES below, each named, each tested (tests/unit/graph/miner-struct25.test.ts).
 */
import { normKey } from '../labels.ts';
import { fieldsNamed, kindNamed } from '../vocabulary/index.ts';
import { generalWord } from './generic-words.ts';
import { isQualifiedKey } from './label-rules.ts';
import { AREA_WORDS, BROAD_AREA_WORDS } from './title-areas.ts';

/** A run of Latin words in a title (one to three, single spaces between): `Fluent Bit`, `kubeadm`, `Docker Compose`. */
const LATIN_RUN = /(?<![A-Za-z0-9.+_/-])[A-Za-z][A-Za-z0-9.+_-]*(?: [A-Za-z][A-Za-z0-9.+_-]*){0,2}(?![A-Za-z0-9.+_/-])/g;

/**
 * Latin words of a title that name no tool: the platform itself, exam and genre words, versions.
 * (Kinds, API fields and GENERAL_WORDS are ruled out by their own vocabularies.)
 */
const NOT_A_TOOL = new Set([
  'kubernetes', 'k8s', 'k3s-cluster', 'cka', 'ckad', 'cks', 'kcna', 'day', 'lab', 'note', 'notes', 'faq', 'q', 'a', 'qa', 'vs', 'tips', 'demo', 'v1', 'v2',
]);

/**
 * The Chinese right after the tool that makes the chapter's subject a task of the cluster rather
 * than the tool (home46's finding: `kubeadm 集群升级速查` is about 集群升级, its labels' `about:`):
 * a noun compound on the cluster or the control plane. `kubeadm 部署集群` / `kubeadm 建集群` (the
 * tool doing something: `about: kubeadm`) are not such compounds.
 */
const SUBJECT_AFTER_TOOL = /^(?:(?:集群|控制平面|节点)(?:升级|迁移|备份|恢复|扩容|缩容|证书)|(?:升级|迁移|备份|恢复)(?:集群|控制平面|节点))/u;

/** A place word after the name (`Git 里的 Secret`): the name says where the subject is, it is not the subject. */
const PLACE_AFTER_TOOL = /^(?:里|中|上|内)/u;

/**
 * A title that asks a question after the tool (`Knative 自动扩缩容是怎么算出副本数的`) is about what it
 * asks (`about: Knative Pod Autoscaler`), not the tool as a whole.
 */
const QUESTION_AFTER_TOOL = /怎么|怎样|如何|为什么|为何|为啥|是什么|什么样|吗$|[？?]/u;

/**
 * The Chinese after the tool names a part of the tool's field of work (`Istio 流量管理`, `Kyverno
 * 策略入门`, `KubeVirt 网络`): the chapter is about that part (the labels' `about:` says `Istio 流量管理`),
 * not the tool as a whole. It opens with one of the documentation's areas (AREA_WORDS), or is one
 * ends in one of the broad areas (BROAD_AREA_WORDS: `Knative 自动扩缩容`). `Fluent Bit 日志采集` (a broad
 * word and what the tool does with it) and `kubeadm 部署集群` are not.
 */
function areaAfterTool(rest: string): boolean {
  const r = rest.replace(/\s+/g, '');
  return AREA_WORDS.some((w) => r.startsWith(w)) || BROAD_AREA_WORDS.some((w) => r.endsWith(w));
}

/**
 * What may stand before the tool in the title: nothing, a connective, a preposition or the copula
 * (`从 Docker Compose 迁移`, `用 kubeadm 搭集群`). After another word the Latin name is part of a
 * Chinese compound (`原生 Sidecar 容器`), no tool the chapter is about.
 */
const TOOL_BEFORE = /(?:^|[、，,：:/&+（(与和及跟或把从到给让对在用将是为])$/u;

export interface TitleToolRule {
  readonly name: string;
  readonly why: string;
}

/** The named rules of a title tool (provenance and `--explain` say which one made the home). */
export const TITLE_TOOL_RULES = {
  tool: { name: 'title-tool', why: 'the one tool the title names, written again in the chapter: what the chapter is about' },
  subject: { name: 'title-tool-subject', why: 'a tool followed by a task of the cluster: the task is the subject, not the tool' },
} as const satisfies Record<string, TitleToolRule>;

/** How many times the chapter's text (the title not counted) must write the tool. */
export const TITLE_TOOL_MIN_USES = 2;

function isToolRun(run: string): boolean {
  const key = normKey(run);
  if (NOT_A_TOOL.has(run.toLowerCase()) || NOT_A_TOOL.has(key)) return false;
  if (/^v?\d/.test(run) || run.length < 2) return false;
  if (kindNamed(run) !== undefined || fieldsNamed(run).length > 0 || generalWord(run) || isQualifiedKey(run)) return false;
  // a run of words each ruled out (`CKA Day`) is no tool either
  const words = run.split(' ');
  if (words.length > 1 && words.every((w) => NOT_A_TOOL.has(w.toLowerCase()) || generalWord(w) || kindNamed(w) !== undefined)) return false;
  // a run ending in a kind (`Ingress Controller` is a tool, `Headless Service` a sort of a kind): the last word a kind
  if (words.length > 1 && kindNamed(words[words.length - 1]!) !== undefined) return false;
  return true;
}

/** How often `text` writes `name` as a whole word (without case). */
export function usesOf(text: string, name: string): number {
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  return (text.normalize('NFKC').match(new RegExp(`(?<![A-Za-z0-9-])${esc}(?![A-Za-z0-9-])`, 'giu')) ?? []).length;
}

/**
 * The tool a title phrase (what `titleNames` reads as the subject, genre words gone) names: the
 * only Latin run that is no kind, field, general word or genre word, written in `body` at least
 * TITLE_TOOL_MIN_USES times. With the rule that found it, or the subject that wins over it.
 * Undefined when the title names no tool, or two (`Flannel 和 Calico 对比`: a comparison).
 */
export function titleTool(phrase: string, body: string): { name: string; rule: TitleToolRule; subject?: string } | undefined {
  const p = phrase.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const runs = [...p.matchAll(LATIN_RUN)].map((m) => ({ run: m[0], at: m.index ?? 0 })).filter((r) => isToolRun(r.run));
  if (runs.length !== 1) return undefined;
  const { run, at } = runs[0]!;
  if (!TOOL_BEFORE.test(p.slice(0, at).trim())) return undefined;
  if (usesOf(body, run) < TITLE_TOOL_MIN_USES) return undefined;
  const after = p.slice(at + run.length).trim();
  if (PLACE_AFTER_TOOL.test(after) || QUESTION_AFTER_TOOL.test(after)) return undefined;
  const subject = SUBJECT_AFTER_TOOL.exec(after)?.[0] ?? (areaAfterTool(after) ? after : undefined);
  if (subject !== undefined) return { name: run, rule: TITLE_TOOL_RULES.subject, subject };
  return { name: run, rule: TITLE_TOOL_RULES.tool };
}

/**
 * A concept that is no chapter's subject when the title does not name it: a label, annotation or
 * finalizer key (`kubernetes.io/arch`, `cert-manager.io/cluster-issuer`), a detail of what it labels.
 */
export function noHomeByDefault(title: string): boolean {
  return isQualifiedKey(title);
}
