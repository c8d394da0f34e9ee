/**
 * Names: bilingual label splitting, ids (slugs), the normalised lookup key used to match a
 * term written in a note to a concept, and the list of generic labels that never are concepts.
 */
import { boundedMemo, hash8 } from './util.ts';
import { closingParen } from './title-names.ts';
import { stripPictographs } from './pictographs.ts';

export { closingParen };

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
const LATIN = /[A-Za-z]/;

export function hasCjk(s: string): boolean {
  return CJK.test(s);
}

/**
 * A short word written mostly in capitals with at most one small letter (`QoS`, `eBPF`, `gRPC`,
 * `IPv4`, `mTLS`) is one abbreviation, not two camel-case words.
 */
const ABBREVIATION_WORD = /(?<![A-Za-z0-9])(?=[A-Za-z0-9]{2,6}(?![A-Za-z0-9]))(?=(?:[A-Z0-9]*[a-z]){0,1}[A-Z0-9]*(?![A-Za-z0-9]))[A-Za-z0-9]+/g;

/** URL-safe id from a name: ASCII letters and digits, `-` between words. '' when nothing ASCII is left. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(ABBREVIATION_WORD, (w) => (/[A-Z].*[A-Z]/.test(w) ? w.toLowerCase() : w)) // QoS → qos, not qo-s
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2') // hostAliases → host Aliases → host-aliases
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2') // CRIProxy → CRI Proxy
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `slugify`, falling back to `prefix-<hash>` for names with no ASCII letters or digits. */
export function idFor(name: string, prefix: string): string {
  const s = slugify(name);
  if (s && ID_PATTERN.test(s)) return s.length > 64 ? s.slice(0, 64).replace(/-+$/, '') : s;
  return `${prefix}-${hash8(normKey(name))}`;
}

export interface BilingualLabel {
  /** The label as written, trimmed. */
  label: string;
  en?: string;
  zh?: string;
  /** Other names the gloss gives beside the Chinese one (`CSI（Container Storage Interface，容器存储接口）`). */
  others?: string[];
}

/** `Persistent Volume` → `PV`; undefined unless the name has at least two words, all Latin. */
export function initialsOf(name: string): string | undefined {
  const words = name.split(/[\s-]+/).filter((w) => w !== '');
  if (words.length < 2 || !words.every((w) => /^[A-Za-z]/.test(w))) return undefined;
  return words.map((w) => w[0]!.toUpperCase()).join('');
}

/**
 * The Chinese name in a gloss that also spells an abbreviation out: `Container Storage
 * Interface，容器存储接口` (a Latin part of a list) or `Container Runtime Interface 容器运行时接口`
 * (words whose initials are the abbreviation before the gloss). Undefined when the gloss is one
 * name (`containerd 的 CRI 插件`, `SDN 网络方案，现名 Tungsten Fabric`).
 */
function expandedGloss(abbr: string, gloss: string): { zh: string; others: string[] } | undefined {
  const parts = gloss.split(/\s*[，,、;；]\s*/u).filter((p) => p !== '');
  const latin = parts.filter((p) => !hasCjk(p));
  const cjk = parts.filter((p) => hasCjk(p));
  if (parts.length > 1 && latin.length > 0 && cjk.length === 1) return { zh: cjk[0]!, others: latin };
  const m = /^([A-Za-z][A-Za-z\s-]*[A-Za-z])\s+(\p{Script=Han}.*)$/u.exec(gloss);
  if (m && initialsOf(m[1]!) === abbr.toUpperCase()) return { zh: m[2]!, others: [m[1]!] };
  return undefined;
}


/**
 * `Deployment（常规作业发布）` / `Deployment (常规作业发布)` → en `Deployment`, zh `常规作业发布`.
 * `容器组（Pod）` → zh `容器组`, en `Pod`. `CSI（Container Storage Interface，容器存储接口）` → en `CSI`,
 * zh `容器存储接口`, others [`Container Storage Interface`]. A label without parentheses is used for both
 * (en when it has no CJK, zh when it has no Latin letters, both otherwise).
 */
