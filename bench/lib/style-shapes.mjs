/**
 * Writing styles of a chapter and the shapes they put names in (docs/miner.md, "steps27"). Pure
 * parts of bench/style-shapes.mjs, tested in tests/unit/graph/miner-steps27.test.ts. Read a line
 * at a time, not parsed: the counts say where to look, they are not a rule of the miner.
 *
 * Styles (`chapterStyles`), any number per chapter:
 *   diary    two or more day headings (`## 第 2 天`, `## Day 3`, `## 3 月 4 日`, `## 2024-03-04`, `### 16:25`,
 *            `## 坑 3：`, `## 周三 …`), or a file name saying so (日记, diary, 复盘)
 *   outline  four or more numbered headings (`## 一、`, `### 2.3 `, `## 1. `, `# 第一章`)
 *   steps    two or more numbered list items or step headings (`### 步骤 3`, `## 第一步：`) followed
 *            within four lines by a fence that runs a command (`kubectl`, `helm` …)
 *
 * Shapes (`styleShapes`), each a name in a place, reported as [shape, name, line]:
 *   S1 out-token:WHERE:VOCAB        a capitalised token in a command-output fence (STATUS, REASON
 *                                   columns: `CrashLoopBackOff`, `Evicted`) and where the prose names
 *                                   it: after-explained (right after the fence, before the next
 *                                   heading, followed by 是 / 表示 / ：…), after-named, elsewhere,
 *                                   fence-only; VOCAB api when an enum value of the API
 *   S2 numbered-head:SPELL          a numbered heading's words (numbering off), by spelling;
 *      plain-head:SPELL             the same for a heading without numbering (the control)
 *   S3 concl:subject|code|bold      a diary's conclusion line (原来 / 结论： / 根因 / 才知道 …): the name
 *                                   right after 原来…, its code spans, its bold spans
 *   S4 patch-key:in-prose|fence-only a key a `kubectl patch` JSON sets, named again in the prose or not
 *   S5 step-kind                    a kind named in a numbered step or step heading that creates or
 *                                   writes something (创建, 写, apply, 部署 …)
 *   S6 item|row:WHERE:SPELL         a list item opening with a code or bold name and a colon, or a
 *                                   table row's first cell; WHERE: in-output (a command-output fence
 *                                   of the chapter shows it), in-yaml, no-fence
 *   S7 dayhead:SPELL                a Latin word in a diary's day heading, after the date
 */

const FENCE = /^\s*(```|~~~)\s*([\w+-]*)/;
const DATA_LANG = /^(ya?ml|json|go|python|toml|ini|dockerfile|hcl|promql|sql|js|ts|rego|cue|lua)$/i;
/** Numbering before a heading's words. */
export const HEADING_NUMBER = /^(?:[一二三四五六七八九十]+、|\d+(?:\.\d+)*[.、]?\s+|第\s*[0-9一二三四五六七八九十]+\s*[章节部分讲]\s*)/u;
/** A diary's day before a heading's words (a date, a day, a time, a pitfall's number). */
export const DAY_LEAD = /^(?:Day\s*\d+|第\s*[0-9一二三四五六七八九十]+\s*天|\d{4}-\d{2}-\d{2}|\d+\s*月\s*\d+\s*日|\d+\/\d+|周[一二三四五六日]|坑\s*\d+|\d{1,2}:\d{2})/iu;
/** A numbered step: a list item or a step heading. */
const STEP = /^\s*(\d+[.)、]\s|#{2,4}\s*(步骤\s*[0-9一二三四五六七八九十]+|第\s*[0-9一二三四五六七八九十]+\s*步|Step\s*\d+))/iu;
const SHELL_LINE = /^\s*(\$ |#\s*)?(kubectl|helm|etcdctl|kubeadm|crictl|systemctl|curl|docker|velero|istioctl|flux|argocd|kustomize|ceph|rbd)\b/;
const COMMAND_LINE = /^\s*(kubectl|helm|crictl|etcdctl|docker|curl|sudo|systemctl|journalctl|cat|echo|export|ceph|rbd|k)\b/;
const EXPLAINING = /^\s*[`*]*\s*(是|表示|说明|意思|就是|即|指|代表|的意思|：|:|——|=)/u;
const CONCLUSION = /(原来|结论[：:]|根因[：:]?|根本原因|真正原因|罪魁祸首|问题出在|才知道|才明白|搞明白|教训[：:])/u;
const CREATES = /创建|新建|建一个|写一个|写个|apply|部署|加一个|配置/u;

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordRe = (name) => new RegExp(`(?<![\\w/-])${escape(name)}(?![\\w/-])`);

