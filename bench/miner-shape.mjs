#!/usr/bin/env node
/**
 * The shape of the map the miner makes from a set's chapters (struct24): each dev set's chapters
 * together as one folder with no map.md (as a new user's notes folder), or `--alone` each chapter
 * alone, and counts per set:
 *   top       what the root holds (area topics and the branches left beside them);
 *   root      branches of the root (those under the area topics counted, not the areas);
 *   lone      root branches with no child;
 *   areas     area topics the root was grouped into (stages/areas.ts);
 *   noEdge    concepts with no edge but their parent link (no related, mentions, prerequisite …);
 *   podUnder  Pod fields hanging right under the Pod object in a chapter whose home is not Pod;
 *   concepts  all concepts but the root and area topics;
 * and with `--alone`, for the chapters whose labels say what they are about (`about:`, the corpus README):
 *   about     such chapters;  homeAbout  those whose home (the note's map branch) is that concept,
 *   with the names of each chapter whose home is not (`--verbose`).
 * `node bench/miner-shape.mjs [--alone] [--json FILE] [dir …]` (default: every tests/corpus/miner/dev*
 * in number order). Counts only: no label is read, so holdout sets are never needed.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { devSets, normKey, readCorpus } from './lib/miner-score.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const alone = args.includes('--alone');
const verbose = args.includes('--verbose');
const jsonAt = args.indexOf('--json');
const jsonOut = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const given = args.filter((a, i) => !a.startsWith('-') && !(jsonAt >= 0 && i === jsonAt + 1));
const dirs = (given.length > 0 ? given : devSets()).map((d) => path.resolve(d));
const { runStages } = await import(path.join(ROOT, 'src/graph/load.ts'));

/** Counts of one built graph (`homes`: note file → home id). */
export function shapeOf(graph) {
  const children = new Map();
  for (const c of graph.concepts) if (c.parent) children.set(c.parent, [...(children.get(c.parent) ?? []), c.id]);
  const areaIds = (children.get(graph.root) ?? []).filter((id) => /^area-|^folder-/.test(id));
  const rootBranches = [...(children.get(graph.root) ?? []).filter((id) => !areaIds.includes(id)), ...areaIds.flatMap((a) => children.get(a) ?? [])];
  const linked = new Set();
  for (const e of graph.edges) if (e.type !== 'child') linked.add(e.from), linked.add(e.to);
  const real = graph.concepts.filter((c) => c.id !== graph.root && !areaIds.includes(c.id));
  const homeOfFile = new Map((graph.notes ?? []).map((n) => [n.file, n.home]));
  const pod = graph.concepts.find((c) => c.kind === 'object' && c.title === 'Pod');
  const podUnder = pod === undefined ? 0 : real.filter((c) => c.kind === 'field' && c.parent === pod.id && (c.owner ?? 'Pod') === 'Pod' && homeOfFile.get(c.source.file) !== undefined && homeOfFile.get(c.source.file) !== pod.id).length;
  return {
    concepts: real.length,
    top: (children.get(graph.root) ?? []).length,
    root: rootBranches.length,
    lone: rootBranches.filter((id) => (children.get(id) ?? []).length === 0).length,
    areas: areaIds.length,
    noEdge: real.filter((c) => !linked.has(c.id)).length,
    podUnder,
  };
}

const tmp = mkdtempSync(path.join(tmpdir(), 'k8smap-miner-shape-'));
const out = {};
const sum = { concepts: 0, top: 0, root: 0, lone: 0, areas: 0, noEdge: 0, podUnder: 0, ...(alone ? { about: 0, homeAbout: 0 } : {}) };

/** The concept a note's home is. */
function homeOf(graph, file) {
  const id = (graph.notes ?? []).find((n) => n.file === file)?.home;
  return id === undefined ? undefined : graph.concepts.find((c) => c.id === id);
}

/** Whether a concept is the one the labels' `about:` names (by any name of it or of its label). */
function aboutIs(labels, c) {
  const label = (labels.concepts ?? []).find((l) => normKey(String(l.name)) === normKey(String(labels.about)));
  const want = new Set([labels.about, ...(label ? [label.name, ...(Array.isArray(label.also) ? label.also : label.also ? [label.also] : [])] : [])].map((x) => normKey(String(x))));
  return [c.title, c.titleZh, c.titleEn, ...(c.aliases ?? [])].filter(Boolean).some((x) => want.has(normKey(x)));
}
try {
  for (const dir of dirs) {
    const chapters = readdirSync(dir).filter((f) => f.endsWith('.md') && !/^README/i.test(f)).sort();
    const folders = alone ? chapters.map((c) => [c]) : [chapters];
    const set = { concepts: 0, top: 0, root: 0, lone: 0, areas: 0, noEdge: 0, podUnder: 0, ...(alone ? { about: 0, homeAbout: 0 } : {}) };
    const abouts = new Map(alone ? readCorpus(dir).filter((c) => c.labels.about).map((c) => [c.chapter, c.labels]) : []);
    for (const [i, files] of folders.entries()) {
      const d = path.join(tmp, `${path.basename(dir)}-${i}`);
      mkdirSync(path.join(d, 'notes'), { recursive: true });
      for (const f of files) cpSync(path.join(dir, f), path.join(d, 'notes', f));
      const ctx = await runStages(d, { layout: false });
      const s = shapeOf(ctx.graph);
      for (const k of Object.keys(s)) set[k] += s[k];
      const labels = abouts.get(files[0]);
      if (labels) {
        set.about++;
        const home = homeOf(ctx.graph, `notes/${files[0]}`);
        if (home && aboutIs(labels, home)) set.homeAbout++;
        else if (verbose) console.log(`  ${files[0]}: about ${labels.about}, home ${home ? `${home.title} (${home.kind})` : 'none'}`);
      }
    }
    out[path.basename(dir)] = set;
    for (const k of Object.keys(sum)) sum[k] += set[k];
    console.log(`${path.basename(dir).padEnd(8)} ${Object.entries(set).map(([k, v]) => `${k} ${v}`).join('  ')}`);
  }
  console.log(`${'all'.padEnd(8)} ${Object.entries(sum).map(([k, v]) => `${k} ${v}`).join('  ')}`);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ sets: out, all: sum }, null, 1));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