export function splitBilingual(raw: string): BilingualLabel {
  // (a remark in the parentheses, `OrderedReady（默认）`, is no Chinese name)
  const label = dropRemarkGloss(raw.trim().replace(/\s+/g, ' '));
  const m = closingParen(label);
  if (m && m.before !== '' && m.inside.trim() !== '') {
    const outer = m.before;
    const inner = m.inside.trim();
    if (hasCjk(inner) && !hasCjk(outer)) {
      const ex = expandedGloss(outer, inner);
      return ex ? { label, en: outer, zh: ex.zh, others: ex.others } : { label, en: outer, zh: inner };
    }
    if (hasCjk(outer) && !hasCjk(inner)) return { label, zh: outer, en: inner };
    // `dockershim（Docker）`: a Latin gloss; the name is the part before it.
    if (!hasCjk(outer) && !hasCjk(inner)) return { label, en: outer };
  }
  const out: BilingualLabel = { label };
  if (!hasCjk(label)) out.en = label;
  else if (!LATIN.test(label)) out.zh = label;
  else {
    out.en = label;
    out.zh = label;
  }
  return out;
}

/**
 * Words a writer puts in parentheses after a name to remark on it, not to name it:
 * `OrderedReady（默认）`, `nodeSelectorTerms 的逻辑（必考）`, `hostUsers（可选）`. Compared by `normKey`.
 */
export const REMARK_WORDS: readonly string[] = [
  '默认', '默认值', '缺省', '缺省值', '必考', '常考', '考点', '高频', '重点', '划重点', '重要', '推荐', '不推荐',
  '建议', '可选', '选填', '必填', '必选', '必须', '废弃', '已废弃', '弃用', '已弃用', '了解', '了解即可', '常用',
  '少用', '不常用', '很少用', '新增', '新特性', '实验性', '过时', '旧版', '踩坑', '易错', '易混',
  'default', 'recommended', 'optional', 'required', 'deprecated', 'legacy', 'important', 'new', 'experimental',
];
const REMARK_SET = new Set(REMARK_WORDS.map((w) => w.toLowerCase()));
/** `1.30+`, `v1.29 起`, `1.33 GA`, `beta`: a version or a stage of a feature, remarked on. */
const VERSION_REMARK = /^(?:v?\d+\.\d+(?:\.\d+)?\s*\+?\s*(?:起|以后|之后|以上|开始|及以上|GA|beta|alpha|stable)?(?:\s*(?:GA|beta|alpha|stable))?|alpha|beta|ga|stable)$/i;

/** A remark on a name (`默认`, `必考`, `1.30+`, `beta`), not a name. */
export function isRemark(s: string): boolean {
  const t = stripPictographs(s.normalize('NFKC')).trim();
  return t !== '' && (REMARK_SET.has(t.toLowerCase().replace(/[\s!！]+/g, '')) || VERSION_REMARK.test(t));
}

/**
 * A label without the remarks in its closing parentheses: `OrderedReady（默认）` → `OrderedReady`,
 * `Guaranteed（重点，最高优先级）` → `Guaranteed（最高优先级）`; a label whose parentheses name it
 * (`StorageClass（SC，存储类）`) is unchanged.
 */
export function dropRemarkGloss(label: string): string {
  const m = closingParen(label);
  if (!m || m.before === '') return label;
  const parts = m.inside.split(/[，,、;；/]/).map((x) => x.trim()).filter((x) => x !== '');
  const keep = parts.filter((x) => !isRemark(x));
  if (keep.length === parts.length) return label;
  if (keep.length === 0) return m.before;
  return m.fullWidth ? `${m.before}（${keep.join('，')}）` : `${m.before}(${keep.join(', ')})`;
}

/**
 * A bilingual title as a Chinese reader expects to see it, after NFKC has made its parentheses
 * ASCII: `容器镜像(Container Image)` → `容器镜像（Container Image）` (full-width parentheses where
 * either part is Chinese), `QoS(Quality of Service)` → `QoS (Quality of Service)` (a space before
 * ASCII ones). Only a closing parenthetical is touched; `Exit Code 137`, `f(x)` and keys stay.
 */
export function displayTitle(title: string): string {
  const m = closingParen(title);
  if (!m || m.before === '' || !/[A-Za-z\u3400-\u9fff]/u.test(m.inside)) return title;
  const [outer, inner] = [m.before, m.inside.trim()];
  if ([...inner].length < 2) return title;
  return hasCjk(outer) || hasCjk(inner) ? `${outer}（${inner}）` : `${outer} (${inner})`;
}


/** `x` as a literal inside a regular expression (note text, names and paths are untrusted). */
export const escapeRegExp = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The key two names are compared by: NFKC (full-width → ASCII), lower case, no spaces,
 * hyphens, underscores, dots between words or backticks. `HostAliases`, `hostAliases` and
 * `host-aliases` share a key.
 */
