#!/usr/bin/env node
/**
 * subject29: names followed by a bracketed aside (`X（比如 …）`, `X（默认 …）`, `X (e.g. …)`) over every dev set:
 * labels against other names, by the aside's opening word (rules2's aside words, field-clauses.ts, and more).
 *   node bench/aside-words.mjs [--lines CLASS|all] [--pairs FILE]   (--pairs: every (set, chapter, name, class, only, label) as JSON)
 * A name: a code span or a Latin-script token (letters, digits, . _ - /) right before the opening bracket,
 * in running text (fenced code left out). Label: the chapter's labels.yaml has it (name or `also`,
 * case and backticks ignored). Counted once per (chapter, name, aside word); `only` = every running-text
 * occurrence of that name in the chapter is followed by an aside of the same class.
 */
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const CORPUS = path.join(ROOT, 'tests/corpus/miner');
const args = process.argv.slice(2);
const show = args.includes('--lines') ? args[args.indexOf('--lines') + 1] : undefined;
const pairsOut = args.includes('--pairs') ? args[args.indexOf('--pairs') + 1] : undefined;
const pairs = [];
const sets = readdirSync(CORPUS).filter((d) => /^dev\d*$/.test(d)).sort((a, b) => (+a.slice(3) || 0) - (+b.slice(3) || 0));

/** The aside's class by its opening word (data; the first that matches). */
export const ASIDE_CLASSES = [
  ['example', /^(?:比如|例如|譬如|举例|举个例子|如[:：]?\s|像|e\.g\.?|eg[.,:]?\s|for example|such as|示例|例[:：])/iu],
  ['default', /^(?:默认|缺省|default)/iu],
  ['unit', /^(?:单位|unit)/iu],
  ['that-is', /^(?:即|也就是|也叫|又叫|又称|简称|全称|i\.e\.?|aka)/iu],
  ['note', /^(?:注|注意|可选|必填|必须|需要|可以|不|通常|一般|建议|推荐|见|参考|详见|see|optional|required|只|仅|如果|当)/iu],
  ['version', /^(?:v?\d+\.\d+|k8s\s*\d|kubernetes\s*\d|[≥>]=?\s*\d|自\s*v?\d|从\s*v?\d)/iu],
  ['value', /^[`"'\d]/u],
  ['chinese', /^[\u4e00-\u9fff]/u],
  ['latin', /^[A-Za-z]/u],
];
const classOf = (inner) => ASIDE_CLASSES.find(([, re]) => re.test(inner.trim()))?.[0] ?? 'other';
const norm = (s) => String(s).replace(/[`*]/g, '').trim().toLowerCase();

const NAME_ASIDE = /(`[^`\n]+`|[A-Za-z][\w.\-/]*[A-Za-z0-9_])\s?([（(])([^（）()\n]{1,60})[）)]/gu;
const stats = new Map();
const bump = (k, label, only) => {
  const s = stats.get(k) ?? { label: 0, other: 0, labelOnly: 0, otherOnly: 0, sets: new Set() };
  if (label) s.label++; else s.other++;
  if (only && label) s.labelOnly++; else if (only) s.otherOnly++;
  stats.set(k, s);
  return s;
};
for (const set of sets) {
  const dir = path.join(CORPUS, set);
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.md') && !f.endsWith('.labels.md'))) {
    const lf = path.join(dir, f.replace(/\.md$/, '.labels.yaml'));
    if (!existsSync(lf)) continue;
    const doc = yaml.load(readFileSync(lf, 'utf8')) ?? {};
    const labels = new Set();
    for (const c of doc.concepts ?? []) {
      labels.add(norm(c.name));
      for (const a of c.also ?? []) labels.add(norm(a));
      if (c.fieldPath) labels.add(norm(c.fieldPath));
    }
    let text = readFileSync(path.join(dir, f), 'utf8');
    text = text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gmu, '');
    const seen = new Map();
    for (const m of text.matchAll(NAME_ASIDE)) {
      const name = norm(m[1]);
      if (name.length < 2) continue;
      const cls = classOf(m[3]);
      const key = `${name}\u0000${cls}`;
      if (!seen.has(key)) seen.set(key, { name, cls, line: m[0], n: 0 });
      seen.get(key).n++;
    }
    for (const { name, cls, line, n } of seen.values()) {
      // occurrences of the name in running text (word-bounded, case-insensitive)
      const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const all = [...text.matchAll(new RegExp(`(?<![\\w.\\-/])${esc}(?![\\w\\-/]|\\.[A-Za-z])`, 'giu'))].length;
      const only = all <= n;
      const label = labels.has(name);
      bump(cls, label, only).sets.add(set);
      pairs.push({ set, chapter: f, name, cls, only, label });
      if (show && (show === cls || show === 'all')) console.log(`${label ? 'L' : '-'}${only ? ' only' : '     '} ${set}/${f}: ${line}`);
    }
  }
}
console.log(`${sets.length} dev sets; (chapter, name, aside class) pairs`);
console.log('| aside | labels / other names (share labels) | only-aside occurrences: labels / other | sets |');
console.log('| --- | --- | --- | ---: |');
for (const [cls] of [...ASIDE_CLASSES, ['other']]) {
  const s = stats.get(cls);
  if (!s) continue;
  console.log(`| ${cls} | ${s.label} / ${s.other} (${(s.label / (s.label + s.other)).toFixed(3)}) | ${s.labelOnly} / ${s.otherOnly} | ${s.sets.size} |`);
}
if (pairsOut) writeFileSync(pairsOut, JSON.stringify(pairs));
