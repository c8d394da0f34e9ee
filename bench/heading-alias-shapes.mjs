#!/usr/bin/env node
/**
 * alias35 (docs/miner.md "alias35"): the shapes of miner/heading-shapes.ts `headingNotAName` over the
 * `heading-alias` rule's aliases, right kept / wrong removed, per shape:
 *   node bench/miner-aliases.mjs --rule heading-alias --dump F.json     (each chapter alone, dev sets)
 *   node bench/heading-alias-shapes.mjs F.json [--list]
 * Run on a dump made before the shapes were wired in (24e84696) it says what they remove; on a later one it
 * should remove nothing (the miner already asked them). The dump does not say which aliases are parts of a glossed
 * heading (`抢占（Preemption）`), which the miner does not ask the shapes of: those are counted here too (2 on the
 * dev sets). The chapters of dev39–dev44 are counted, never listed. (mend50: the section's text as the miner asks the
 * shapes with it, stages/mine.ts sectionText — its fenced code left out; before, the dump's raw lines.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const list = args.includes('--list');
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: node bench/heading-alias-shapes.mjs DUMP.json [--list] (DUMP from bench/miner-aliases.mjs --dump)');
  process.exit(2);
}
const rows = JSON.parse(readFileSync(file, 'utf8')).filter((r) => r.rule === undefined || r.rule === 'heading-alias');
const { headingNotAName, NOT_A_NAME_HEADINGS } = await import(path.join(ROOT, 'src/graph/miner/heading-shapes.ts'));
const total = { right: 0, wrong: 0, unjudged: 0 };
for (const r of rows) total[r.verdict]++;
const byShape = new Map(NOT_A_NAME_HEADINGS.map((s) => [s.name, { right: 0, wrong: 0, unjudged: 0, sets: new Set() }]));
/** The section's lines without their fenced code (the miner reads the section's text without its code blocks). */
const withoutFences = (body) => body.replace(/^ {0,3}(```|~~~)[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gmu, '');
for (const r of rows) {
  const shape = headingNotAName(r.alias, r.names, withoutFences(r.body));
  if (shape === undefined) continue;
  const s = byShape.get(shape);
  s[r.verdict]++;
  s.sets.add(r.set);
  if (list && !/^dev(39|4[0-4])$/.test(r.set)) console.log([shape, r.verdict, r.set, r.at, r.title, '←', r.alias, r.otherLabel ? `(= label ${r.otherLabel})` : ''].join('\t'));
}
console.log(`\nheading-alias aliases: ${total.right} right, ${total.wrong} wrong, ${total.unjudged} unjudged (${rows.length})`);
console.log('shape\tright removed\twrong removed\tunjudged removed\tsets');
const kept = { ...total };
for (const [name, s] of byShape) {
  console.log([name, s.right, s.wrong, s.unjudged, s.sets.size].join('\t'));
  kept.right -= s.right;
  kept.wrong -= s.wrong;
  kept.unjudged -= s.unjudged;
}
console.log(`left: ${kept.right} right, ${kept.wrong} wrong, ${kept.unjudged} unjudged`);