export const normKey: (name: string) => string = boundedMemo(
  (name) =>
    stripPictographs(name)
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s\-_`'"·•*]+/g, ''),
  50_000,
  (name) => name.length <= 80,
);

/**
 * Labels that are structure, not concepts: never matched to a concept, never a new term.
 * Compared by `normKey`. (Also the words whose misspellings are generic: see
 * scripts/build-syllables.mjs and the rule `generic-misspelling`.)
 */
export const GENERIC_LABEL_WORDS: readonly string[] = [
  'what', 'why', 'how', 'when', 'where', 'who', 'which', 'what is it', 'why it matters',
  'note', 'notes', 'nb', 'tip', 'tips', 'hint', 'warning', 'caution', 'danger', 'important',
  'info', 'todo', 'example', 'examples', 'e.g.', 'eg', 'for example', 'summary', 'overview',
  'introduction', 'intro', 'background', 'conclusion', 'result', 'results', 'output', 'usage',
  'definition', 'purpose', 'pros', 'cons', 'question', 'questions', 'answer', 'reference',
  'references', 'see also', 'faq', 'tldr', 'tl;dr', 'step', 'steps', 'recap', 'key points',
  '注意', '注意事项', '注', '请注意', '特别注意', '实际工作中', '实际工作', '工作中', '实践中',
  '实战', '例如', '比如', '举例', '举个例子', '例子', '示例', '示例代码', '样例', '范例',
  '总结', '小结', '总而言之', '说明', '提示', '小提示', '技巧', '小技巧', '备注', '补充',
  '补充说明', '重点', '要点', '关键点', '核心', '结论', '问题', '思考', '思考题', '答案',
  '解答', '回答', '原因', '原理', '背景', '概述', '概览', '简介', '介绍', '前言', '引言',
  '导语', '定义', '作用', '用途', '用法', '使用方法', '使用方式', '特点', '特性', '优点',
  '缺点', '优势', '劣势', '好处', '坏处', '场景', '使用场景', '应用场景', '步骤', '方法',
  '方案', '解决方案', '解决办法', '参考', '参考资料', '参考文档', '参考链接', '延伸阅读',
  '扩展阅读', '练习', '作业', '输出', '结果', '输出结果', '执行结果', '命令', '代码', '配置',
  '配置示例', '示意图', '图', '警告', '危险', '重要', '区别', '对比', '联系', '误区',
  '常见问题', '常见错误', '为什么', '是什么', '怎么做', '怎么办', '怎么用', '如何使用',
  '如何做', '如何', '目的', '目标', '前提', '前提条件', '先决条件', '现象', '排查', '验证',
  '测试', '检查', '效果', '回顾', '附录', '其他', '其它', '更多', '最后', '首先', '其次', '然后',
  '另外', '此外', '因此', '所以', '但是', '不过', '当然', '一句话', '一句话总结', '划重点',
  '敲黑板', '记住', '理解', '思路', '流程', '过程', '原文', '翻译', '译注', '笔记', '心得',
  '经验', '教训', '建议', '最佳实践', '坑', '踩坑', '踩坑记录',
  'advantages', 'disadvantages', 'drawbacks', 'benefits', 'limitations', 'caveats', 'pitfalls',
  'gotchas', 'remark', 'remarks', 'exercise', 'exercises', 'lab', 'demo', 'hands-on', 'recap',
  '考点', '易错点', '易错', '难点', '特例', '例外', '不足', '不足之处', '局限', '局限性', '目录',
  '前置知识', '坑点', '面试题', '练习题', '实验', '实验记录', '记录', '排错', '排错记录',
  '排错思路', '优缺点', '利弊', '好处和坏处', '常见用法', '典型用法', '用途', '注意点',
  // interview-style notes: a follow-up question and the points that score (rules15; `**追问**：…？答：…`)
  '追问', '面试官追问', '加分点', '加分项',
  // a rubric of questions the writer asks and answers (`## 自问自答`, `### 问答`)
  '问答', '自问自答', '一问一答',
  // postscripts and asides
  'ps', 'p.s.', 'pps', 'btw', '附注', '题外话', '小贴士', '温馨提示', '友情提示', '顺带一提', '顺便一提',
  // rules22: a reader's impressions (`## 读后感`, `## metrics-server 读后感`)
  '读后感',
  // the parts of an incident write-up (`> **处理**：…`, `> **改进**：…`, `## 复盘`)
  '处理', '处理过程', '改进', '改进措施', '后续', '后续改进', '根因', '根本原因', '影响范围', '时间线', '复盘', '解决', '解决方法', '临时方案', '长期方案',
  // rules50: the parts of a defect report or a finding (`- **严重程度：** 严重`, `- **原因分析：** 见下文`, `**修复：**
  // 镜像 tag 改为…`, `**整改：** …`): the bold `修复` opens a write-up's fix in three writers' sets (dev63's debugging
  // diary, dev73's probe pitfalls, dev144's defect report), `整改` a finding's remedy in two (dev109's compliance
  // findings, dev3's hardening checklist), the other two dev144's defect report; none of the four is a label of any dev
  // set; set as bold labels 11 times, 9 were mined as terms at 0d2fb0b8 (false positives; dev3's two 整改 were not).
  // Not `环境` (the same report's `**环境：**`): a generic word is also a bold label's generic head (label-rules.ts
  // `generic-head`), and dev60's label `**预览环境**：` would be lost
  '修复', '整改', '严重程度', '原因分析',
];

