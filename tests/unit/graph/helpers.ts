/** Shared helpers for graph tests: fixture paths and throwaway content folders. */
import { mkdtemp, mkdir, writeFile, rm, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, Graph } from '../../../src/graph/model.ts';
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
