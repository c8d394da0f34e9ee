/**
 * fp41 (issue 12 item 4): a chapter titled as a **record** — a diary, a log of an incident, a checklist,
 * a runbook, a team wiki page (`# 调试日记：XDB 的 webhook 三连`, `# 多租户集群上线日记`, `# 新租户上线
 * checklist`, `# 可用区故障演练 Runbook`, `# 团队 Wiki：nightly build 迁到 CronJob 的 Q&A`) — tells what
 * was done or must be done, not a field of Kubernetes: what is left of the title once the genre word is
 * gone (`调试`, `多租户集群上线`, `新租户上线（checklist）`, `团队（Wiki）`, a subtitle's `OOM`) is an event
 * or a task, and the labels give such a chapter no topic. Over all 122 dev sets the title's topic in
 * such a title was a false positive or a duplicate 17 times in 13 writers' sets and a label twice (docs/miner.md "fp41").
 * A title phrase naming a broad area (`排错日记：容器网络` → 网络, stages/mine.ts `areaOf`) keeps its topic,
 * and the kinds a record's title names (`ConfigMap 热更新踩坑日记`) are read as before: only the topic
 * made of the title's words is left out. Rules are data: the genre words below.
 */
export const RECORD_TITLE = {
  name: 'title-record',
  why: 'a title that calls the chapter a record (diary, incident log, checklist, runbook, wiki page): what it names is an event or a task, no topic',
  /**
   * Genre words that end a record's title or the lead before its colon. `日志` only after a word of
   * incident work (`排障日志`): alone it is the area of logs (`容器日志`).
   */
  genre: /(?:日记|手记|清单|(?:排障|排错|排查|值班|运维|调试|故障|踩坑)日志|check\s*-?\s*list|run\s*-?\s*book|play\s*-?\s*book|wiki)$/iu,
} as const;

const TRAILING_PAREN = /\s*[（(][^（）()]*[）)]\s*$/u;

/**
 * Whether a chapter title (as written) calls the chapter a record: the lead before its first colon,
 * else the whole title, ends on a RECORD_TITLE genre word (a trailing bracket and a draft's mark left
 * out: `# 集群安全加固清单（整改记录）`). A genre word elsewhere (`# 06 韧性设计：…，外加一份故障注入日记`)
 * does not: the lead names the subject there.
 */
export function isRecordTitle(title: string): boolean {
  let t = title.normalize('NFKC').replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 3 && TRAILING_PAREN.test(t); i++) t = t.replace(TRAILING_PAREN, '').trim();
  const colon = /^(.+?)\s*[:：]\s*(.+)$/u.exec(t);
  const lead = (colon ? colon[1]! : t).trim();
  return RECORD_TITLE.genre.test(lead);
}
