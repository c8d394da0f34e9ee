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
import { hasCjk, normKey, stripColon } from '../labels.ts';
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
