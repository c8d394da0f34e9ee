/**
 * neg26: a sentence saying a name is WRONG where it is written — a field written under the wrong parent,
 * a field a kind does not have, a misspelling the API rejected. What an expert takes from it: the right
 * name is the concept; the wrong one is at most a mistake the note warns about, never a field at the
 * place the sentence puts it (it may be a real field elsewhere, explained there: `configMapKeyRef` is
 * `valueFrom`'s, not `envFrom`'s). A candidate whose own sentence names it as the wrong one makes no
 * concept from that sentence (stages/mine.ts, rule `corrected-name`); its other candidates are judged as
 * ever.
 *
 * Each shape captures the wrong name (`wrong`) and, where the sentence gives it, the right one
 * (`right`). Shapes are narrow on purpose: `写成 X` alone is as often a value written on purpose
 * (`写成 \`podSelector: {}\` 表示…`, `写成 false`), `A 而不是 B` as often a contrast of two real
 * things (`用 preferred 而不是 required`); they count only with a word that says the name itself is
 * wrong (unknown field, 字段名, 是错的). Counted on the dev sets before choosing (docs/miner.md "neg26").
 */
export interface CorrectionShape {
  name: string;
  re: RegExp;
  /** A sentence with the shape, and the wrong name it must find. */
  example: readonly [string, string];
  /** A sentence that looks like it and says no name is wrong. */
  lookAlike: string;
}

/** A name as written in a correction: Latin, a code span or not, a path, a flag. */
const N = (group: string) => String.raw`\x60?(?<${group}>-{0,2}[A-Za-z][\w.\-/\[\]]*)\x60?`;
/** A word saying what sort of name it is: a field (not `key` or 参数 alone: `merge key 信息`, a flag's 参数). */
const FIELD_WORD = String.raw`(?:字段|属性|field)(?![A-Za-z])`;

