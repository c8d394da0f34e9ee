/**
 * The folders the mine stage's take and recording tests (mine-take.test.ts, mine-track.test.ts) fold:
 * the fixture site with a note that defines a made-up name and one (later in the order) that mentions
 * it, a test fixture folder, a dev set's notes; each a temporary copy, removed by `removeTemps`.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SITE = path.resolve(import.meta.dirname, '../../fixtures/site');
export const DEV = path.resolve(import.meta.dirname, '../../corpus/miner');
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

const DEFINES = '# 流量网格\n\n**Quokka Mesh：**一种在节点之间转发 Pod 流量的网格组件，由控制器管理。\n\n部署 Quokka Mesh 之后，Service 的流量先经过它。\n';
const MENTIONS = '# 排障记录\n\n排查时先看 Quokka Mesh 的日志，再看 Pod 的事件。\n';

const temps: string[] = [];

/** A new temporary folder, named after `prefix` and `tag`. */
export function temp(prefix: string, tag: string): string {
  const d = mkdtempSync(path.join(tmpdir(), `k8smap-${prefix}-${tag}-`));
  temps.push(d);
  return d;
}

/** Removes every folder `temp` made. */
export function removeTemps(): void {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** The fixture site, with a note that defines a made-up name and one (later in the order) that mentions it. */
export function siteWithMesh(prefix: string): string {
  const dir = temp(prefix, 'site');
  cpSync(SITE, dir, { recursive: true });
  writeFileSync(path.join(dir, 'notes', 'm-定义.md'), DEFINES);
  writeFileSync(path.join(dir, 'notes', 'n-提到.md'), MENTIONS);
  return dir;
}

/** A test fixture folder (tests/fixtures/<name>) as a content folder. */
export function fixtureSet(prefix: string, name: string): string {
  const dir = temp(prefix, name.replace('/', '-'));
  cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

/** A dev set's notes (no labels) as a loose content folder. */
export function devSet(prefix: string, name: string): string {
  const dir = temp(prefix, name);
  for (const f of readdirSync(path.join(DEV, name))) if (f.endsWith('.md')) cpSync(path.join(DEV, name, f), path.join(dir, f));
  return dir;
}

/** Rewrites `notes/<file>` of a content folder with `fn`. */
export function editNote(dir: string, file: string, fn: (text: string) => string): void {
  const f = path.join(dir, 'notes', file);
  writeFileSync(f, fn(readFileSync(f, 'utf8')));
}
