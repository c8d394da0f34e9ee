/** Shared helpers for graph tests: fixture paths and throwaway content folders. */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, mkdir, writeFile, rm, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, Graph } from '../../../src/graph/model.ts';
import type { ParseJob } from '../../../src/graph/parse-file.ts';
import { loadGraph } from '../../../src/graph/index.ts';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/graph');
export const COURSE = path.join(FIXTURES, 'course');
export const NOTE_FILE = 'notes/第2章 Pod：从入门到实践（草稿）.md';

const made: string[] = [];

/** Write `files` (content-relative path → text or bytes) into a fresh temp folder. */
export async function contentDir(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'k8smap-graph-'));
  made.push(dir);
  for (const [rel, body] of Object.entries(files)) {
    const abs = path.join(dir, ...rel.split('/'));
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, body);
  }
  return dir;
}

/** Copy a fixture folder to a fresh temp folder (a different absolute path). */
export async function copyFixture(src: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'k8smap-copy-'));
  made.push(dir);
  await cp(src, dir, { recursive: true });
  return dir;
}

export async function cleanup(): Promise<void> {
  while (made.length > 0) await rm(made.pop()!, { recursive: true, force: true });
}

export function concept(g: Graph, id: string) {
  const c = g.concepts.find((x) => x.id === id);
  if (!c) throw new Error(`no concept ${id}; have ${g.concepts.map((x) => x.id).join(', ')}`);
  return c;
}

/** The concept titled so (an error listing the titles when there is none). */
export function byTitle(g: Graph, title: string) {
  const c = g.concepts.find((x) => x.title === title);
  if (!c) throw new Error(`no concept ${title}: ${g.concepts.map((x) => x.title).join(', ')}`);
  return c;
}

/** The title of the parent of the concept titled so (its id when the parent is no concept). */
export function parentTitle(g: Graph, title: string) {
  const p = byTitle(g, title).parent;
  return p === undefined ? undefined : g.concepts.find((x) => x.id === p)?.title ?? p;
}

export function hasEdge(g: Graph, type: string, from: string, to: string): boolean {
  return g.edges.some((e) => e.type === type && e.from === from && e.to === to);
}

export function diag(g: Graph, code: string): Diagnostic[] {
  return g.diagnostics.filter((d) => d.code === code);
}

export const MINIMAL_MAP = '- Root {#root}\n  - Pod（容器组） {#pod}\n';

/** The concepts a one-note content folder (the lines of `notes/n.md`) defines: `title kind owner:path`. */
export async function definedInNote(lines: string[]): Promise<string[]> {
  const g = await loadGraph(await contentDir({ 'notes/n.md': lines.join('\n') }), { layout: false });
  return g.notes![0]!.defines
    .map((id) => g.concepts.find((c) => c.id === id)!)
    .map((c) => `${c.title} ${c.kind}${c.kind === 'field' ? ` ${c.owner ?? 'Pod'}:${c.fieldPath}` : ''}`);
}

/**
 * A free-form chapter in a new reader's style (no frontmatter, bold `术语：` definitions, a `~~~`
 * fence without a language): Pod, two of its fields in the order it explains them, an example
 * setting one, and the five phases Pending … Unknown.
 */
export const POD_CHAPTER = [
  '# 容器组笔记',
  '',
  '## 初识Pod',
  '',
  '**Pod：**Kubernetes 里能创建和调度的最小单元，里面的容器共享网络和存储卷。',
  '',
  '## Pod 层面的字段',
  '',
  '**nodeSelector：**把 Pod 限定到带有指定标签的节点上。',
  '',
  '**hostNetwork：**为 true 时 Pod 直接用宿主机的网络命名空间。',
  '',
  '~~~',
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: host-demo',
  'spec:',
  '  hostNetwork: true',
  '  containers:',
  '  - name: shell',
  '    image: busybox',
  '~~~',
  '',
  '## Pod 的五个阶段',
  '',
  '**Pending：**API Server 已经接受了 Pod，但还有容器没创建出来。',
  '',
  '**Running：**Pod 已经绑定到节点，所有容器都创建好了。',
  '',
  '**Succeeded：**所有容器都正常退出，而且不会再重启。',
  '',
  '**Failed：**所有容器都已终止，并且至少有一个是失败退出的。',
  '',
  '**Unknown：**拿不到 Pod 的状态，通常是节点失联。',
  '',
].join('\n');

/** The graph of free-form notes given as lines (file → lines), without layout: how a reader's chapters mine. */
export async function mineNotes(files: Record<string, string[]>): Promise<Graph> {
  const texts = Object.fromEntries(Object.entries(files).map(([f, lines]) => [f, lines.join('\n') + '\n']));
  return loadGraph(await contentDir(texts), { layout: false });
}

/** A folder of fixture chapters as notes (`notes/<file>` → lines), in file order, for `mineNotes`. */
export function fixtureChapters(folder: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of readdirSync(folder).sort()) out[`notes/${f}`] = readFileSync(path.join(folder, f), 'utf8').replace(/\n$/, '').split('\n');
  return out;
}

/** The title of the concept a note's chapter is about (its home), if any. */
export function homeTitle(g: Graph, file: string): string | undefined {
  const id = g.notes!.find((n) => n.file === file)?.home;
  return id === undefined ? undefined : g.concepts.find((c) => c.id === id)?.title;
}

/** Every Markdown file under `dir`, relative to it, sorted. */
export function markdownFiles(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...markdownFiles(dir, p));
    else if (e.name.endsWith('.md')) out.push(p);
  }
  return out.sort();
}

/** A file's parse role in a content folder (the miner's sets are folders of free-form notes). */
export const roleOf = (file: string): ParseJob['role'] => (file === 'map.md' ? 'map' : file.startsWith('concepts/') ? 'concept' : 'note');
