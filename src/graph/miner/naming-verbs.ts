/**
 * Names given in plain text as the object of a naming verb (rule family `text-naming`, read by
 * definitions.ts for every text node): `这部分叫 IPAM`, `这就是探针（Probe）`, `被称为 Pod 安全标准
 * （Pod Security Standards，PSS）`, `一个名为 PodSecurity 的准入控制器`, `即 copy-on-write`,
 * `a plugin called NodeResourcesFit`. Data: each verb group has the rule name `--explain` prints,
 * the verbs, what the name must look like after it, and a sentence that names something with the
 * name it gives, and a look-alike that names nothing (tests/unit/graph/miner-naming-verbs.test.ts
 * runs both for every entry).
 *
 * What the name must look like (`needs`):
 *   `any`     any name: Latin words (with a short Chinese head, `merged 目录`), a Chinese phrase
 *             of two to eight characters that ends where the Chinese run ends, or a quoted name;
 *   `named`   a Latin name, a quoted name or a name with a gloss (`叫 Pod 去…` or `即可` name
 *             nothing: these verbs are words of any sentence, a Chinese phrase after them is not
 *             evidence enough);
 *   `english` a capitalised Latin name or a code-like one (`called kube-proxy`), after an
 *             English verb.
 *
 * A name followed by a clause that goes on (`叫 Pod 去…`, `名为 web 的 Deployment`: the name of one
 * object), a name cut inside a word (`称为一次调度上下文`: the quantifier is left off, the name ends
 * where the run ends) and a name said after `名` (`名叫`) name nothing.
 */
import { kindNamed } from '../vocabulary/index.ts';

export type NamingNeeds = 'any' | 'named' | 'english';

export interface NamingVerb {
  /** Rule name printed by `--explain`. */
  rule: string;
  /** The verbs, longest first (regex source, no groups). */
  verbs: string;
  needs: NamingNeeds;
  /** What a match says. */
  evidences: string;
  /** A sentence naming something, and the name it gives. */
  example: [sentence: string, name: string];
  /** A sentence that looks alike and names nothing. */
  lookAlike: string;
  /**
   * answer51: the verb gives a name without saying what it is (`答案是 X`, `办法是 X`), so the name
   * counts only when the words right after it go on to explain it (EXPLAINED_AFTER).
   */
  explainedAfter?: true;
}

export const NAMING_VERBS: readonly NamingVerb[] = [
  {
    rule: 'text-naming',
    verbs: '这就是|这就叫|这叫做?|这部分叫做?|这一步叫做?|就叫做?|叫做|被称为|通常称为|称为|称作|简称|俗称|又叫|也叫',
    needs: 'any',
    evidences: 'the name the writer gives the thing just described',
    example: ['最终看到的那个合并后的视图通常称为 merged 目录。', 'merged 目录'],
    lookAlike: '两者合起来叫做一次，不叫两次的；我们起了一个叫 webApp 的服务。',
  },
  {
    rule: 'text-naming',
    verbs: '叫',
    needs: 'named',
    evidences: 'the name the writer gives the thing just described',
    example: ['最底下的一层叫 lowerdir，全部是只读的。', 'lowerdir'],
    lookAlike: '这个问题叫人头疼，一个叫 nginx 的容器起不来。',
  },
  {
    rule: 'text-naming-named',
    verbs: '名为|命名为|取名为|名字叫做?',
    needs: 'named',
    evidences: 'the name a thing is given',
    example: ['取而代之的是一个内置的准入控制器，名为 PodSecurity。', 'PodSecurity'],
    lookAlike: '我建了一个名为 web 的 Deployment。',
  },
  {
    rule: 'text-naming-apposition',
    verbs: '也就是|也即|即',
    needs: 'named',
    evidences: 'another name of the thing just named (an apposition)',
    example: ['这一步叫复制上移，即 copy-up，会先拷一份完整的文件。', 'copy-up'],
    lookAlike: '改完以后重启即可，也就是说不用重建；SEP 即 Service EndPoint。',
  },
  {
    rule: 'text-naming-so-called',
    verbs: '所谓的?',
    needs: 'named',
    evidences: 'the name the writer says the thing is known by (所谓 X, often in parentheses)',
    example: ['把配置直接打进镜像里（所谓 baked-in 配置）的做法改起来很麻烦。', 'baked-in 配置'],
    lookAlike: '所谓的好处，其实就是省事。',
  },
  {
    // answer51 (fifty-first session): a name given as the answer to a question the writer just asked,
    // or as the way / the means something is done (`答案是 kube-scheduler。它只做一件事…`, `另一种方式是
    // scopeSelector，用 matchExpressions 按…选 Pod`, `靠的是 X`): the writer names the thing the
    // paragraph is about, and the next words say what it does. Counted over all 146 dev sets in
    // docs/miner.md "answer51".
    rule: 'text-naming-answer',
    verbs: '答案(?:就|其实)?是|(?:办法|方法|做法|方式|方案|手段)(?:就|其实|则)?是|靠的(?:就)?是',
    needs: 'named',
    evidences: 'the name given as the answer or the way, explained by the words after it',
    example: ['谁来给 Pod 分 IP？答案是 IPAM 插件。它从一个地址池里挑一个没用过的地址。', 'IPAM 插件'],
    lookAlike: '有没有更好的办法？答案是 Yes，下次再说；最省事的方法是 kubectl apply 一下。',
    explainedAfter: true,
  },
  {
    rule: 'text-naming-english',
    verbs: 'called|known as|named',
    needs: 'english',
    evidences: 'the name an English sentence gives',
    example: ['The default binder is a plugin called DefaultBinder.', 'DefaultBinder'],
    lookAlike: 'I called it a day.',
  },
];