/**
 * Generic labels that also head compound names in running text (`异常处理`, `优雅关机处理`, `冲突解决`,
 * `持续改进`): alone they are a part of an incident write-up; after other words they name a thing.
 */
export const NAME_HEAD_WORDS: ReadonlySet<string> = new Set(['处理', '解决', '改进']);
const GENERIC_LABELS = GENERIC_LABEL_WORDS.map((s) => normKey(s));

const GENERIC_SET = new Set(GENERIC_LABELS);

const GENERIC_PATTERNS: RegExp[] = [
  /^(step|步骤|第[一二三四五六七八九十百\d]+步)\d*$/,
  /^(q|a|问|答|问题|答案|例|例子|示例|场景|情况|方法|方案|注)\d*$/,
  /^(第[一二三四五六七八九十百\d]+(章|节|部分|步|种|个|点))/,
  /^[\d.、)）(（]+$/,
  /^(一|二|三|四|五|六|七|八|九|十)+$/,
  // 实验记录, 排错思路, 易错点汇总, 命令速查, 版本提醒: notes about the work, not concepts
  /^[\u4e00-\u9fff]{0,4}(记录|思路|心得|汇总|速查|清单|一览|小抄|点评|提醒)$/u,
];

/** WHAT, WHY, 注意, 实际工作中, 例如… (after stripping a trailing colon); `numbered`: also a numbered rubric (`踩坑 2`). */
export function isGenericLabel(label: string, numbered = true): boolean {
  const k = normKey(stripColon(label));
  if (k === '') return true;
  if (GENERIC_SET.has(k)) return true;
  if (numbered && numberedRubric(label)) return true;
  return GENERIC_PATTERNS.some((re) => re.test(k));
}

/** A numbered rubric (`踩坑 2`, `坑一`, `注意3`, `Tip #2`): a generic label with its number (rules15, rules16). */
export function numberedRubric(label: string): boolean {
  const k = stripColon(stripPictographs(label.normalize('NFKC'))).trim();
  const bare = k.replace(/\s*(?:#?\d+|[一二三四五六七八九十]+)$/u, '');
  return bare !== k && bare !== '' && isGenericLabel(bare, false);
}

export function stripColon(s: string): string {
  return s.replace(/[\s:：]+$/u, '').replace(/^[\s:：]+/u, '');
}

const LEADING_NUMBER =
  /^(?:\d+(?:\.\d+)*[.、)）]?\s+|\d+(?:\.\d+)*[.、)）]\s*|[(（]?[一二三四五六七八九十]+[、.)）]\s*|第[一二三四五六七八九十百\d]+[章节步部分][\s:：、.]*|[A-H][.、)）]\s+(?=[^\s.]))/u;
const ZH_SUFFIX = /\s*(?:字段|属性|对象|状态|阶段|资源|参数|配置|机制|概念|详解|入门|进阶|实战|指南|教程|简介|笔记|概述|基础|介绍|原理|实践|总结|是什么|的定义|的作用|的用法)$/u;
const ZH_PREFIX = /^(?:深入理解|深入剖析|深入|理解|关于|浅谈|初识|认识|什么是)\s*/u;

/**
 * The key of a `key=value` or `key: value` form (`shareProcessNamespace=true`,
 * `restartPolicy: Never`, `current-context=dev`): a Latin name (dots, `[]` and hyphens allowed)
 * followed by `=` or a colon and a space, then a value. Undefined for anything else. The one home
 * of this pattern: labels, the resolver, mentions and the learned scorer's names all read it.
 */
