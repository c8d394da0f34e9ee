/**
 * rules41: Chinese words that open a clause in running text without naming a thing of the domain.
 * Prose rules read a short Chinese subject before 就是 / 是 / a gloss as a concept's name
 * (prose.ts `chineseSubjectOk`); these words are read as what they are in a sentence:
 *
 *   ACTION_WORDS    a bare verb of an operator's work (`恢复就是新建 PVC …`, `发现是 db 组件 DOWN`,
 *                   `回滚就是改 traffic`): the clause says how the action is done or what was found,
 *                   it does not define a concept (a longer name built on one, `服务发现`, `级联删除`,
 *                   is not the bare word and stays a name);
 *   POSITION_WORDS  a word of place or relation (`底层就是 Karpenter`, `背后是 …`, `后者是 …`): it
 *                   points at something the sentence names after it;
 *   SIDE_SUFFIXES   a noun and 侧 / 这边 (`网关侧（Spring Cloud Gateway）`, `客户端这边`): the side of
 *                   an exchange, whose gloss names the thing on that side, not another name of it.
 * Each table is matched against the whole subject; bold labels and headings are not read here.
 */
export const ACTION_WORDS: ReadonlySet<string> = new Set([
  '恢复', '发现', '回滚', '排查', '修复', '清理', '重启', '迁移', '部署', '发布', '上线', '下线', '验证', '观察', '检查', '处理', '解决', '测试',
]);

export const POSITION_WORDS: ReadonlySet<string> = new Set([
  '底层', '上层', '下层', '背后', '内部', '外部', '本身', '前者', '后者', '两者', '二者', '这边', '那边', '对面', '对端', '里头', '表面',
]);

export const SIDE_SUFFIXES: readonly string[] = ['侧', '这边', '那边', '一侧', '这一侧'];

/** True for a whole Chinese subject that is one of these words, or a noun with a side suffix. */
export function genericProseSubject(s: string): boolean {
  if (ACTION_WORDS.has(s) || POSITION_WORDS.has(s)) return true;
  return SIDE_SUFFIXES.some((x) => s.endsWith(x) && [...s].length > [...x].length && [...s].length <= [...x].length + 3);
}

/**
 * rules24: words every note about computing uses that name no concept of the note unless the chapter
 * sets them out as one (label-rules.ts `general-word`): English function words (`from`, `to`, `with` —
 * also keys of some APIs, which the field rules read as fields, never as terms), the formats and
 * protocols a manifest or a request is written in (YAML, JSON, HTTP, TCP, DNS), and the general words of
 * computing (API, CPU, Linux, URL). Compared without case (`yaml`, `Json`). A chapter that defines one
 * (a bold label opening its paragraph, a list item or table row led by it, a heading) still makes it a
 * term; a sentence that only says something of it (`API 是对外的接口`, `DNS（域名解析）`) does not.
 * (Enum values such as Delete or Retain are not here: a copula in prose makes them a labelled term
 * about as often as a false one on the design sets, 16 / 6 for prose-copula; docs/miner.md rules24.)
 */
export const GENERAL_WORDS: ReadonlySet<string> = new Set(
  [
    // English function words
    'from', 'to', 'with', 'without', 'into', 'onto', 'of', 'for', 'by', 'via', 'and', 'or', 'not', 'the', 'a', 'an', 'in', 'on', 'at', 'as',
    // formats
    'yaml', 'yml', 'json', 'xml', 'toml', 'ini', 'csv', 'html', 'markdown',
    // protocols and addresses
    'http', 'https', 'tcp', 'udp', 'ip', 'ipv4', 'ipv6', 'dns', 'ssh', 'ftp', 'url', 'uri',
    // general words of computing
    'api', 'cpu', 'gpu', 'ram', 'os', 'linux', 'windows', 'macos', 'cli', 'gui', 'ui', 'io', 'sql', 'rest',
  ],
);

/** True for a label that is one of GENERAL_WORDS (without case, colon or surrounding spaces). */
export function generalWord(label: string): boolean {
  return GENERAL_WORDS.has(label.normalize('NFKC').replace(/[:：]\s*$/u, '').trim().toLowerCase());
}