/** The chapter's lines split into prose (outside fences) and fences. */
export function splitFences(text) {
  const lines = text.split('\n');
  const prose = [];
  const fences = [];
  let cur;
  for (let i = 0; i < lines.length; i++) {
    const m = FENCE.exec(lines[i]);
    if (m) {
      if (!cur) cur = { start: i, lang: m[2], body: [] };
      else {
        cur.end = i;
        fences.push(cur);
        cur = undefined;
      }
      continue;
    }
    if (cur) cur.body.push(lines[i]);
    else prose.push([i, lines[i]]);
  }
  return { lines, prose, fences };
}

/** A fence that shows what a command printed (not YAML, JSON or code; a language-less fence of `key: value` lines is YAML). */
export function isOutputFence(f) {
  if (DATA_LANG.test(f.lang)) return false;
  const yamlish = f.body.some((l) => /^\s*[a-zA-Z_-]+:\s/.test(l));
  const commandish = f.body.some((l) => /^\s*(\$ |kubectl |NAME\s)/.test(l));
  return !(yamlish && !commandish);
}

/** The lines of an output fence that are output, not the command typed. */
export function outputLines(f) {
  return f.body.filter((l) => !/^\s*(\$|>)\s/.test(l) && !COMMAND_LINE.test(l));
}

/** Capitalised tokens of output lines (`Running`, `CrashLoopBackOff`, `OOMKilled`), four letters or more. */
export function outputTokens(f) {
  const toks = new Set();
  for (const l of outputLines(f)) {
    for (const m of l.matchAll(/(?<![\w./-])([A-Z][a-z]+(?:[A-Z][A-Za-z]*)*|[A-Z]{2,}[a-z][A-Za-z]*)(?![\w/-])/g)) {
      if (m[1].length >= 4) toks.add(m[1]);
    }
  }
  return [...toks];
}

/** A heading's words by spelling: latin1, latinN, zh-short (≤ 6), zh-long, mixed, punct (a colon, a question, a list). */
export function headingSpelling(rest) {
  if (/[：:？?、/，,（(]|与|和|以及|vs/iu.test(rest)) return 'punct';
  const lat = /[A-Za-z]/.test(rest);
  const cjk = /[\u4e00-\u9fff]/u.test(rest);
  if (lat && !cjk) return /\s/.test(rest.trim()) ? 'latinN' : 'latin1';
  if (cjk && !lat) return [...rest].length <= 6 ? 'zh-short' : 'zh-long';
  return 'mixed';
}

/** Spelling of a Latin word in a day heading. */
export function wordSpelling(t, isKind) {
  if (isKind(t)) return 'kind';
  if (/^[A-Z][a-z]+([A-Z][A-Za-z]*)+$|^[A-Z]{2,}[a-z][A-Za-z]*$/.test(t)) return 'Camel';
  if (/^[A-Z][a-z]+$/.test(t)) return 'Capital';
  if (/^[A-Z0-9]+$/.test(t)) return 'ACRO';
  if (/^[a-z]+[A-Z]/.test(t)) return 'camel';
  return 'lower';
}

/** The styles of a chapter (see the file comment). */
export function chapterStyles(text, file = '') {
  const { lines, prose } = splitFences(text);
  const heads = prose.map(([, l]) => /^#{1,6}\s+(.*)$/.exec(l)?.[1]).filter((h) => h !== undefined);
  let steps = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!prose.some(([j]) => j === i) || !STEP.test(lines[i])) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 5); j++) {
      if (FENCE.test(lines[j])) {
        let k = j + 1;
        let shell = false;
        while (k < lines.length && !FENCE.test(lines[k])) {
          if (SHELL_LINE.test(lines[k])) shell = true;
          k++;
        }
        if (shell) steps++;
        break;
      }
      if (/^\s*\d+[.)、]\s+/.test(lines[j]) || /^#/.test(lines[j])) break;
    }
  }
  const days = heads.filter((h) => DAY_LEAD.test(h)).length;
  const numbered = heads.filter((h) => HEADING_NUMBER.test(h)).length;
  const out = [];
  if (days >= 2 || /日记|diary|复盘/iu.test(file)) out.push('diary');
  if (numbered >= 4) out.push('outline');
  if (steps >= 2) out.push('steps');
  return out;
}

