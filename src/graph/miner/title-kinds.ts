/**
 * rules36: a chapter title that joins two kinds of the API (`# Job / CronJob 错题本`, `# 配置怎么搬：ConfigMap / Secret
 * 实战`, `# 云上存储：CSI driver + StorageClass`) is about both. The title reader (stages/mine.ts) makes the first kind
 * the chapter's home; the later kind was a concept only when the body defined it again, and was missed when the body
 * only used it (a mistake log's questions about CronJob's fields).
 *
 * Counted over the dev sets before building (docs/miner.md "rules35" and "rules36", bench/title-kinds35.mjs): a later
 * kind joined to the kind written before it by a joining mark or word is a label nearly every time (this function
 * over all 110 sets: 57 found / 5 missed / 1 name of no label in 29 sets, the one a kind the body defines anyway); a
 * later kind elsewhere in the title (`# ConfigMap / Secret 怎么注入 Pod`: Pod) is not (5 / 2 / 10) and is left, as is
 * the first kind when the title reader did not take it (56 / 3 / 8).
 *
 * Data (`TITLE_JOINED_KIND`): the joining marks and words, the example and what it gives, the look-alikes that give
 * nothing. Pure function `joinedTitleKinds`; applied by stages/mine.ts to the chapter's written title (rule
 * `title-joined-kind`): each later kind becomes a concept the note defines, related to the kind before it (else to the
 * chapter's home).
 */
import { kindNamed } from '../vocabulary/index.ts';

export const TITLE_JOINED_KIND = {
  name: 'title-joined-kind',
  shape: 'a chapter title naming two kinds of the API or more: a later kind joined to the kind written before it',
  /** What may stand between two kinds that are joined: a mark or a joining word, and spaces. */
  joiner: /^\s*(?:[/+、&,，]|和|与|及|跟)\s*$/u,
  example: '# Job / CronJob 错题本',
  gives: ['CronJob'],
  /** Titles that give nothing: a later kind elsewhere, one kind, names that are no kind, a kind in lower case. */
  lookAlikes: [
    '# Deployment 滚动更新速查',
    '# Pod 怎么用 Service 暴露',
    '# EKS / GKE / AKS 速查',
    '# Pod / Pod 模板 笔记',
    '# configmap / secret 笔记',
    '# Service 与负载均衡',
  ],
} as const;

/**
 * The kinds a title names (Latin words and two-word phrases the kind vocabulary knows; a one-word kind written with a
 * capital), each once, in the order written, with where each is written.
 */
function kindsWritten(title: string): { kind: string; written: string; at: number }[] {
  const out: { kind: string; written: string; at: number }[] = [];
  const words = [...title.matchAll(/[A-Za-z][A-Za-z0-9]*/g)];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (next && title.slice(w.index! + w[0].length, next.index) === ' ') {
      const two = `${w[0]} ${next[0]}`;
      const k = kindNamed(two);
      if (k !== undefined) {
        out.push({ kind: k, written: two, at: w.index! });
        i++;
        continue;
      }
    }
    const k = /^[A-Z]/.test(w[0]) ? kindNamed(w[0]) : undefined;
    if (k !== undefined) out.push({ kind: k, written: w[0], at: w.index! });
  }
  const seen = new Set<string>();
  return out.filter((x) => !seen.has(x.kind) && seen.add(x.kind));
}

/**
 * The later kinds of a title that are joined to the kind written before them (`Job / CronJob` → CronJob), each with the
 * kind before it; none when the title names fewer than two kinds.
 */
export function joinedTitleKinds(title: string): { kind: string; before: string }[] {
  const t = title.normalize('NFKC');
  const kinds = kindsWritten(t);
  const out: { kind: string; before: string }[] = [];
  for (let i = 1; i < kinds.length; i++) {
    const prev = kinds[i - 1]!;
    const between = t.slice(prev.at + prev.written.length, kinds[i]!.at);
    if (TITLE_JOINED_KIND.joiner.test(between)) out.push({ kind: kinds[i]!.kind, before: prev.kind });
  }
  return out;
}

/**
 * Lead, thirty-seventh session: a chapter title whose part after the colon is exactly the name of one API kind
 * (`# 第九章 有状态应用：StatefulSet`) is about that kind. The title reader (mining.ts `titleNames`) takes the plain words
 * before the colon as the subject and made a topic of them (`有状态应用`); the kind was a concept only when the body
 * defined it with a bold label or heading, so a chapter that explains StatefulSet's fields in prose and tables had no
 * StatefulSet and hung `serviceName`, `podManagementPolicy`… under the topic.
 *
 * Counted over the 110 dev sets before building: a subtitle that is exactly a kind's name occurs once
 * (dev72's `kubelet 配置：KubeletConfiguration 学习笔记`, labelled; the lead's component `kubelet` was the home, a false
 * positive, and goes); a
 * kind named elsewhere in a title and not mined is a label 5 times and a non-label 40 (`Pod 一直 Pending 怎么查`), so
 * only the whole subtitle counts.
 */
export const TITLE_SUBTITLE_KIND = {
  name: 'title-subtitle-kind',
  shape: "a chapter title's part after the colon that is exactly one API kind's name, written with a capital",
  example: '# 第九章 有状态应用：StatefulSet',
  gives: ['StatefulSet'],
  /** Titles that give nothing: a kind in a longer subtitle, a lower-case word, no colon, a name that is no kind. */
  lookAlikes: [
    '# 第七课：Pod 一直 Pending 怎么查',
    '# 有状态应用：statefulset',
    '# StatefulSet 学习笔记',
    '# 网关：Kong',
    '# 对比：Deployment vs StatefulSet',
  ],
} as const;

/** The API kind a title's subtitle is exactly (`有状态应用：StatefulSet` → StatefulSet), given the subtitle `titleSubtitle` read. */
export function subtitleKind(subtitle: string | undefined): string | undefined {
  const s = subtitle?.normalize('NFKC').trim();
  if (s === undefined || !/^[A-Z][A-Za-z0-9]*$/.test(s)) return undefined;
  const k = kindNamed(s);
  return k !== undefined && k.toLowerCase() === s.toLowerCase() ? k : undefined;
}
