/**
 * The predicates that make the subject before them defined, in running prose (prose.ts). Data:
 * each entry has the rule name `--explain` prints, the pattern (read right after the subject and
 * its gloss), what it evidences, how strong that evidence is, and a sentence it defines with a
 * look-alike sentence that must define nothing (tests/unit/graph/miner-prose-predicates.test.ts
 * runs both for every entry).
 *
 * Strength:
 *   `is-a`   the predicate says what the subject IS (是一个…, 指的是…, 可以理解为…, 相当于…).
 *            Strong enough for any subject that is a noun phrase: a Chinese noun phrase
 *            (`快照是…`), a lower-case English word (`digest 则是…`).
 *   `does`   the predicate says what the subject does or is for (负责, 只管, 允许, 提供, 把…).
 *            Read only after a subject that is a name by its spelling, or a word the chapter
 *            keeps using (prose.ts `subjectEvidence`), never after a plain Chinese phrase.
 *
 * Subjects (`only`): most predicates are read after any subject the strength allows. A few say
 * what a thing does in words any sentence uses (`在 Bind 阶段创建…`, `按优先级排序`, `会把…`): they
 * are read only after
 *   `names`     a name by its spelling (a code span, `NodeResourcesFit`, `Score 插件`, `kube-proxy`,
 *               a command), never a lower-case word or a Chinese phrase;
 *   `commands`  a command (`kubectl cordon`, `` `kubectl logs` ``: the tool and its subcommand words,
 *               command-tools.ts `isCommandName`), whose clause says what running it does.
 *   `known`     a named thing of Kubernetes the vocabulary knows (prose.ts shape `named-thing`:
 *               `AlwaysPullImages`, `node.kubernetes.io/not-ready`, `PreBind 扩展点`), and only where
 *               it opens its sentence, a line after a colon, or a clause of a parallel enumeration
 *               after a semicolon (`A 会…；B 会…`), never after a comma. The vocabulary is the
 *               evidence that the word is a name; these predicates are the loosest of the table.
 *   `settings`  a name spelt like a setting (rules15): a code span, a named thing of the vocabulary,
 *               or a Latin identifier with an inner capital, hyphen, dot or underscore
 *               (`syncFrequency`, `UserNamespacesSupport`, `allow-snippet-annotations`), never an
 *               abbreviation or a plain word (`CPU 默认是 1` is a resource's unit, no setting);
 *   `bold`      a name the writer sets in bold in the middle of a paragraph (prose.ts shape `bold`:
 *               `走**基于污点的驱逐**：…`, `；**非自愿干扰**则是…`); the bold is the evidence.
 *   `values`    (rules17) a code span that sets a key to a literal value (`` `hostIPC: true` ``,
 *               `` `example.com/skip-backup: "true"` ``, `` `sync.enabled=false` ``), opening its
 *               clause or right after the verb that sets it (`加注解 \`…\``); the key is the subject
 *               (prose.ts `valuesWithEffect`). Never read after any other subject.
 *
 * The order is the order they are tried in: longer forms before the shorter forms inside them.
 */
export type PredicateStrength = 'is-a' | 'does';
export type PredicateSubjects = 'names' | 'settings' | 'commands' | 'known' | 'bold' | 'values';

export interface ProsePredicate {
  /** Rule name printed by `--explain` (`prose-copula`). */
  name: string;
  /** Matched at the start of the text after the subject (and its gloss), spaces trimmed. */
  re: RegExp;
  /** The match holds what is said (`分两种`, `在…做过滤`): nothing needs to follow it. */
  complete?: boolean;
  /** What a match says about the subject. */
  evidences: string;
  strength: PredicateStrength;
  /** Read only after these subjects (see the module comment); any subject when absent. */
  only?: PredicateSubjects;
  /** A sentence the predicate makes a definition of its subject, and that subject. */
  example: [sentence: string, subject: string];
  /** A sentence that looks alike and defines nothing. */
  lookAlike: string;
}

/**
 * Verbs of checking or accepting that a bare 只 restricts (`apiserver 只校验签名`, `X 只认这个值`,
 * `enforce 只检查 Pod 本身`): the sentence says what a thing the reader already knows
 * limits itself to in the case at hand (a contrast with what it does not check), not the one job
 * that introduces it (`只管…`, `专门…` stay: prose-scope).
 */