/**
 * Every shape instance of a chapter: [shape, name, line]. `vocab` gives `isEnumValue(name)` and
 * `kindNamed(name)` (src/graph/vocabulary), passed in to keep this file free of the miner.
 */
export function styleShapes(text, vocab) {
  const out = [];
  const add = (shape, name, line) => out.push([shape, name, line]);
  const { prose, fences } = splitFences(text);
  const headingAt = prose.filter(([, l]) => /^#{1,6}\s/.test(l)).map(([i]) => i);
  const outFences = fences.filter(isOutputFence);
  // S1
  for (const f of outFences) {
    const after = prose.filter(([i]) => i > f.end && i < (headingAt.find((h) => h > f.end) ?? Infinity));
    for (const t of outputTokens(f)) {
      const re = new RegExp(`(?<![A-Za-z])${t}(?![A-Za-z])`);
      const named = prose.filter(([, l]) => re.test(l));
      const known = vocab.isEnumValue(t) ? 'api' : 'other';
      if (named.length === 0) {
        add(`S1 out-token:fence-only:${known}`, t, f.body.find((l) => l.includes(t)) ?? '');
        continue;
      }
      const near = after.filter(([, l]) => re.test(l));
      const explained = near.find(([, l]) => EXPLAINING.test(l.slice(l.search(re) + t.length)));
      if (explained) add(`S1 out-token:after-explained:${known}`, t, explained[1]);
      else if (near.length) add(`S1 out-token:after-named:${known}`, t, near[0][1]);
      else add(`S1 out-token:elsewhere:${known}`, t, named[0][1]);
    }
  }
  // S2
  for (const [, l] of prose) {
    const h = /^(#{2,4})\s+(.*?)\s*#*\s*$/.exec(l);
    if (!h) continue;
    const n = HEADING_NUMBER.exec(h[2]);
    const rest = (n ? h[2].slice(n[0].length) : h[2]).replace(/[`*]/g, '').trim();
    if (!rest || DAY_LEAD.test(rest)) continue;
    add(`S2 ${n ? 'numbered' : 'plain'}-head:${headingSpelling(rest)}`, rest, l);
  }
  // S3
  for (const [, l] of prose) {
    if (/^#/.test(l)) continue;
    const m = CONCLUSION.exec(l);
    if (!m) continue;
    const tail = l.slice(m.index);
    const first = /^(?:原来|才知道|才明白|搞明白)[，, ]*(?:是)?\s*[`*]*([A-Za-z][\w./:-]*(?: [A-Z][\w-]*)?|[\u4e00-\u9fff]{2,6}(?=是|就是|指))/u.exec(tail);
    if (first) add('S3 concl:subject', first[1], l);
    for (const c of tail.matchAll(/`([^`]+)`/g)) add('S3 concl:code', c[1], l);
    for (const c of tail.matchAll(/\*\*([^*]+)\*\*/g)) add('S3 concl:bold', c[1].replace(/[：:]$/u, ''), l);
  }
  // S4
  const commands = [...fences.flatMap((f) => f.body), ...prose.flatMap(([, l]) => [...l.matchAll(/`([^`]+)`/g)].map((m) => m[1]))];
  for (const c of commands) {
    if (!/kubectl\s+patch|-p\s*'|--patch/.test(c)) continue;
    for (const m of c.matchAll(/"([A-Za-z][\w-]*)"\s*:/g)) {
      if (['spec', 'metadata', 'status', 'op', 'path', 'value', 'template', 'name'].includes(m[1])) continue;
      const p = prose.find(([, l]) => wordRe(m[1]).test(l));
      add(`S4 patch-key:${p ? 'in-prose' : 'fence-only'}`, m[1], p?.[1] ?? c);
    }
  }
  // S5
  for (const [, l] of prose) {
    if (!STEP.test(l) || !CREATES.test(l)) continue;
    for (const m of l.matchAll(/(?<![\w-])([A-Z][A-Za-z]+)(?![\w-])/g)) if (vocab.kindNamed(m[1])) add('S5 step-kind', m[1], l);
  }
  // S6
  const outText = outFences.flatMap(outputLines).join('\n');
  const yamlText = fences.filter((f) => !isOutputFence(f) || /^ya?ml$/i.test(f.lang)).flatMap((f) => f.body).join('\n');
  for (const [, l] of prose) {
    const m = /^\s*(?:[-*+]|\d+[.)])\s+(?:`([^`]+)`|\*\*`?([^*`]+?)`?\*\*)\s*[：:—–-]/u.exec(l) ?? /^\|\s*`?([A-Za-z][\w+.:-]*)`?\s*\|(?!\s*-)/.exec(l);
    if (!m) continue;
    const name = (m[1] ?? m[2]).replace(/[：:]$/u, '').trim();
    if (!/^[A-Za-z][\w+.:/-]*$/.test(name)) continue;
    const re = wordRe(name);
    const where = re.test(outText) ? 'in-output' : re.test(yamlText) ? 'in-yaml' : 'no-fence';
    const spell = /^[A-Z][a-z]+([A-Z][A-Za-z]*)*$/.test(name) ? 'Pascal' : /^[a-z][a-z0-9]*$/.test(name) ? 'lower' : 'other';
    add(`S6 ${l.startsWith('|') ? 'row' : 'item'}:${where}:${spell}`, name, l);
  }
  // S7
  for (const [, l] of prose) {
    const h = /^#{2,4}\s+(.*)$/.exec(l);
    const d = h && DAY_LEAD.exec(h[1]);
    if (!d) continue;
    for (const m of h[1].slice(d[0].length).matchAll(/(?<![\w./-])([A-Za-z][\w./-]*[A-Za-z0-9])(?![\w/-])/g)) {
      const t = m[1];
      add(`S7 dayhead:${wordSpelling(t, vocab.kindNamed)}${vocab.isEnumValue(t) ? ':api-value' : ''}`, t, l);
    }
  }
  return out;
}

/**
 * Tallies shape instances against a chapter's labels, once per chapter and name: found / missed
 * (a label; missed when `isMissed(labelName)`) / other (no label; `mined` when `isMined(name)`).
 */
export function tallyShapes(tally, instances, { labels, normKey, isMissed, isMined, set, chapter = '' }) {
  const list = (v) => (v == null ? [] : Array.isArray(v) ? v : [v]).map(String);
  const namesOf = (l) => [l.name, ...list(l.also), l.fieldPath, l.fieldPath?.split('.').pop().replace(/\[\]$/, '')].filter(Boolean);
  for (const [shape, name, line] of instances) {
    const k = normKey(name);
    if (!k) continue;
    const label = labels.find((l) => namesOf(l).some((n) => normKey(n) === k));
    const t = tally.get(shape) ?? { found: 0, missed: 0, other: 0, mined: 0, sets: new Set(), seen: new Set(), lines: [] };
    const once = `${set}\u0000${chapter}\u0000${label ? normKey(label.name) : k}`;
    if (t.seen.has(once)) continue;
    t.seen.add(once);
    let what;
    if (label) what = isMissed(label.name) ? 'missed' : 'found';
    else {
      what = 'other';
      if (isMined(name)) t.mined++;
    }
    t[what]++;
    t.sets.add(set);
    t.lines.push({ what, set, chapter, name, line });
    tally.set(shape, t);
  }
  return tally;
}