/** A name in plain text: Latin words (with a short Chinese head: `in-tree 插件`), or Chinese. */
// (rules16: a demonstrative after the name is no head of it: `也就是 metrics.k8s.io 这个 API 组`)
// An adverb or a modal after the name starts the predicate, not a head (`所谓 sidecar 只是第二个容器`).
const NOT_A_HEAD = '只是|只有|只会|就是|就会|也是|也会|都是|都会|不是|不会|不能|才是|才会|还是|还会|其实|并不|并非|已经|正在|总是|仍然|可以|能够|需要|必须|应该|一定|通常|一般|往往|本身';
const LATIN_NAME = `[A-Za-z][\\w.-]*(?: [A-Za-z][\\w.-]*){0,3}(?: ?(?![这那]|(?:${NOT_A_HEAD}))[\\u4e00-\\u9fff]{1,4}(?![\\u4e00-\\u9fff]))?`;
/** A quantifier before a Chinese name is no part of it (`称为一次调度上下文`). */
const QUANTIFIER = '(?:一次|一个|一种|一份|一套|一类|一层)?';
const CHINESE_NAME = '[\\u4e00-\\u9fff]{2,8}';
const GLOSS = '(?:\\s*[（(]([^（）()]{1,40})[）)])?';

interface CompiledVerb {
  verb: NamingVerb;
  re: RegExp;
}

const COMPILED: readonly CompiledVerb[] = NAMING_VERBS.map((verb) => {
  const english = verb.needs === 'english';
  const name = english ? `(${'[A-Za-z][\\w.-]*(?: [A-Z][\\w.-]*){0,3}'})` : `(?:[“"「]([^”"」]{1,40})[”"」]|(${LATIN_NAME})|${QUANTIFIER}(${CHINESE_NAME}))`;
  const lead = english ? '\\b' : '';
  // groups: 1 quoted, 2 Latin, 3 Chinese, 4 gloss (English: 1 the name, 2 the gloss)
  return { verb, re: new RegExp(`${lead}(?:${verb.verbs})\\s*(?:所谓的?)?\\s*${name}${GLOSS}`, english ? 'g' : 'gu') };
});

export interface GivenName {
  /** The rule of the verb group (`text-naming`, `text-naming-named`, …). */
  rule: string;
  name: string;
  /** The gloss after the name (`（Pod Security Standards，PSS）`), unsplit. */
  gloss?: string;
  /** Offset of the match in the text, and the text before it. */
  index: number;
  before: string;
  /**
   * answer51: names another verb gives inside this name's gloss (`靠的是 manifest list（OCI 里叫 image
   * index），它…`): other names of this one, not names of their own (only for `explainedAfter` verbs).
   */
  inner?: string[];
  /** Where the match (the name and its gloss) ends. */
  end?: number;
}

