/**
 * learn4: features of a name explained in running prose rather than by a defining word right after
 * it (`` `keadm init` 在云端用 Helm 装 CloudCore ``, `**X** 这个字段特别重要，它是…`): how an expert
 * reader sees that the text is about the name. Read over the name's occurrences (definer.ts
 * Occurrence: the text of its sentence before it, the rest after it, the next sentence's opening,
 * its unit and section), never the name's own words; the words are the tables below, general
 * explanatory Chinese (and a little English), no word of any one chapter.
 *
 *   p-it-clause      a later clause of its sentence goes on about it (`X 很重要，它决定…`: a comma,
 *                    then 它/其/该/这个…)
 *   p-unit-focus     how much one paragraph is about it: in its busiest paragraph, its further
 *                    occurrences and the sentences and clauses taking it up (0 … 1)
 *   p-sections       the number of sections it occurs in (log): a thing the note keeps coming back to
 *   p-heading-prose  a section whose heading names it discusses it in its prose
 *   p-importance     it is called important or key (`X 特别重要`, `关键是 X`, `注意 X`)
 *   p-apposition     a gloss after a comma (`X，一个…的组件`, `X，也就是…`)
 *   p-item-topic     it opens a list item whose text goes on about it (no colon: `- X 在…做…`)
 *   p-yaml-prose     a key the note's YAML sets that the running text writes about twice or more
 *   p-says-does      it opens its clause and the clause says what it does (a verb of doing in it)
 */

/** The occurrence fields these features read (definer.ts Occurrence). */
export interface ProseOccurrence {
  form: string;
  unit: number;
  section?: number;
  opensUnit: boolean;
  inListItem: boolean;
  before: string;
  after: string;
  rest: string;
  next?: string;
}

