/**
 * tables7: where a chapter sets out a tool's settings, and whether a name is one of them
 * (`node bench/miner-misses.mjs --settings`). Coarse, line-based, for measuring only:
 *   table-first      the name is the whole first cell of a table row, another cell explains in Chinese
 *   table-name-col   the whole of a cell under a header that names keys, values or names (KEY/VALUE/NAME headers)
 *   key-list         a list item opens on the name and a colon or dash (`- \`key\`：…`, `- **key**：…`)
 *   fence-key        a key of a fence that is no Kubernetes manifest (INI/TOML/YAML of a tool, a chart's
 *                    values), and the name is written outside fences too
 * The header of the table is sorted (`key`, `value`, `name`, `compare`, `command`, `other`), and the
 * name's spelling (`camel`, `snake`, `kebab`, `dotted`, `upper`, `Upper`, `lower`, `other`).
 */

const KEY_HEADER = /^(参数|参数名|字段|字段名|子字段|属性|配置项|配置|配置键|选项|设置项|设置|键|键名|变量|环境变量|注解|标签|key|keys|field|fields|parameter|parameters|param|option|options|setting|settings|annotation|label|variable|env)$/i;
const VALUE_HEADER = /^(级别|等级|值|取值|可选值|模式|策略|类型|种类|阶段|状态|方式|level|levels|value|values|mode|modes|policy|type|types|stage|phase|action|动作|行为)$/i;
const NAME_HEADER = /^(名称|名字|名词|术语|概念|组件|插件|工具|对象|资源|CRD|指标|函数|算子|接口|操作|模块|name|names|term|component|plugin|metric|metrics|function|operator|resource)$/i;
const COMPARE_HEADER = /^(对比|对比项|维度|比较|项目|特性|特点|方面|区别|)$/i;
const COMMAND_HEADER = /^(命令|指令|操作命令|command|commands|cmd|flag|flags|参数标志)$/i;

export function headerSort(h) {
  const w = h.normalize('NFKC').replace(/[`*]/g, '').replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim();
  if (KEY_HEADER.test(w)) return 'key';
  if (VALUE_HEADER.test(w)) return 'value';
  if (NAME_HEADER.test(w)) return 'name';
  if (COMMAND_HEADER.test(w)) return 'command';
  if (COMPARE_HEADER.test(w)) return 'compare';
  return 'other';
}

export function spelling(name) {
  const n = name.normalize('NFKC').trim();
  if (/[\u4e00-\u9fff]|\s/.test(n)) return 'other';
  if (/^[A-Za-z][\w-]*(?:\.[\w-]+)+$/.test(n)) return 'dotted';
  if (/^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/.test(n)) return 'camel';
  if (/^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(n)) return 'snake';
  if (/^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(n)) return 'kebab';
  if (/^[A-Z][A-Z0-9_]*$/.test(n)) return 'upper';
  if (/^[A-Z][A-Za-z0-9_]*$/.test(n)) return 'Upper';
  if (/^[a-z][a-z0-9]*$/.test(n)) return 'lower';
  return 'other';
}

const norm = (s) => s.normalize('NFKC').replace(/[`*]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
const splitRow = (line) => {
  const t = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return t.split(/(?<!\\)\|/).map((c) => c.trim());
};

/** The structure of a chapter: tables (header, rows), list items leading with a name, fences. */
export function settingsOf(text) {
  const lines = text.split('\n');
  const tables = [];
  const items = [];
  const fences = [];
  const prose = [];
  let fence = null;
  let cur = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const m = /^\s*(```+|~~~+)\s*([\w-]*)/.exec(line);
    if (m) {
      if (fence === null) { fence = { ch: m[1][0], lang: m[2].toLowerCase(), lines: [], at: i + 1 }; continue; }
      if (m[1][0] === fence.ch) { fences.push(fence); fence = null; continue; }
    }
    if (fence !== null) { fence.lines.push(line); continue; }
    prose.push(line);
    if (/^\s*\|/.test(line)) {
      const cells = splitRow(line);
      if (cur === null) cur = { header: cells, rows: [], at: i + 1 };
      else if (!cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '')) cur.rows.push(cells);
      continue;
    }
    if (cur) { tables.push(cur); cur = null; }
    const li = /^\s*(?:[-*+]|\d+[.)、])\s+(.*)$/.exec(line);
    if (li) {
      const lead = /^(?:\*\*)?`?([^`*：:，,（(]{1,60}?)`?(?:\*\*)?\s*(?:[（(][^）)]{0,40}[）)])?\s*(?:\*\*)?\s*(?:[:：]|\s[—–-]{1,2}\s|——)/u.exec(li[1]);
      if (lead) items.push({ name: lead[1].trim(), at: i + 1, line: line.trim() });
    }
  }
  if (cur) tables.push(cur);
  if (fence) fences.push(fence);
  for (const f of fences) {
    const body = f.lines.join('\n');
    f.manifest = /^\s*apiVersion\s*:/m.test(body) && /^\s*kind\s*:/m.test(body);
    f.keys = new Set();
    for (const l of f.lines) {
      let k = /^\s*(?:-\s+)?["']?([A-Za-z_][\w.\-/]*)["']?\s*[:=]/.exec(l);
      if (k) f.keys.add(norm(k[1]));
      k = /^\s*\[\[?([\w.\-]+)\]\]?\s*$/.exec(l);
      if (k) f.keys.add(norm(k[1]));
      // Fluent Bit / nginx style: `    Name   tail`, `Key value`
      k = /^\s+([A-Z][A-Za-z_]+|[a-z][a-z_]+)\s{2,}\S/.exec(l);
      if (k && ['ini', 'conf', 'fluent', 'text', 'nginx', ''].includes(f.lang)) f.keys.add(norm(k[1]));
    }
  }
  return { tables, items, fences, proseText: norm(prose.join('\n')) };
}

/** The settings shape of one name in a chapter (the first that holds), with the table's first header. */
export function settingShape(st, names) {
  const keys = names.map(norm).filter((k) => k.length >= 2);
  if (keys.length === 0) return { shape: 'none' };
  for (const t of st.tables) {
    const hs = t.header.map(headerSort);
    for (const row of t.rows) {
      for (const [k, cell] of row.entries()) {
        if (!keys.includes(norm(cell))) continue;
        const explained = row.some((c, j) => j !== k && /[\u4e00-\u9fff]{2,}/u.test(c));
        if (!explained) continue;
        if (k === 0) return { shape: 'table-first', header: hs[0], headerText: t.header[0], at: t.at };
        if (hs[k] === 'key' || hs[k] === 'value' || hs[k] === 'name') return { shape: 'table-name-col', header: hs[k], headerText: t.header[k], at: t.at };
      }
    }
  }
  for (const it of st.items) if (keys.includes(norm(it.name))) return { shape: 'key-list', at: it.at };
  for (const f of st.fences) {
    if (f.manifest) continue;
    if (keys.some((k) => f.keys.has(k) && st.proseText.includes(k))) return { shape: 'fence-key', lang: f.lang, at: f.at };
  }
  return { shape: 'none' };
}
