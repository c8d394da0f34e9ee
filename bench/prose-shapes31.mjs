#!/usr/bin/env node
/**
 * fix31b: the running-prose shapes of the names a CSDN / 掘金 writer's chapters explain in passing
 * (qa49: subPath, envFrom, progressDeadlineSeconds, restartPolicy, ReplicaSet), counted over every
 * development set before any rule is built (docs/miner.md "fix31b"). rules30's shapes (a field then an
 * explaining verb, `这个` and its sort, a field on an answer line, table rows) are bench/field-shapes.mjs's
 * and are not repeated here.
 *
 *   node bench/prose-shapes31.mjs --misses MISSES.json [dir …] [--lines SHAPE]
 *
 * MISSES.json is `node bench/miner-misses.mjs --json` over the same sets (each chapter alone). For each
 * shape: found / missed / no label's (a name no label of that chapter has: its name, `also:`, field path or
 * the path's last segment), one count per chapter and name; and the sets it occurs in. Line-based; fences
 * left out. For measuring only: nothing here is read by the miner.
 *
 *   zh-name-then-name      a Chinese name right before a Latin name, then a verb (`Pod 的重启策略 restartPolicy 会影响…`)
 *   set-name-clause        a verb of setting, a Latin name, a comma and a clause about it (`设置 progressDeadlineSeconds，超过…`)
 *   name-head-label        a list item or paragraph opened by a Latin name, a Chinese head word and a colon (`- subPath 挂载：…`)
 *   object-then-subject    a name ending one clause and opening the next (`Deployment 管理 ReplicaSet，ReplicaSet 再管理 Pod`)
 *   name-in-lead-list      a Latin name among names joined by `/` or `、` in a numbered or bulleted item that
 *                          says how a thing is done (`1. 通过 env / envFrom 注入环境变量`)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normKey, readCorpus } from './lib/miner-score.mjs';
import { missesArgs } from './lib/misses-args.mjs';

const { linesOf, dirs, missed } = missesArgs();

const NAME = '[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*';
const CAMEL_OR_PATH = '[a-z][a-z0-9]*(?:[A-Z][A-Za-z0-9]*)+(?:\\.[a-z][A-Za-z0-9]*)*|[a-z][a-zA-Z0-9]*(?:\\.[a-z][a-zA-Z0-9]*)+';
const VERB = '(?:会|是|就是|表示|决定|控制|用来|用于|负责|指|代表|影响|管理|再|又|则)';
const SHAPES = {
  'zh-name-then-name': new RegExp(`(?:^|[的，,。；;：:（(\\s])([\\p{Script=Han}]{2,6})\\s*\`?(${CAMEL_OR_PATH})\`?\\s*${VERB}`, 'gu'),
  'set-name-clause': new RegExp(`(?:设置|设定|配置|配上|加上|打开|开启|设)\\s*(?:了|好)?\\s*\`?(${NAME})\`?\\s*[，,]\\s*[\\p{Script=Han}]`, 'gu'),
  'name-head-label': new RegExp(`^(?:[-*+]|\\d+[.)、])?\\s*\`?(${NAME})\`?\\s*[\\p{Script=Han}]{1,4}\\s*[：:]`, 'gu'),
  'object-then-subject': new RegExp(`(${NAME})\\s*[，,]\\s*(${NAME})\\s*(?:再|又|则|会|负责|就|才)`, 'gu'),
  'name-in-lead-list': new RegExp(`^(?:[-*+]|\\d+[.)、])\\s*(?:通过|用|使用|靠|借助)\\s*((?:\`?${NAME}\`?\\s*[/／、]\\s*)+\`?${NAME}\`?)`, 'gu'),
};

const counts = {};
const lines = {};
const seen = new Set();
for (const dir of dirs) {
  const set = path.basename(dir);
  for (const ch of readCorpus(dir)) {
    const names = new Set();
    for (const c of ch.labels.concepts ?? []) {
      names.add(normKey(c.name));
      for (const a of c.also ?? []) names.add(normKey(a));
      if (c.fieldPath) { names.add(normKey(c.fieldPath)); names.add(normKey(c.fieldPath.split('.').pop().replace(/\[\]$/, ''))); }
    }
    let fence = false;
    const text = readFileSync(ch.file, 'utf8').split('\n');
    for (let i = 0; i < text.length; i++) {
      const line = text[i];
      if (/^\s*(```|~~~)/.test(line)) { fence = !fence; continue; }
      if (fence || /^\s*#/.test(line) || line.trim().startsWith('|')) continue;
      const body = line.trim().replace(/^>\s*/, '').replace(/\*\*/g, '');
      for (const [shape, re] of Object.entries(SHAPES)) {
        for (const m of body.matchAll(re)) {
          let found = shape === 'object-then-subject' ? (m[1] === m[2] ? [m[1]] : []) : shape === 'name-in-lead-list' ? m[1].split(/[/／、]/).map((x) => x.replace(/`/g, '').trim()) : [m[shape === 'zh-name-then-name' ? 2 : 1]];
          for (const name of found) {
            const k = `${shape}\t${set}\t${ch.chapter}\t${normKey(name)}`;
            if (seen.has(k)) continue;
            seen.add(k);
            const labelled = names.has(normKey(name));
            const miss = missed.has(`${set}\t${ch.chapter}\t${normKey(name)}`);
            const bucket = !labelled ? 'other' : miss ? 'missed' : 'found';
            const c = (counts[shape] ??= { found: 0, missed: 0, other: 0, sets: new Set() });
            c[bucket]++;
            c.sets.add(set);
            if (linesOf === shape || linesOf === 'all') (lines[shape] ??= []).push(`${bucket.padEnd(6)} ${set} ${ch.chapter.slice(0, 24)}:${i + 1} ${name} | ${line.trim().slice(0, 90)}`);
          }
        }
      }
    }
  }
}
console.log('shape                  found / missed / no label\'s   sets');
for (const [shape, c] of Object.entries(counts)) console.log(`${shape.padEnd(22)} ${String(c.found).padStart(5)} / ${String(c.missed).padStart(5)} / ${String(c.other).padStart(5)}   ${c.sets.size}`);
for (const [shape, ls] of Object.entries(lines)) { console.log(`\n## ${shape}`); for (const l of ls) console.log(l); }