export const CORRECTION_SHAPES: readonly CorrectionShape[] = [
  {
    // fix27: `envFrom 下面不能用 configMapKeyRef`: a key under a parent that does not take it
    name: 'not-allowed-under',
    re: new RegExp(String.raw`${N('parent')}\s*(?:下面|下|里面|里|中)\s*(?:是\s*)?(?:不能|不可以|不允许|没法|无法)\s*(?:用|写|放|出现)\s*${N('wrong')}(?:[^，。；]{0,12}[，,]\s*(?:应该|要|得|正确的是|正确写法是)\s*(?:用|写成?|改成|是)\s*${N('right')})?`, 'u'),
    example: ['第一次写的时候 apply 报错了，envFrom 下面不能用 configMapKeyRef：', 'configMapKeyRef'],
    lookAlike: '改了 immutable 的 ConfigMap 之后，不能用 kubectl edit 再改它。',
  },
  {
    // `envFrom 下面写 configMapKeyRef 是错的，应该用 configMapRef`
    name: 'is-wrong',
    re: new RegExp(String.raw`${N('wrong')}\s*(?:(?:也|都|就|其实|完全)\s*)?是错(?:的|误的)(?:[，,]\s*(?:应该|要|得|正确的是)\s*(?:用|写成?|改成|是)\s*${N('right')})?`, 'u'),
    example: ['envFrom 下面写 configMapKeyRef 是错的，应该用 configMapRef。', 'configMapKeyRef'],
    lookAlike: '我一直以为 K8s 会先摘流量再发信号，是错的。',
  },
  {
    // `不要写成 period`, `千万别写成 initialDelay`
    name: 'dont-write-as',
    re: new RegExp(String.raw`(?:不要|别|不能|千万别|千万不要|不可以)\s*(?:把[^，。；]{1,16})?写(?:成|作)\s*${N('wrong')}`, 'u'),
    example: ['不要写成 period，那个字段不存在。', 'period'],
    lookAlike: '内存单位注意别写成小写 `m`。',
  },
  {
    // `initialDelay 不是 livenessProbe 的字段`, `containerPort 不是 Service 的字段`
    name: 'not-a-field-of',
    re: new RegExp(String.raw`${N('wrong')}\s*(?:并|根本|也|可)?\s*不是\s*[^，。；,;（()）]{1,24}?(?:的|里的|上的|下面的|下的)\s*${FIELD_WORD}`, 'u'),
    example: ['initialDelay 不是 livenessProbe 的字段，要写全称 initialDelaySeconds。', 'initialDelay'],
    lookAlike: '它是 kube-controller-manager 的启动参数，不是 HPA 对象上的字段。',
  },
  {
    // `DaemonSet 没有 replicas 字段`, `Service 里没有 hostPort 这个字段`
    name: 'has-no-field',
    re: new RegExp(String.raw`(?:没有|不存在|并没有|根本没有)\s*${N('wrong')}\s*(?:这个|这一|这种)?\s*${FIELD_WORD}`, 'u'),
    example: ['注意 DaemonSet 没有 `replicas` 字段，副本数由节点数决定。', 'replicas'],
    lookAlike: '没有 requests 的容器，调度器按 0 算。',
  },
  {
    // `一开始写成 \`resources:\`，apply 直接报 unknown field`, `我写成 pubsubName，apply 时报 unknown field`
    name: 'rejected-spelling',
    re: new RegExp(String.raw`写(?:成|作)了?\s*${N('wrong')}[^。；;]{0,40}?(?:unknown field|字段不存在|没有这个字段|不认识的字段|不认这个字段)`, 'iu'),
    example: ['踩坑：一开始写成 `resources:`，`kubectl apply` 直接报 unknown field。', 'resources'],
    lookAlike: '`value` 是字符串，写成 `value: 2` 会被 webhook 报类型错误。',
  },
  {
    // `常见错误：在 ports 下面写 hostPort。`: a mistake the writer names as such, and the name it writes
    name: 'named-mistake',
    re: new RegExp(String.raw`(?:常见错误|常见的错误|错误写法|错误的写法|错误示范|错误示例|错误用法)\s*[:：]\s*[^。；;]{0,30}?(?<!忘了?|忘记|没有?|少|漏)写(?:了|成|作)?\s*${N('wrong')}`, 'u'),
    example: ['常见错误：在 ports 下面写 hostPort。', 'hostPort'],
    lookAlike: '常见错误：忘了写 selector 的 Service 没有 Endpoints。',
  },
  {
    // `字段名是 \`secretName\` 而不是 \`name\``
    name: 'field-name-instead',
    re: new RegExp(String.raw`${FIELD_WORD}(?:名|名字)?\s*(?:是|叫|用|写)\s*${N('right')}\s*而不是\s*${N('wrong')}`, 'u'),
    example: ['和 configMap 卷差不多，字段名是 `secretName` 而不是 `name`。', 'name'],
    lookAlike: '用 preferred 而不是 required，Spot 不够时 Pod 还能落到按需节点。',
  },
];

/** The sentences of a line (up to 。！？；). */
function sentences(line: string): string[] {
  return line.split(/(?<=[。！？；!?;])/u).filter((s) => s.trim() !== '');
}

/** A name as compared: case kept (`pubsubName` written for `pubsubname` is the wrong spelling of the right name: only the exact spelling is the wrong one). */
const key = (name: string) => name.normalize('NFKC').replace(/^[`*\s]+|[`*\s:：]+$/gu, '').replace(/^-+/, '');

/**
 * The correction shape by which `text` (a line of the note) says `name` is the wrong name where it is
 * written, or undefined. Only a sentence that writes the name as the wrong one counts.
 */
export function correctedName(text: string, name: string): CorrectionShape['name'] | undefined {
  const want = key(name);
  if (want === '') return undefined;
  for (const s of sentences(text.normalize('NFKC'))) {
    for (const shape of CORRECTION_SHAPES) {
      const m = shape.re.exec(s);
      if (m?.groups?.wrong !== undefined && key(m.groups.wrong) === want) return shape.name;
    }
  }
  return undefined;
}

/** The right name a correction sentence gives for `name` (`…是错的，应该用 configMapRef`), if any (for `--explain`). */
export function rightNameFor(text: string, name: string): string | undefined {
  const want = key(name);
  for (const s of sentences(text.normalize('NFKC'))) {
    for (const shape of CORRECTION_SHAPES) {
      const m = shape.re.exec(s);
      if (m?.groups?.wrong !== undefined && key(m.groups.wrong) === want && m.groups.right) return m.groups.right.replace(/^`|`$/g, '');
    }
  }
  return undefined;
}
