/**
 * fix33a (issue 12, a QA user's graph): a field or state named with its Chinese name in brackets where
 * the note defines it (`**livenessProbe（存活探针）**：…`, `### readinessProbe(就绪探针)`, `- Pending（挂起）：…`)
 * takes that Chinese name as another name, as a kind does (`PersistentVolume（PV，持久卷）`, whose
 * glosses the learned scorer reads as names of the kind). A field's Chinese name is no API name the
 * scorer or the glossary knows, so before this the gloss was dropped with the label's brackets.
 *
 * Counted on the dev labels (bench/fix33a-gloss-census.mjs, docs/miner.md "fix33a"): at a label's place
 * (a line's start, after a list marker, `#` or `**`), a labelled field or state followed by a Chinese
 * gloss: 101 glosses the labels list in `also`, 20 they do not. The 20 are remarks on the name, not
 * names: `可选`, `默认 30 秒` (`isRemark`, alias-shapes.ts `default-value`), and the two shapes below.
 * A Latin gloss after a field (`steps（\`spec.strategy.canary.steps\`）`, `from（ingress）`) is 1 in `also`
 * to 21 not: only Chinese glosses are taken.
 */
import { dropRemarkGloss, hasCjk, isRemark, normKey, stripColon } from '../labels.ts';
import { splitGloss } from './resolve.ts';

export interface NotAFieldNameShape {
  name: 'placed-remark' | 'level-remark';
  re: RegExp;
  example: string;
  lookAlike: string;
}

/** Glosses after a field's name that say where or at which level the note means it, not what it is called. */
export const NOT_A_FIELD_NAME: readonly NotAFieldNameShape[] = [
  // `startupProbe（在 sidecar 上）`, `validationActions（在 Binding 上）`
  { name: 'placed-remark', re: /^在\s*\S.*(?:上|里|中|下|内)$/u, example: '在 sidecar 上', lookAlike: '存活探针' },
  // `imagePullSecrets（Pod 级）`, `restartPolicy（容器级别）`, `terminationGracePeriodSeconds（探针级别）`
  // (`优先级`, `服务质量等级` are names: the word before 级 is a Latin name or a level noun)
  { name: 'level-remark', re: /^(?:[A-Za-z][\w-]*|容器|探针|节点|集群|命名空间|字段|对象)\s*级别?$/u, example: 'Pod 级', lookAlike: '优先级' },
];

export const FIELD_GLOSS_RULE = { name: 'field-gloss', shapes: NOT_A_FIELD_NAME } as const;

/**
 * The Chinese names a defining label glosses the field or state `name` with (`livenessProbe（存活探针）`
 * → [`存活探针`]); [] when the label's core is not that name (its last path segment, case aside) or it has no gloss.
 */
export function fieldGlossNames(label: string, name: string): string[] {
  const { core, glosses } = splitGloss(stripColon(label.replace(/\s+/g, ' ').trim()));
  const last = core.replace(/^[`*]+|[`*]+$/g, '').split('.').pop()?.replace(/\[\]$/, '') ?? '';
  if (glosses.length === 0 || normKey(last) !== normKey(name)) return [];
  return glosses.filter((g) => hasCjk(g) && !NOT_A_FIELD_NAME.some((s) => s.re.test(g.normalize('NFKC').trim())));
}

/**
 * A heading with `的` over its section's opener (`Pod 的生命周期` over Pending, `kube-proxy 的配置文件` over
 * KubeProxyConfiguration, `Gateway API 的出发点`, `拉取失败的状态` over Waiting): counted with the glossed ones below,
 * none of the rule's 67 right aliases on the dev sets has one, 26 of its 211 wrong ones do.
 */
export const GENITIVE_HEADING = /的/u;

/**
 * A heading that writes one of its section opener's names and more (`## C.5 seccompProfile`,
 * `## 0x01 ClusterIP`, `## kubeconfig 文件`, `## Serial 节点`, `## Fargate profile`, `## 多网卡 Multus` over the
 * concept of that name): the words around the name number it, qualify it or say what part of it the section is
 * about; the heading is no other name of the concept, and a search for the name finds it anyway. Counted on all
 * dev sets (`node bench/miner-aliases.mjs --rule heading-alias --list`, lead, thirty-fourth session): of the
 * rule's 77 right aliases 10 write the name and more (`Eviction API`, `sidecar 容器`), of its 150 wrong ones 49 do.
 * Compared by `normKey`, the name a proper part of the heading's.
 */
export function qualifiesName(heading: string, known: ReadonlySet<string>): boolean {
  const h = normKey(heading);
  for (const k of known) if (k !== '' && k !== h && h.includes(k)) return true;
  return false;
}

/**
 * A glossed heading over the concept its section opens with (`## 卷拓扑(volume topology)` over
 * `**卷拓扑**：…`, `## 文件系统备份(FSB)` over FSB's definition): stages/mine.ts `heading-alias` gave the
 * whole heading as the concept's other name, brackets and all. Counted on all dev sets
 * (`node bench/miner-aliases.mjs --rule heading-alias --list`, lead, thirty-third session): of the
 * rule's 64 right aliases none has a gloss, of its 206 wrong ones 34 have one. The heading's parts are
 * names one by one: when one part is a name of the concept (`names`), the others are its other names
 * (remarks such as `（顺带）`, `（较新功能）` left out); when no part is (`## Karpenter(顺带)` over
 * Cluster Autoscaler, `## 容器状态(Container States)` over `state`), the heading names something else and
 * gives no name. A heading whose brackets hold only a remark (`## 会话保持(可选)`) is read without it, as the
 * rule reads any heading. An unglossed heading that writes a name and more gives none (`qualifiesName`);
 * `undefined` for any other heading without brackets (the rule as before).
 */
export function glossedHeadingAliases(label: string, names: readonly string[]): string[] | undefined {
  const trimmed = label.trim();
  // `## Pod 的生命周期` over Pending, `## StatefulSet 的更新策略` over updateStrategy: a heading that says whose
  // something is describes it, it is no other name of it (GENITIVE_HEADING)
  if (GENITIVE_HEADING.test(trimmed)) return [];
  // `## 会话保持(可选)`: a remark in brackets is dropped, and the rest is the heading as the rule reads it
  const bare = dropRemarkGloss(trimmed);
  const { core, glosses } = splitGloss(bare);
  const known = new Set(
    names.filter((n) => n !== '').flatMap((n) => {
      const s = splitGloss(n);
      return [n, s.core, ...s.glosses];
    }).map((n) => normKey(n)),
  );
  if (glosses.length === 0) {
    // `## C.5 seccompProfile`, `## kubeconfig 文件`, `## Serial 节点` over the concept it holds: the name and more
    // words is that name numbered, qualified or placed (qualifiesName), no other name of it
    if (qualifiesName(bare, known)) return [];
    if (bare === trimmed) return undefined;
    return known.has(normKey(bare)) ? [] : [bare];
  }
  const parts = [core, ...glosses].map((p) => p.trim()).filter((p) => p !== '');
  if (!parts.some((p) => known.has(normKey(p)))) return [];
  return parts.filter((p) => !known.has(normKey(p)) && !isRemark(p) && !qualifiesName(p, known));
}
