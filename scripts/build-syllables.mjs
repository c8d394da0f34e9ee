#!/usr/bin/env node
/**
 * Builds src/graph/vocabulary/syllables.json: for every syllable (toneless pinyin) that the
 * generic labels use (`GENERIC_LABEL_WORDS` in src/graph/labels.ts), the Chinese characters
 * read that way. The note miner uses it to recognise a generic label mistyped with a Chinese
 * input method, which picks a homophone from its candidate list: 有点 for 优点 (yōudiǎn),
 * 小节 for 小结 (xiǎojié), 总节 for 总结. Readings come from pinyin-pro (all readings of
 * each CJK Unified Ideograph, U+4E00–U+9FFF). Run: `node scripts/build-syllables.mjs`
 * (`--check`: fail when the committed file is stale). The output is committed; the build
 * only reads it, so pinyin-pro is a development dependency.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';
import { GENERIC_LABEL_WORDS } from '../src/graph/labels.ts';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'src/graph/vocabulary/syllables.json');
const version = JSON.parse(readFileSync(require.resolve('pinyin-pro/package.json'), 'utf8')).version;

const CJK = /[\u4e00-\u9fff]/u;
const readings = (ch) => [...new Set(pinyin(ch, { toneType: 'none', type: 'array', multiple: true }).map((r) => r.replace(/ü/g, 'v')))];

const wanted = new Set();
for (const w of GENERIC_LABEL_WORDS) for (const ch of w) if (CJK.test(ch)) for (const r of readings(ch)) wanted.add(r);
const bySyllable = new Map([...wanted].sort().map((s) => [s, []]));
for (let cp = 0x4e00; cp <= 0x9fff; cp++) {
  const ch = String.fromCodePoint(cp);
  for (const r of readings(ch)) bySyllable.get(r)?.push(ch);
}
const out = { source: `pinyin-pro@${version}`, syllables: Object.fromEntries([...bySyllable].map(([s, chars]) => [s, chars.join('')])) };
const text = JSON.stringify(out, null, 1) + '\n';
if (process.argv.includes('--check')) {
  const old = readFileSync(OUT, 'utf8');
  if (old !== text) {
    console.error(`${path.relative(root, OUT)} is stale: run node scripts/build-syllables.mjs`);
    process.exit(1);
  }
  console.log(`${path.relative(root, OUT)} is up to date`);
} else {
  writeFileSync(OUT, text);
  const chars = [...bySyllable.values()].reduce((n, c) => n + c.length, 0);
  console.log(`${bySyllable.size} syllables, ${chars} characters → ${path.relative(root, OUT)}`);
}