/**
 * `叫 RingBuffer 的队列`: a name spelt like a type of a library (two humps or a run of capitals:
 * `RingBuffer`, `DeltaFIFO`, `workQueue`) followed by 的 and a Chinese noun saying what sort of
 * thing it is names a concept; an instance's name (`名为 web 的 Deployment`, `叫 nginx 的容器`) does not.
 */
const TYPE_SHAPE = /[a-z][A-Z]|[A-Z]{2,}[a-z]|[a-z][A-Z]{2,}/;
/**
 * The nouns of such a phrase: parts of a program or a library, not things a user runs (服务, 应用, 容器);
 * and sorts of API objects (`叫 AdmissionReview 的对象`, `叫 SealedSecret 的自定义资源`, rules6): a
 * name spelt like a type before 的对象 is the object's kind (an instance is named `web`, `my-app`).
 */
const TYPED_NAME = /^([A-Za-z][A-Za-z0-9]*) ?的(?:队列|缓存|接口|结构体?|类型|函数|方法|组件|控制器|插件|工具|库|模块|机制|算法|协议|索引|锁|循环|回调|对象|资源)$/u;
/** Such nouns longer than the four characters a name's Chinese head may have (`叫 SealedSecret 的自定义资源`). */
const TYPED_LONG_NOUN = /^ ?的 ?(?:自定义资源|资源类型|API ?对象)/u;

/** An object's name as the API spells it (a DNS label: lowercase, digits, hyphens) with a hyphen or a digit. */
const OBJECT_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)+$|^[a-z]+[0-9]+$/;
/** A kind (`PVC`, `Pod`, `StatefulSet`) right before the verb, with at most a few adverbs between. */
const KIND_SUBJECT = /([A-Za-z][A-Za-z0-9]*)\s*(?:也|都|就|则|还|会|也会|跟着|也跟着|就会|自动)?\s*$/u;

/**
 * `PVC 也跟着叫 data-kafka-3`: a name spelt as an object's name given with a kind as the subject
 * of the naming verb (`before` is the text up to the verb) is the name of one object of that kind.
 */
export function namesAnObject(name: string, before: string): boolean {
  if (!OBJECT_NAME.test(name)) return false;
  const m = KIND_SUBJECT.exec(before);
  return m !== null && kindNamed(m[1]!) !== undefined;
}

/** A clause opened by an example or a supposition (比如 / 例如 / 假设 …) that the naming verb sits in. */
const EXAMPLE_CLAUSE = /(?:比如|例如|譬如|假设|假如|比方说)[^，。；,;！？!?：:]{0,16}$/u;