export const RESTRICTED_CHECK = /(?:校验|检查|检验|核对|认|判断|评估|看)/u;

export const PROSE_PREDICATES: readonly ProsePredicate[] = [
  {
    name: 'prose-meaning',
    re: /^的?\s*(?:意思|含义)(?:就|其实)?是/u,
    evidences: 'what the name means',
    strength: 'is-a',
    example: ['Cordon 的意思是把节点标记为不可调度。', 'Cordon'],
    lookAlike: '这句话的意思是你得先备份。',
  },
  {
    name: 'prose-function',
    re: /^(?:的\s*(?:作用|用途|职责|功能|任务|目的)|(?:做|干)的(?:事情?|活儿?))(?:就|主要|其实)?(?:就)?是/u,
    evidences: 'what it is for, what it does',
    strength: 'is-a',
    example: ['kube-vip 做的事情其实就是给控制平面一个虚拟 IP。', 'kube-vip'],
    lookAlike: '我们做的事情就是把日志收上来。',
  },
  {
    name: 'prose-design',
    re: /^的\s*(?:设计|原理|核心|本质|思路|核心思想)(?:其实|就)?(?:就)?是/u,
    evidences: 'how it is built',
    strength: 'does',
    example: ['Raft 的核心思想是先选出一个 leader。', 'Raft'],
    lookAlike: '它的核心是字段管理。',
  },
  {
    name: 'prose-understood',
    re: /^(?:可以|可)?(?:被)?(?:理解为|理解成|看作|看成|视为|当成|想象成)/u,
    evidences: 'what it can be taken as',
    strength: 'is-a',
    example: ['field manager 可以理解为改这个字段的那一方的名字。', 'field manager'],
    lookAlike: '这一步可以理解为预热。',
  },
  {
    name: 'prose-equivalent',
    re: /^(?:其实|就|基本上|大致)?\s*(?:相当于|等同于|类似于|好比|(?:就)?像是?一(?:个|种|台|张|本|道))/u,
    evidences: 'what it amounts to',
    strength: 'is-a',
    example: ['tag 相当于给镜像版本贴的一张标签。', 'tag'],
    lookAlike: '这样相当于什么都没做。',
  },
  {
    // rules7: a bare 是 whose complement opens like a comment (在…, 可以被…, 由…: prose.ts
    // NOT_A_COMPLEMENT turns those away after prose-copula) but is a relative clause ending on the
    // noun it describes: `X 是在 Vault 里配置的角色名`, `X 是可以被程序捕获的信号`. Read after a name by
    // its spelling only; a noun of time or manner at the end (…的时候, …的话) describes no thing.
    name: 'prose-described',
    re: /^(?:其实|本身|则|也)?\s*是(?=\s*(?:在|可以|可|能|被|由|从|专门)[^，,。；;：:！!？?]*?的\s*(?!时候|时|话|样子|情况|原因|结果|问题|地方)[\u4e00-\u9fff]{1,6}\s*(?:[，,。；;！!？?（(]|$))/u,
    evidences: 'the thing it is, described by a relative clause',
    strength: 'is-a',
    only: 'names',
    example: ['`maxSurge` 是在滚动更新时允许多出来的副本数，默认 25%。', 'maxSurge'],
    lookAlike: '`maxSurge` 是在升级的时候改的，没什么特别。',
  },
  {
    name: 'prose-copula',
    re: /^(?:在这里|在这儿|这里)?\s*(?:其实|本身|本质上|实际上|说白了|简单来说|简单说|通俗地说|则|便|也就)?\s*[，,]?\s*(?:就是|也就是|指的是|是指|是|指(?![定向出着令挥导南望标针纹数引示])|属于)/u,
    evidences: 'what it is',
    strength: 'is-a',
    example: ['Velero 是一个做集群备份和迁移的工具。', 'Velero'],
    lookAlike: '问题是默认生成的配置里这个值是 false。',
  },
  {
    name: 'prose-role',
    re: /^(?:主要|专门|只|则|就)?\s*负责/u,
    evidences: 'what it is responsible for',
    strength: 'does',
    example: ['kube-dns 负责集群里的名字解析。', 'kube-dns'],
    lookAlike: '我们组负责集群里的名字解析。',
  },
  {
    name: 'prose-scope',
    // (a bare 只 before a verb of setting or changing, `CPU 只设 requests`, `apiserver 只改一下
    // apiVersion`, says what the writer sets or what happens once, not the one job of the subject: rules3;
    // before a verb of checking or accepting, RESTRICTED_CHECK, what a thing the reader knows limits
    // itself to in the case at hand: rules5)
    re: new RegExp(`^(?:只管|只做|只干|专管|专门(?!负责|用来|用于)|只(?![能是有要会在好得不允设改写填加配留调])(?!${RESTRICTED_CHECK.source})(?=[\\u4e00-\\u9fff])(?![\\u4e00-\\u9fff]一下))`, 'u'),
    evidences: 'the one thing it does',
    strength: 'does',
    example: ['Stern 只管把多个 Pod 的日志合在一起看。', 'Stern'],
    lookAlike: '他只管切换默认命名空间。',
  },
  {
    name: 'prose-purpose',
    re: /^(?:主要|专门|就是|是|可以|能|可|一般|通常|常|多)?\s*(?:被)?(?:用来|用于|拿来)/u,
    evidences: 'what it is used for',
    strength: 'does',
    example: ['Kustomize 用来给 YAML 打补丁。', 'Kustomize'],
    lookAlike: '这个目录用来放证书。',
  },
  {
    name: 'prose-represents',
    re: /^(?:代表|描述|表示)/u,
    evidences: 'what it stands for',
    strength: 'does',
    example: ['RPO 代表能容忍丢失多长时间的数据。', 'RPO'],
    lookAlike: '这一行代表一个节点。',
  },
  {
    name: 'prose-permits',
    re: /^(?:允许|使得|让)(?![我你他她人])/u,
    evidences: 'what it makes possible',
    strength: 'does',
    example: ['user namespace 允许容器里的 root 映射成宿主机上的普通用户。', 'user namespace'],
    lookAlike: 'user namespace 让我头疼了一整天。',
  },
  {
    name: 'prose-provides',
    re: /^(?:提供了?|实现了?|封装了?|暴露了?)/u,
    evidences: 'what it provides',
    strength: 'does',
    example: ['Harbor 提供项目级的权限控制和漏洞扫描。', 'Harbor'],
    lookAlike: '这里提供一个例子。',
  },
  {
    name: 'prose-transforms',
    re: /^(?:可以|能|能够|会)?\s*把(?=[^，。；,;]{2,}?(?:变成|拆成|合并成|映射成|映射为|映射到|翻译成|转成|转换成|转为|挪到|变为|分成|叠成|叠在|去掉|删掉|清理掉|藏起来|挂到|挂载到|复制到|拷到|标记为))/u,
    evidences: 'what it turns into what',
    strength: 'does',
    example: ['Linux capabilities 把 root 的特权拆成了几十个小权限。', 'Linux capabilities'],
    lookAlike: '我把 root 的特权拆成了几十个小权限。',
  },
  {
    // rules7: what a field, key or marker holds, declares or points to (`spec.encryptedData 存放每个键的
    // 密文`, `x-kubernetes-list-type 声明列表的合并方式`): said of names by their spelling only, the
    // verbs are any sentence's (`这个目录存放证书`).
    name: 'prose-declares',
    re: /^(?:主要|专门|只)?\s*(?:存放|存储|保存|声明|规定|指向|列出)(?![过着])(?!了?\s*(?:是|的|会|都|也|就|在|和|与|里|中|[，,。；;：:]))了?/u,
    evidences: 'what it holds, declares or points to',
    strength: 'does',
    only: 'names',
    example: ['`status.loadBalancer` 保存云厂商分配的入口地址。', 'status.loadBalancer'],
    lookAlike: '这个目录保存云厂商分配的证书。',
  },
  {
    // rules15: `lastState，记录的是上一次终止时的信息`, `` `x` 存的是… ``: what a name by its spelling records
    // or keeps, said as the thing it is (the genitive that prose-declares turns away, then 是)
    name: 'prose-records',
    re: /^(?:主要|专门)?\s*(?:记录|存|存放|保存|存储)的(?:就是|是)(?!\s*[，,。；;：:]|$)/u,
    evidences: 'what it records or keeps',
    strength: 'does',
    only: 'names',
    example: ['`status.history` 记录的是最近十次同步的结果。', 'status.history'],
    lookAlike: '这个文件记录的是最近十次同步的结果。',
  },
  {
    // rules10: what a field does at one of its values (`X 为 false 时…`, `X 设为 Local 时…`, `X 为 true
    // 表示…`): the writer explains the field by a value condition. Said of names by their spelling
    // only; the value is a literal of the API (true, false, a PascalCase value, a number), not a
    // count of things (`副本数为 3 时` has no name for a subject).
    name: 'prose-value-condition',
    re: /^(?:为|设为|设成|设置为|设置成|等于|是)\s*[`"']?(?:true|false|[A-Z][A-Za-z0-9]+|\d+[A-Za-z%]*)[`"']?\s*(?:时|的时候|的话|表示)/u,
    evidences: 'what it does at one of its values',
    complete: true,
    strength: 'does',
    only: 'names',
    example: ['`spec.paused` 为 true 时，控制器不再推进发布。', 'spec.paused'],
    lookAlike: '副本数为 3 时，控制器不再推进发布。',
  },
  {
    // rules15: `` `syncFrequency` 默认 1m，… ``, `` `allow-snippet-annotations` 默认是 false ``, `` 特性门控
    // `UserNamespacesSupport` 默认关 ``: a name spelt like a setting said to take a literal by default is a
    // setting the writer explains (its value when nobody sets it), as a value condition is. The value
    // is a literal (true / false, on / off, a PascalCase or lower-case value, a number with its unit)
    // ending the clause; a plain Chinese subject (`副本数默认是 1`) is no name.
    name: 'prose-default-value',
    re: /^的?\s*(?:默认值?|缺省值?)\s*(?:是|为|就是|值为)?\s*[`"']?(?:true|false|开启|关闭|打开|开|关|[A-Z][A-Za-z0-9]+|[a-z][a-z0-9-]*|\d+(?:\.\d+)?\s*(?:[A-Za-z%]+|秒|分钟|小时|天|个|次|倍)?)[`"']?\s*(?=[，,。；;（(→]|$)/u,
    evidences: 'the value it takes when nobody sets it',
    complete: true,
    strength: 'does',
    only: 'settings',
    example: ['`revisionHistoryLimit` 默认是 10，超出的旧 ReplicaSet 会被清掉。', 'revisionHistoryLimit'],
    lookAlike: '副本数默认是 1，之后可以再改。',
  },
  {
    // rules17: `` `hostIPC: true` 让容器和节点共用 IPC 命名空间 ``, `` `x: false` 保证… ``, `` 注解 `y: "true"`
    // 把这个类标成默认 ``: what setting a key to a value makes happen, said right after the setting,
    // explains the key (as prose-value-condition does for `X 为 false 时…` in words). Only what the
    // setting brings about (让 / 保证 / 会 / 把…标成): what a value means (`表示…`, `的意思是…`) is a
    // gloss of the value, which the labels count for the key in some chapters and not in others.
    name: 'prose-value-effect',
    re: /^(?:(?:可以|能|就能|能够)?\s*(?:让|使得?)(?![我你他她人])|(?:会|能|可以)?\s*(?:保证|确保)|会(?![被不更很])(?=[\u4e00-\u9fff])|把(?=[^，。；,;]{1,24}?(?:标成|标为|标记为|设为|设成|变成|改成|当成|当作|视为)))/u,
    evidences: 'what setting it to a value makes happen',
    strength: 'does',
    only: 'values',
    example: ['`hostIPC: true` 让容器和节点共用同一套 IPC 命名空间。', 'hostIPC'],
    lookAlike: '我们把 `hostIPC: true` 删掉以后，让容器各用各的 IPC 命名空间。',
  },
  {
    // prose27: `` `optional: true` 的意思是 ConfigMap 不存在也照样启动 ``, `` `min.insync.replicas=2` 的意思是… ``:
    // what a key set to a value MEANS, said in the words that mark a definition (的意思是, 的含义是,
    // 指的是, 是指), explains the key, as prose-value-effect's effects do. Counted on all 80 dev sets
    // (docs/miner.md, prose27): after a code span setting a key, these words stand by a label 6 times,
    // by no label never; the plainer `表示` / `意味着` stand by no label one time in four (29 / 9 / 12),
    // so they stay out (rules17's reason). Not before a colon (`的意思是：…`): tried, the one case on the dev
    // sets (dev52's `min.insync.replicas=2`) is resolved as the note's kind's `replicas`, a duplicate.
    name: 'prose-value-meaning',
    re: /^(?:的\s*(?:意思|含义)(?:就|其实)?是|指的(?:就)?是|是指)(?!\s*(?:[，,。；;：:]|$))/u,
    evidences: 'what setting it to a value means',
    strength: 'is-a',
    only: 'values',
    example: ['`keepAlive: true` 的意思是连接用完不关，留给下一个请求。', 'keepAlive'],
    lookAlike: '上面这个例子的意思是：带 `x-user-group: beta` 请求头的请求全部去 v2。',
  },
  {
    name: 'prose-action',
    re: /^(?:主要|专门|只)?\s*(?:隔离|限制|决定|记录|缓存|拦截|转发|过滤|监听|统计|翻译|代理|调度|维护)(?![了过着])(?!\s*(?:是|的|会|都|也|就|在|和|与|里|中|[，,。；;：:]))/u,
    evidences: 'the job it does',
    strength: 'does',
    example: ['mount namespace 隔离挂载点。', 'mount namespace'],
    lookAlike: 'DNS 记录是根据 Service 生成的。',
  },
  {
    name: 'prose-runs-as',
    re: /^(?:以[^，。；,;]{1,20}?(?:的)?(?:形式|方式|身份)(?:运行|部署|存在|跑)|(?:跑在|运行在|部署在|内置在|内置于|集成在|嵌在|嵌入在))/u,
    evidences: 'how and where it runs',
    strength: 'does',
    example: ['kube-proxy 以 DaemonSet 的形式运行在每个节点上。', 'kube-proxy'],
    lookAlike: '这些组件以静态 Pod 的形式运行。',
  },
  {
    name: 'prose-works-at',
    re: /^(?:主要|专门|只)?\s*在[^，。；,;]{1,16}?(?:做|进行|负责)\s*(?:过滤|隔离|限制|拦截|转发|调度|缓存|校验|检查|翻译|代理|转换)/u,
    evidences: 'the layer it works at and the job it does there',
    complete: true,
    strength: 'does',
    example: ['Falco 在内核这一层做检查。', 'Falco'],
    lookAlike: '我们在入口这一层做过滤。',
  },
  {
    name: 'prose-manner',
    re: /^(?:以|用|通过)[^，。；,;]{1,20}?的?(?:方式|形式|办法)\s*(?:来)?\s*(?:管理|运行|部署|实现|提供|工作|存储|暴露|调度|签发|分发)/u,
    evidences: 'how it does its job',
    strength: 'does',
    complete: true,
    example: ['Prometheus Operator 用 CRD 的方式管理 Prometheus。', 'Prometheus Operator'],
    lookAlike: '我们用脚本的方式管理证书。',
  },
  {
    name: 'prose-scope-of',
    re: /^(?:只|仅|仅仅)?\s*在[^，。；,;]{1,16}?(?:有效|生效|可见|可用|起作用)/u,
    evidences: 'where it applies',
    strength: 'does',
    complete: true,
    example: ['Issuer 只在自己的命名空间里有效。', 'Issuer'],
    lookAlike: '这个配置只在测试环境里有效。',
  },
  {
    name: 'prose-full-name',
    re: /^的?\s*(?:全称|全名|英文全称)(?:是|叫|为)/u,
    evidences: 'what the abbreviation stands for',
    strength: 'is-a',
    example: ['PSI 的全称是 Pressure Stall Information，记录资源压力。', 'PSI'],
    lookAlike: '这个的全称是什么我忘了。',
  },
  {
    name: 'prose-means',
    re: /^(?:主要|就是|是)?\s*(?:通过|借助|利用)[^，。；,;]{1,20}?(?:来)?\s*(?:实现|完成|管理|控制|暴露|转发|隔离|限制|调度|分发|同步|选择)/u,
    evidences: 'the means of its job',
    strength: 'does',
    complete: true,
    example: ['kube-proxy 通过 iptables 规则来实现 Service 的转发。', 'kube-proxy'],
    lookAlike: '我们通过脚本来实现自动化。',
  },
  {
    name: 'prose-owned-by',
    re: /^由[^，。；,;]{1,12}?(?:来)?(?:定义|创建|维护|编写|签发|颁发)(?![了过])/u,
    evidences: 'who defines or owns it',
    strength: 'does',
    complete: true,
    example: ['Kyverno 策略由平台团队统一维护，应用团队只读。', 'Kyverno 策略'],
    lookAlike: '这个文件由运维创建。',
  },
  {
    name: 'prose-located',
    re: /^(?:写在|定义在|配置在|声明在|设置在|位于)/u,
    evidences: 'where it is written or lives',
    strength: 'does',
    example: ['imagePullSecrets 写在 Pod 的 spec 里。', 'imagePullSecrets'],
    lookAlike: '证书写在这个目录里。',
  },
  {
    name: 'prose-holds',
    re: /^(?:里|中|里面|里头)\s*(?:专门)?\s*(?:放|存|存放|保存|装|记录)(?:着|的是)?(?![了过])/u,
    evidences: 'what it holds',
    strength: 'does',
    example: ['kube-node-lease 里放每个节点的 Lease 对象。', 'kube-node-lease'],
    lookAlike: '这个目录里放证书。',
  },
  {
    name: 'prose-kinds',
    re: /^(?:又|也)?\s*(?:分|分成|分为|有|支持)\s*[两三四五六七八九十几]\s*(?:种|类)(?!\s*(?:情况|原因|办法|方法|问题|可能))/u,
    evidences: 'the kinds it comes in',
    complete: true,
    strength: 'does',
    example: ['dry-run 分两种：client 和 server。', 'dry-run'],
    lookAlike: '问题分两种：配置错和权限错。',
  },
  // (audit8: `X 会自动…` / `X 定期…`, what a component does by itself, was a predicate, prose-behaviour,
  // and is none: it made 1 right concept and 14 false positives on the 55 sets written after it —
  // `Strimzi 会自动给 Kafka 建 PDB`, `Tekton 会自动推断依赖`: what a tool does for the thing the
  // passage is about, in passing, not what the tool is)
  // What a named part does, in words any sentence uses: read only after a name by its spelling
  // (scheduler plugins and extension points, admission plugins, proxy modes, components)
  {
    name: 'prose-invoked',
    re: /^(?:会|只)?\s*在[^，。；,;]{1,24}?(?:之前|之后|以后|时|的时候|阶段)\s*(?:被)?(?:调用|执行|运行|触发)/u,
    evidences: 'when it is called',
    complete: true,
    strength: 'does',
    only: 'names',
    example: ['PreBind 在绑定之前被调用。', 'PreBind'],
    lookAlike: '我的脚本在启动之前被调用。',
  },
  {
    name: 'prose-acts-in',
    re: /^(?:会|主要|只|专门)?\s*在[^，。；,;]{1,16}?(?:里|中|上|阶段|这一步)\s*(?:完成|创建|预留|检查|过滤|打分|处理|校验|写入|生成)(?![了过着])/u,
    evidences: 'what it does at its step',
    strength: 'does',
    only: 'names',
    example: ['DefaultBinder 在 Bind 阶段创建 Binding 对象。', 'DefaultBinder'],
    lookAlike: '我们在 Bind 阶段创建了 Binding 对象。',
  },
  {
    name: 'prose-examines',
    // (not after a bare 只: `X 只校验签名` restricts a check, RESTRICTED_CHECK)
    re: /^(?:会|主要|专门)?\s*(?:对[^，。；,;]{1,16}?)?(?:逐一|逐个|依次|分别)?\s*(?:检查|判断|校验|评估)(?![了过着])(?!\s*(?:是|的|一下|[，,。；;：:]))/u,
    evidences: 'what it checks',
    strength: 'does',
    only: 'names',
    example: ['NodeResourcesFit 检查节点剩下的资源够不够放下这个 Pod。', 'NodeResourcesFit'],
    lookAlike: 'kubelet 检查一下就知道了。',
  },
  {
    name: 'prose-scores',
    re: /^(?:会|只|主要)?\s*给[^，。；,;]{1,16}?(?:打[高低满零]?分|打\s*\d+\s*(?:到\s*\d+\s*)?(?:的)?\s*分|评分|排序)/u,
    evidences: 'what it scores or marks',
    complete: true,
    strength: 'does',
    only: 'names',
    example: ['ImageLocality 给已经有镜像的节点打高分。', 'ImageLocality'],
    lookAlike: '老师给 Alice 打了高分。',
  },
  {
    name: 'prose-orders',
    re: /^(?:默认)?(?:就|只|会)?\s*按(?:照)?[^，。；,;]{1,12}?(?:同时|分别|逐个|依次|来)?\s*(?:排序|排好序|排|打分|分组|过滤|挑选|分配|跟踪|切分|划分|匹配|组织)/u,
    evidences: 'how it orders or picks',
    complete: true,
    strength: 'does',
    only: 'names',
    example: ['PrioritySort 按优先级给 Pod 排序。', 'PrioritySort'],
    lookAlike: '我们按优先级排。',
  },
  {
    // rules15: `` `rules` 从上往下匹配，第一条命中的生效 ``: the order a list of a name by its spelling is
    // gone through says how it works (as prose-orders says how it picks)
    name: 'prose-in-order',
    re: /^(?:会|是)?\s*(?:从上往下|从上到下|从前往后|从前到后|按顺序|依次|逐条|逐个)\s*(?:匹配|执行|求值|检查|尝试|生效|处理|调用)/u,
    evidences: 'the order it is gone through',
    complete: true,
    strength: 'does',
    only: 'names',
    example: ['`routes` 从上往下匹配，第一条命中的生效。', 'routes'],
    lookAlike: '这些规则从上往下匹配，第一条命中的生效。',
  },
  {
    name: 'prose-processes',
    re: /^(?:主要|专门|只)?\s*(?:做|进行)[^，。；,;]{0,10}?(?:预处理|处理|检查|校验|过滤|打分|统计|转换|合并|对比|比较)/u,
    evidences: 'the processing it does',
    complete: true,
    strength: 'does',
    only: 'names',
    example: ['PreFilter 做预处理和提前检查。', 'PreFilter'],
    lookAlike: '我们做了一些检查。',
  },
  {
    name: 'prose-can-list',
    re: /^(?:可以|能|能够)\s*[\u4e00-\u9fff]{1,4}、[\u4e00-\u9fff]{1,4}/u,
    evidences: 'the things it can do, listed',
    strength: 'does',
    only: 'names',
    example: ['Permit 可以批准、拒绝或让 Pod 等待。', 'Permit'],
    lookAlike: 'kubelet 可以重启。',
  },
  // What running a command does (`kubectl cordon` 会把…, `kubectl logs` 读的是…): after a command only
  {
    name: 'command-effect',
    // rules35: also after 只是 / 只 (not 也: `` `kubeadm upgrade plan` 也会列出… `` is said in passing), a manner (`以树状显示`), and what an ecosystem CLI does (渲染, 安装, 注册, 扫描, 导入 …)
    // fp41: not a bare `显示` + what was seen (`` `kubectl get pods` 显示 Completed ``, `` `free -g` 显示还有 9G ``): the
    // output of one run, reported in an incident or a question — 7 false positives in 6 dev sets, no label; what a
    // command shows in general (`kubectl top 显示的内存是…`, `会显示…`) is read as before
    re: /^(?!\s*显示(?!的))(?:会|能|可以|能够|则|就|只是|只)?\s*(?:会)?\s*(?:直接|自动|一次|快速|默认就?|马上|立刻)?\s*(?:(?:从|以|根据)[^，。；,;]{1,20}?)?(?:(?:把|将)(?!\s*(?:它|它们|这些|那些|他们))|往|按|列出|打印|显示|输出|返回|回答|拉取|读取|复制|拷贝|拷|转发|创建|删除|驱逐|标记|注入|启动|进入|跟踪|查看|检查|生成|改写|替换|重启|切换|合并|比较|对比|签发|续签|模拟|计算|算出|渲染|安装|注册|扫描|导入|部署|卸载|迁移)/u,
    evidences: 'what running it does',
    strength: 'does',
    only: 'commands',
    example: ['`kubectl cordon node-1` 会把节点标成不可调度。', 'kubectl cordon'],
    lookAlike: '`kubectl get users` 会报错。',
  },
  {
    name: 'command-reads',
    re: /^(?:读|读取|拿|取|看|查|改|删|列)的(?:是|就是)/u,
    evidences: 'what it reads or changes',
    strength: 'does',
    only: 'commands',
    example: ['`kubectl logs` 读的是容器的标准输出。', 'kubectl logs'],
    lookAlike: '`kubectl get users` 报的是权限错误。',
  },
  {
    name: 'command-between',
    re: /^在[^，。；,;]{1,20}?之间\s*(?:拷|复制|传|同步|转发|搬)/u,
    evidences: 'what it moves between where',
    strength: 'does',
    only: 'commands',
    example: ['kubectl cp 在本机和容器之间拷文件。', 'kubectl cp'],
    lookAlike: '`kubectl get pods` 在两次执行之间没有变化。',
  },
  {
    name: 'command-means',
    re: /^(?:会)?(?:用|拿|通过|借助)[^，。；,;]{1,16}?(?:来)?(?:重新)?(?:签发|生成|创建|计算|比较|对比|合并|替换|渲染|做对比|做比较)/u,
    evidences: 'how it does its job',
    strength: 'does',
    only: 'commands',
    example: ['`kubeadm certs renew` 用现有的 CA 重新签发证书。', 'kubeadm certs renew'],
    lookAlike: '`kubectl get pods` 用起来很顺手。',
  },
  // What a named thing of the vocabulary is or does, in the loosest words (only: 'known')
  // rules46: not an ASCII colon glued to the next Latin word or digit, which is part of a name's written form
  // (a taint `node.kubernetes.io/not-ready:NoExecute`, `image:tag`, `host:port`), not a colon before what it is:
  // all 134 dev sets, known-colon so read 14 names, none a label (one writer's list, chapter and draft)
  {
    name: 'known-colon',
    re: /^(?:：|:(?![A-Za-z0-9]))/u,
    evidences: 'the explanation after a colon',
    strength: 'does',
    only: 'known',
    example: ['NodeRestriction：限制 kubelet 只能改自己节点上的对象。', 'NodeRestriction'],
    lookAlike: '注意：限制 kubelet 只能改自己节点上的对象。',
  },
  {
    name: 'known-pronoun',
    re: /^[^。；;，,]{0,8}[，,]\s*它/u,
    evidences: 'a remark, then what it does',
    complete: true,
    strength: 'does',
    only: 'known',
    example: ['LimitRanger 一般都开着，它给没写资源的容器补上默认值。', 'LimitRanger'],
    lookAlike: '我们一般都开着，它给没写资源的容器补上默认值。',
  },
  {
    name: 'known-does',
    re: /^(?:会|能|处理|拒绝|读取|保证|给|把|只|在[^，。；,;]{0,12}?(?:检查|时|阶段))/u,
    evidences: 'what it does',
    strength: 'does',
    only: 'known',
    example: ['PodSecurity 准入插件会按命名空间上的标签检查 Pod。', 'PodSecurity'],
    lookAlike: '这个插件会按命名空间上的标签检查 Pod。',
  },
  {
    name: 'prose-bold-colon',
    re: /^[:：]/u,
    evidences: 'a name set in bold mid-sentence, explained after a colon',
    strength: 'does',
    only: 'bold',
    example: ['副本数不够时走**弹性扩容**：先加节点再加副本。', '弹性扩容'],
    lookAlike: '副本数不够时走弹性扩容：先加节点再加副本。',
  },
];

/**
 * After a clause that introduced a name (`还有一个 nerdctl，`, `再配一个 LimitRange，`), the clause
 * `它…` may say what it can do (`它能…`, `它会…`): the introduction is the evidence, so modal
 * verbs count as predicates there too.
 */
export const INTRODUCED_CAPABILITY: ProsePredicate = {
  name: 'prose-capability',
  re: /^(?:会|能|能够|可以|尝试|试图)(?!被|不|更|比|很|有点|太|稍|越)/u,
  evidences: 'what the name just introduced can do',
  strength: 'does',
  example: ['再配一个 Gatekeeper，它会拒绝不合规的对象。', 'Gatekeeper'],
  lookAlike: '再配一个，它会更稳。',
};