export function keyOfKeyValue(s: string): string | undefined {
  return KEY_VALUE.exec(s.trim())?.[1];
}
const KEY_VALUE = /^([A-Za-z][\w.[\]-]*)\s*(?:=|:\s)\s*\S.*$/s;

/**
 * Names a bold term or heading may stand for, most specific first:
 * `shareProcessNamespace=true` → `shareProcessNamespace`; `PV（PersistentVolume）：` → `PV…`,
 * `PV`, `PersistentVolume`; `2.1 Pending 状态` → `Pending 状态`, `Pending`.
 */
export function nameCandidates(raw: string): string[] {
  const out: string[] = [];
  const push = (s: string | undefined): void => {
    if (s === undefined) return;
    const t = s.trim().replace(/^[`'"“‘《]+|[`'"”’》]+$/g, '').trim();
    if (t !== '' && !out.includes(t)) out.push(t);
  };
  let s = stripColon(stripPictographs(raw.normalize('NFKC')).replace(/\s+/g, ' ').trim());
  s = s.replace(LEADING_NUMBER, '').trim();
  push(s);
  const key = keyOfKeyValue(s);
  push(key);
  // A title with a subtitle: `Pod 进阶：字段与生命周期` → `Pod 进阶`.
  if (key === undefined) {
    const sub = /^(.+?)\s*[:：—–|]\s*\S/u.exec(s);
    if (sub) push(sub[1]);
  }
  // Both halves of `PV（PersistentVolume）` / `容器组（Pod）`.
  const paren = closingParen(s);
  if (paren) {
    push(paren.before);
    push(paren.inside);
  }
  for (const c of [...out]) {
    push(c.replace(ZH_PREFIX, ''));
    push(c.replace(ZH_SUFFIX, ''));
    push(c.replace(ZH_PREFIX, '').replace(ZH_SUFFIX, ''));
  }
  // A field path names its last segment: spec.containers[].lifecycle → lifecycle.
  for (const c of [...out]) {
    if (/^[A-Za-z][\w]*(\[\])?(\.[A-Za-z][\w]*(\[\])?)+$/.test(c)) push(lastFieldSegment(c));
  }
  return out;
}

export function lastFieldSegment(fieldPath: string): string {
  const parts = fieldPath.split('.');
  return (parts[parts.length - 1] ?? '').replace(/\[\]$/, '');
}

/**
 * rules35: a file's absolute path, its last segment a file name with an extension
 * (`/etc/systemd/logind.conf.d/99-kubelet.conf`): one name however long. A directory's path
 * (`/var/lib/kubelet/pods/<uid>/volumes/x`) stays a place, too long to be a name past 40 characters.
 */
export function isFileAtPath(s: string): boolean {
  return /^(?:\/[\w.<>-]+)+\/[\w-]+(?:\.[\w-]+)*\.[A-Za-z][A-Za-z0-9]{0,5}$/.test(s);
}

/**
 * A bold label that may become a new `term` concept: short, not a sentence, not generic.
 */
/** rules25b: one identifier of words joined by underscores (miner/item-shapes.ts CODE_NAME_SPELLINGS `snake`). */
const SNAKE_IDENTIFIER = /^(?:[a-z][a-z0-9]*(?:_[A-Za-z0-9]+)+|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)$/;

export function isClearTerm(label: string): boolean {
  const s = stripColon(stripPictographs(label.normalize('NFKC')).trim());
  if (s === '' || isGenericLabel(s)) return false;
  const chars = [...s];
  // (a key written as domain/name is one name however long: `nginx.ingress.kubernetes.io/proxy-body-size`;
  // so is a file's absolute path, rules35: isFileAtPath; and, rules25b, one identifier joined by
  // underscores: `kube_pod_container_status_last_terminated_reason`, a metric)
  if (chars.length > 40 && !/^[\w.-]+\.[a-z]{2,}\/[\w./-]+$/i.test(s) && !isFileAtPath(s) && !SNAKE_IDENTIFIER.test(s)) return false;
  if (s.split(/\s+/).length > 6) return false;
  if (/[，。；！？,;!?、…]|\.\.\.|[.。]$/u.test(s)) return false;
  if (!/[A-Za-z]/.test(s) && !hasCjk(s)) return false;
  // One Latin letter (`x`, `A`) names nothing.
  if (!hasCjk(s) && s.replace(/[^A-Za-z0-9]/g, '').length < 2) return false;
  if (LEADING_NUMBER.test(s) && s.replace(LEADING_NUMBER, '').trim() === '') return false;
  return true;
}