/** A summing-up demonstrative copula (`这就是`, `这也就是`) before a name. */
const SUMMING_UP = /这(?:也)?就是\s*(?:所谓的?)?\s*[“"「]/u;

/**
 * answer51: the words after a name given by an `explainedAfter` verb that go on to say what it is or
 * does, past a comma or a full stop: a pronoun or the name's own sort (`它只做一件事`, `这个组件…`), an
 * apposition (`一组 CRD`, `一种…`), how it works (`用 maxSkew 控制…`, `通过…`), what it does (`负责…`,
 * `会…`, `可以…`). A name and then an aside, a plan or nothing (`答案是 Yes，下次再说`, `办法是 kubectl
 * apply 一下`, a name ending its paragraph) is not explained there.
 */
export const EXPLAINED_AFTER = /^\s*[，,。；;：:]\s*(?:它们?|这个|这是|这种|该|其|一(?:个|种|组|类|套|份|条)|用|通过|借助|负责|专门|只(?:做|管|负责)|会|能|可以)/u;

/**
 * Whether the words after a name given by an `explainedAfter` verb explain it: EXPLAINED_AFTER, or the
 * next clause opening with the name again, or its first Latin word (`现在的做法是 TokenRequest API。TokenRequest
 * 不是一个对象，而是…`).
 */
export function explainedAfter(rest: string, name: string): boolean {
  if (EXPLAINED_AFTER.test(rest)) return true;
  const head = /^[A-Za-z][\w.-]*/.exec(name)?.[0];
  const next = /^\s*[，,。；;]\s*`?([A-Za-z][\w.-]*)/.exec(rest)?.[1];
  return head !== undefined && next === head;
}

/** Words a plain-text name must not be followed by (a clause goes on): `叫 Pod 去…`. */
const NAME_FOLLOWED_BY_CLAUSE = /^\s*(的|去|来|把|给|做|在|是|会|能|要)/u;

/**
 * rules50: a place word or a joiner as a Latin name's Chinese head (`也就是 StorageClass 中 provisioner 填写的那个名字`,
 * `也就是 NodePort 和 LoadBalancer 的流量`, `这就是 Airflow 里 "clear failed tasks only" 的感觉`) is no head of a name: the
 * phrase after the verb goes on (a place, a pair), and the verb names the whole phrase, not the Latin name before the
 * word. Counted over all dev sets (the 146 at 0d2fb0b8): every name a naming verb gave with such a head was a false
 * positive — dev62's `NodePort 和`, dev139's `Airflow 里`, dev145's `StorageClass 中` (three writers) — none was a
 * label's; the heads a name has (`in-tree 插件`, `baked-in 配置`) are nouns.
 */
export const PHRASE_GOES_ON = {
  heads: ['中', '里', '上', '内', '和', '与', '及', '或'],
  example: '对象的名称必须与驱动自报的名字一致，也就是 StorageClass 中 provisioner 填写的那个名字。',
  lookAlike: '早期的卷插件编进主代码库，称为 in-tree 插件（树内插件）。',
} as const;
const PHRASE_HEAD = new RegExp(`^[A-Za-z][\\w.-]*(?: [A-Za-z][\\w.-]*){0,3} ?(?:${PHRASE_GOES_ON.heads.join('|')})$`, 'u');

/** The names the naming verbs give in a run of plain text, in order. */
export function namesGiven(text: string): GivenName[] {
  const out: GivenName[] = [];
  const taken = new Set<number>();
  for (const { verb, re } of COMPILED) {
    for (const m of text.matchAll(re)) {
      const before = text.slice(0, m.index);
      const rest = text.slice(m.index + m[0].length);
      let name: string;
      let gloss: string | undefined;
      let quoted = false;
      let chinese = false;
      if (verb.needs === 'english') {
        name = m[1]!.trim().replace(/\.+$/, '');
        gloss = m[2];
        // `called it`, `named after`: a capitalised or code-like name only
        if (!/^[A-Z]|[a-z][A-Z]|-/.test(name)) continue;
      } else {
        quoted = m[1] !== undefined;
        chinese = m[3] !== undefined;
        name = (m[1] ?? m[2] ?? m[3]!).trim().replace(/\.+$/, '');
        gloss = m[4];
        // a numeral is no name (`叫做一次`), nor a phrase with a genitive (`名为 web 的`) — unless
        // the name is spelt like a type and the genitive says what sort of thing it is (TYPE_SHAPE)
        if (chinese && /^[一两二三四五六七八九十几]/u.test(name)) continue;
        // (the name may have taken the 的 of a longer noun: `叫 TokenGrant 的 API 对象`)
        const bare = name.replace(/ ?的$/u, '');
        const typedName = quoted || chinese ? null : (TYPED_NAME.exec(name) ?? (/^[A-Za-z][A-Za-z0-9]*$/.test(bare) && TYPED_LONG_NOUN.test((bare !== name ? ' 的' : '') + rest) ? [bare, bare] : null));
        if (typedName && TYPE_SHAPE.test(typedName[1]!) && verb.verbs.split('|').some((v) => /叫|名为/u.test(v))) {
          out.push({ rule: verb.rule, name: typedName[1]!, ...(gloss !== undefined ? { gloss } : {}), index: m.index, before });
          continue;
        }
        if (!quoted && /的/u.test(name)) continue;
        // a Chinese name ends where its run ends, unless a gloss closes it (`称为一次调度上下文（…）`)
        if (chinese && gloss === undefined && /^[\u4e00-\u9fff]/u.test(rest)) continue;
        if (chinese && /的/u.test(name)) continue;
        // a Latin name whose head is a place word or a joiner: the phrase goes on (PHRASE_GOES_ON)
        if (!quoted && !chinese && PHRASE_HEAD.test(name)) continue;
        // a Latin name cut before the Chinese words that go on with it (`称为 Pod 安全标准（…）`
        // is no `Pod`)
        if (!quoted && !chinese && gloss === undefined && /^ ?[\u4e00-\u9fff]/u.test(rest) && !NAME_FOLLOWED_BY_CLAUSE.test(rest)) continue;
      }
      if (!quoted && gloss === undefined && NAME_FOLLOWED_BY_CLAUSE.test(rest)) continue;
      // answer51: `答案是 X`, `办法是 X` name X only when the words after it explain it
      if (verb.explainedAfter && !explainedAfter(rest, name)) continue;
      // `这就是"无状态"`, `这就是所谓的"成组调度"问题`: a Chinese phrase in scare quotes after a
      // summing-up 这就是 labels the situation just described, it names no concept (rules3; an
      // unquoted `这就是级联删除（…）` still names one)
      if (quoted && !/[A-Za-z]/.test(name) && gloss === undefined && SUMMING_UP.test(before.slice(-6) + m[0])) continue;
      // `比如模板叫 www，…`, `假设有个 Deployment 叫 api`: a name given inside an example clause is
      // the name of the example's object, not a concept (rules3)
      if (!quoted && gloss === undefined && EXAMPLE_CLAUSE.test(before)) continue;
      // `PVC 也跟着叫 data-kafka-3`, `Service 叫 kafka-headless`: a kind as the subject of the verb
      // and a name spelt as an object's name (lowercase, with a hyphen or a digit): the name of
      // one object of that kind, not a concept (`这种 Pod 叫 Static Pod` still names one)
      if (!quoted && gloss === undefined && namesAnObject(name, before)) continue;
      // `一个叫 xxx 的…`: the name of one object, not a concept (but see TYPE_SHAPE above)
      if ((!quoted && /^\s*的/.test(rest)) || /名\s*$/.test(before)) continue;
      // verbs of any sentence need a Latin name, quotes or a gloss: `叫人头疼`, `即可` name nothing
      if (verb.needs === 'named' && !/[A-Za-z]/.test(name) && !quoted && gloss === undefined) continue;
      // `也就是说`, `即使`, `立即`: the verb is part of a word
      if (verb.rule === 'text-naming-apposition' && (/^(?:也就是说|也即是说|即使|即便|即可|即将|即刻|即时)/u.test(text.slice(m.index)) || /[立随当旋]$/u.test(before))) continue;
      // `SEP 即 Service EndPoint`: the expansion of the name right before, no new concept
      if (verb.rule === 'text-naming-apposition' && /[A-Za-z0-9_`]\s*$/.test(before)) continue;
      // the same name given by a longer verb of another group (`也叫 X` and `叫 X`)
      const end = m.index + m[0].length;
      if (taken.has(end)) continue;
      taken.add(end);
      out.push({ rule: verb.rule, name, ...(gloss !== undefined ? { gloss } : {}), index: m.index, before, ...(verb.explainedAfter ? { end } : {}) });
    }
  }
  // answer51: a name given inside the gloss of an `explainedAfter` name is that name's other name
  const inside = new Set<GivenName>();
  for (const outer of out) {
    if (outer.end === undefined || outer.gloss === undefined) continue;
    const glossAt = outer.end - outer.gloss.length - 1;
    const inner = out.filter((g) => g !== outer && g.index >= glossAt && g.index < outer.end!);
    if (inner.length === 0) continue;
    outer.inner = inner.map((g) => g.name);
    for (const g of inner) inside.add(g);
  }
  for (const g of out) delete g.end;
  return out.filter((g) => !inside.has(g)).sort((a, b) => a.index - b.index);
}