/** Words a clause or sentence opens on when it goes on about the name before it. */
export const TAKE_UP = ['它们', '它的', '它', '这个', '这种', '这类', '这些', '该', '此', '其', 'it ', 'It ', 'this ', 'This '];
/** A later clause of the sentence opens on a taking-up word. */
const IT_CLAUSE = /[，,；;]\s*(?:它们|它的|它|这个|这种|这类|这些|该(?!怎|不|如)|此(?!外|时|前|后)|其(?!他|中|实|余|次|它)|[Ii]t\b|[Tt]his\b)/u;
/** The name is called important, or pointed at, right after it in its clause (at most 12 characters on). */
const IMPORTANT_AFTER = /^[^，,。；;：:]{0,12}?(?:很|特别|非常|最|尤其|格外|比较|相当)?(?:重要|关键|核心|要紧|值得注意|值得一提|(?:要|需要|得)(?:留意|注意|小心)|is (?:important|key|essential))/u;
/** …or right before it (`关键是 X`, `重点看 X`, `注意 X`). */
const IMPORTANT_BEFORE = /(?:关键(?:是|在于|就是)|重点(?:是|在于|看|关注)|核心(?:是|在于)|最重要的(?:是|就是)|要点是|注意|留意|特别注意|重点关注|值得一提的是)\s*[：:]?\s*[“"「]?\s*$/u;
/** A gloss after a comma: `X，一个…`, `X，也就是…`, `X, a …`. */
const APPOSITION_AFTER = /^\s*[，,]\s*(?:一个|一种|一类|一套|一组|一款|一项|这是一个|它是|也就是|也即|亦即|即|简单说|说白了|a |an |the )/u;
/** What may open a clause before its subject (a connective, a list mark). */
const CLAUSE_OPEN = /^\s*(?:[-*•·]\s*)?(?:(?:而|但|但是|另外|此外|其中|还有|所以|因此|那么|首先|其次|然后|最后|其实|同时|而且|至于)\s*[，,]?\s*)?[“"「]?\s*$/u;
/** Verbs of doing and governing a subject's clause may have (general Chinese of explanation). */
export const DOING_VERBS = [
  '负责', '用来', '用于', '决定', '控制', '管理', '提供', '实现', '创建', '生成', '删除', '启动', '停止', '运行', '安装', '部署', '装',
  '监听', '监控', '检查', '校验', '拦截', '转发', '调度', '分配', '同步', '上报', '暴露', '挂载', '注入', '替换', '扩容', '缩容',
  '重启', '驱逐', '回收', '清理', '写入', '读取', '拉取', '推送', '发送', '接收', '处理', '执行', '触发', '限制', '指定', '设置',
  '配置', '声明', '定义', '记录', '保存', '存放', '存储', '维护', '保证', '确保', '允许', '禁止', '阻止', '防止', '匹配', '选择',
  '选出', '对应', '指向', '代理', '包装', '封装', '加载', '连接', '切换', '迁移', '恢复', '备份', '打包', '构建', '签发', '续期',
];
const DOING = new RegExp(`(?:${DOING_VERBS.join('|')})`, 'u');
/** A list mark or a genitive after the name: it is an item or a modifier, not the subject. */
const NOT_SUBJECT_AFTER = /^[\s”"」』]*(?:的|里|中|上|下|、|和|或|及|与|\/|等|[：:])/u;

/** The names of the prose features, in order. */
export const PROSE_FEATURE_NAMES = ['p-it-clause', 'p-unit-focus', 'p-sections', 'p-heading-prose', 'p-importance', 'p-apposition', 'p-item-topic', 'p-yaml-prose', 'p-says-does'] as const;

/** The rest of the name's clause (to the next comma, colon, semicolon or sentence end). */
function clauseRest(o: ProseOccurrence): string {
  const t = o.rest.replace(/^\s+/u, '');
  const i = t.search(/[，,；;：:。！？!?]/u);
  return i < 0 ? t : t.slice(0, i);
}

/** A later clause of the name's sentence opens on a taking-up word. */
export function itClause(o: ProseOccurrence): boolean {
  return IT_CLAUSE.test(o.rest);
}

/** The next sentence opens on the name or on a taking-up word (as writing-features.ts takesUp). */
function nextTakesUp(o: ProseOccurrence, name: string): boolean {
  const n = (o.next ?? '').replace(/^[\s“"「]+/u, '');
  return n !== '' && (n.startsWith(name) || TAKE_UP.some((w) => n.startsWith(w)));
}

export function calledImportant(o: ProseOccurrence): boolean {
  return IMPORTANT_AFTER.test(o.after) || IMPORTANT_BEFORE.test(o.before);
}

export function apposition(o: ProseOccurrence): boolean {
  return APPOSITION_AFTER.test(o.after);
}

/** The name opens a list item and the item goes on about it (no colon: the colon is cue-colon's). */
export function itemTopic(o: ProseOccurrence): boolean {
  if (!o.inListItem || !o.opensUnit || o.form === 'heading' || o.form === 'cell') return false;
  if (NOT_SUBJECT_AFTER.test(o.after)) return false;
  return [...clauseRest(o)].length >= 6 || [...o.rest.trim()].length >= 12;
}

/** The name opens its clause and the clause says what it does (a verb of doing within it). */
export function saysWhatItDoes(o: ProseOccurrence): boolean {
  if (o.form === 'heading') return false;
  const m = /[，,；;：:]([^，,；;：:]*)$/u.exec(o.before);
  const lead = m ? m[1]! : o.before;
  if (!CLAUSE_OPEN.test(lead) || NOT_SUBJECT_AFTER.test(o.after)) return false;
  return DOING.test(clauseRest(o));
}

/** The prose features of a name from its occurrences; `yamlKey`: the note's YAML sets a key of its name. */
export function proseFeatures(occ: readonly ProseOccurrence[], name: string, yamlKey: boolean): Record<(typeof PROSE_FEATURE_NAMES)[number], number> {
  const prose = occ.filter((o) => o.form !== 'heading');
  // the busiest paragraph: further occurrences in it, and the clauses and sentences that take the name up
  const perUnit = new Map<number, number>();
  for (const o of prose) perUnit.set(o.unit, (perUnit.get(o.unit) ?? -1) + 1 + (itClause(o) ? 1 : 0) + (nextTakesUp(o, name) ? 1 : 0));
  const focus = Math.max(0, ...perUnit.values());
  const sections = new Set(occ.map((o) => o.section ?? 0));
  const headed = new Set(occ.filter((o) => o.form === 'heading').map((o) => o.section ?? 0));
  return {
    'p-it-clause': prose.some(itClause) ? 1 : 0,
    'p-unit-focus': Math.min(focus, 3) / 3,
    'p-sections': Math.log1p(sections.size),
    'p-heading-prose': prose.some((o) => headed.has(o.section ?? 0)) ? 1 : 0,
    'p-importance': prose.some(calledImportant) ? 1 : 0,
    'p-apposition': prose.some(apposition) ? 1 : 0,
    'p-item-topic': prose.some(itemTopic) ? 1 : 0,
    'p-yaml-prose': yamlKey && prose.filter((o) => o.form !== 'cell').length >= 2 ? 1 : 0,
    'p-says-does': prose.some(saysWhatItDoes) ? 1 : 0,
  };
}
