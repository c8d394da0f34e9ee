/**
 * Stage `areas`: a map without map.md whose generated root would hold more than AREA_THRESHOLD
 * branches (or more than AREA_HALF, mostly single concepts the areas gather: struct24 groupsLooseRoot) (a big folder of notes: every chapter's home and every loose concept hangs under the
 * root) groups them under **area** topics, so the root fans out into a dozen lines and the reader
 * finds a topic by its area:
 *
 * 1. the user's own folders first: a branch whose notes sit in `notes/<folder>/…` (or whose concept
 *    note sits in `concepts/<folder>/…`) goes under the area `<folder>`, titled by the folder's name
 *    (`Storage（存储）` names it in both languages, as a map label would);
 * 2. else the Kubernetes area (vocabulary/areas.ts) of what the engine knows of the branch: the API
 *    group or kind of its object, or of the owner of its field or state; else the words of its
 *    names (a chapter's topic `存储`, a term `CoreDNS`), the category of a named thing, an ecosystem
 *    tool's name; else what most of the concepts under it and in its notes belong to;
 * 3. else the area 其他 (Other).
 *
 * A Kubernetes area named like a folder is that folder's area. A branch that is itself the area's
 * topic (a chapter `# K8s 存储` made the topic 存储) is the area's node rather than a second node of
 * the same name. Areas are `topic` concepts of their own (a page listing their branches). Content
 * with map.md, or with at most AREA_THRESHOLD branches, is left exactly as it was.
 */
import { effectiveKind, newNode, sortedNodes, type BuildContext, type Node } from '../build-context.ts';
import { escapeRegExp, hasCjk, ID_PATTERN, idFor, normKey, slugify, splitBilingual } from '../labels.ts';
import { compareStrings } from '../util.ts';
import type { ContentLayout } from '../files.ts';
import { AREA_HALF, AREA_MIN_MEMBERS, AREA_THRESHOLD, ECOSYSTEM_AREA, KUBERNETES_AREAS, OTHER_AREA } from '../vocabulary/areas.ts';
import { isEcosystemName } from '../vocabulary/ecosystem.ts';
import { namedThing } from '../vocabulary/k8s-names.ts';
import { kindNamed } from '../vocabulary/index.ts';
import { configApiVersion } from '../vocabulary/config.ts';
import { ecosystemProject, kindApiVersion } from '../yaml/catalogue.ts';
import { rebuildTree } from './map-tree.ts';

/** Where an area comes from. */
export type AreaSource = { type: 'folder'; folder: string } | { type: 'kubernetes'; key: string } | { type: 'other' };

interface AreaPlan {
  key: string;
  source: AreaSource;
  title: string;
  titleZh?: string;
  titleEn?: string;
  /** Other names of the area (a Kubernetes area's `names`). */
  names?: readonly string[];
  members: Node[];
}

export function groupIntoAreas(ctx: BuildContext): void {
  if (ctx.mapDoc) return;
  const root = ctx.nodes.get(ctx.rootId);
  if (!root || root.children.length <= AREA_HALF) return;
  const branches = [...root.children].sort((a, b) => compareStrings(a.id, b.id));
  const folders = folderOfBranches(ctx, branches);
  const useFolders = new Set(folders.values()).size <= AREA_THRESHOLD;
  const owners = identityOwners(ctx);

  const plans = new Map<string, AreaPlan>();
  const plan = (key: string, make: () => Omit<AreaPlan, 'key' | 'members'>): AreaPlan => {
    let p = plans.get(key);
    if (!p) plans.set(key, (p = { key, members: [], ...make() }));
    return p;
  };
  // Names of the folders, so a Kubernetes area of the same name joins the folder's area.
  const folderByName = new Map<string, string>();
  if (useFolders) for (const f of new Set(folders.values())) for (const name of folderNames(f)) folderByName.set(name, f);

  for (const b of branches) {
    const folder = useFolders ? folders.get(b.id) : undefined;
    if (folder !== undefined) {
      plan(`folder:${folder}`, () => folderPlan(folder)).members.push(b);
      continue;
    }
    const key = areaOfBranch(ctx, b, owners);
    const area = key === undefined ? undefined : KUBERNETES_AREAS.find((a) => a.key === key);
    const same = area ? [area.zh, area.en, ...area.names].map((n) => folderByName.get(normKey(n))).find((f) => f !== undefined) : undefined;
    if (same !== undefined) plan(`folder:${same}`, () => folderPlan(same)).members.push(b);
    else if (area) plan(`k8s:${area.key}`, () => ({ source: { type: 'kubernetes', key: area.key }, title: area.en, titleZh: area.zh, titleEn: area.en, names: area.names })).members.push(b);
    else plan('other', () => ({ source: { type: 'other' }, title: OTHER_AREA.en, titleZh: OTHER_AREA.zh, titleEn: OTHER_AREA.en })).members.push(b);
  }

  // struct24: a root of AREA_HALF … AREA_THRESHOLD branches is grouped only when it is mostly single
  // concepts the areas gather (see groupsLooseRoot)
  if (branches.length <= AREA_THRESHOLD && !groupsLooseRoot(branches, [...plans.values()])) return;
  // (and an area there would hold one branch is none: the branch stays on the root, no level opened for it)
  const kept = [...plans.values()].filter((p) => branches.length > AREA_THRESHOLD || p.members.length >= 2);

  // The order on the map: the user's folders (by name), then the Kubernetes areas, then 其他.
  const rankOf = (p: AreaPlan): [number, number, string] =>
    p.source.type === 'folder' ? [0, 0, p.source.folder] : p.source.type === 'kubernetes' ? [1, KUBERNETES_AREAS.findIndex((a) => a.key === (p.source as { key: string }).key), ''] : [2, 0, ''];
  const ordered = kept.sort((a, b) => {
    const [ra, ia, sa] = rankOf(a);
    const [rb, ib, sb] = rankOf(b);
    return ra - rb || ia - ib || compareStrings(sa, sb);
  });

  ordered.forEach((p, i) => {
    const area = ownTopic(p) ?? makeArea(ctx, p);
    area.kind = 'topic';
    // (a chapter's topic that is the area gets the area's other name: `存储` reads `Storage` in English)
    // (its own name stays its name in the language it is written in)
    if (!area.titleZh) area.titleZh = hasCjk(area.title) ? area.title : p.titleZh;
    if (!area.titleEn) area.titleEn = hasCjk(area.title) ? p.titleEn : area.title;
    if (area.titleZh === undefined) delete area.titleZh;
    if (area.titleEn === undefined) delete area.titleEn;
    area.order = i;
    area.parent = ctx.rootId;
    area.parentAt = area.source;
    for (const m of p.members) {
      if (m === area) continue;
      m.parent = area.id;
      m.parentAt = m.source;
    }
  });
  rebuildTree(ctx);
}

/**
 * struct24: whether a root of more branches than one half of the mind map stacks (AREA_HALF) but no
 * more than AREA_THRESHOLD is grouped: when it depends on the notes, not on a count alone. A root
 * whose branches are mostly single concepts (at least half have no child: a folder of chapters whose
 * concepts sit loose beside their homes) is a list of words, and areas give it the structure its
 * chapters do not; it is grouped when the areas do gather them — at least two areas that are a folder
 * or a Kubernetes area, holding AREA_MIN_MEMBERS branches each on average (no level opened for one
 * or two branches). A root of chapters' homes each with its concepts under it stays as it is.
 */
export function groupsLooseRoot(branches: readonly Node[], plans: readonly { source: AreaSource; members: readonly Node[] }[]): boolean {
  const single = branches.filter((b) => b.children.length === 0).length;
  if (single * 2 < branches.length) return false;
  const named = plans.filter((p) => p.source.type !== 'other').length;
  return named >= 2 && branches.length >= AREA_MIN_MEMBERS * plans.length;
}

/**
 * The folder of the content folder's `notes/` or `concepts/` a file sits in (its first level), if
 * any; in a loose folder (no notes/: files.ts `contentLayout`) the first-level folder of the file itself.
 */
export function folderOf(file: string, layout: ContentLayout = 'laid-out'): string | undefined {
  const parts = file.split('/');
  if (layout === 'loose') return parts.length >= 2 ? parts[0] : undefined;
  return parts.length >= 3 && (parts[0] === 'notes' || parts[0] === 'concepts') ? parts[1] : undefined;
}

/** Each branch's folder: the folder most of its files are in (the notes it is the home of, its own note, where it was found). */
function folderOfBranches(ctx: BuildContext, branches: readonly Node[]): Map<string, string> {
  const files = new Map<string, string[]>();
  for (const [file, home] of ctx.noteHome) if (home !== null) (files.get(home) ?? files.set(home, []).get(home)!).push(file);
  const out = new Map<string, string>();
  for (const b of branches) {
    const own = [...(files.get(b.id) ?? []), ...(b.doc ? [b.doc.file] : []), b.source.file];
    const counts = new Map<string, number>();
    for (const f of own) {
      const folder = folderOf(f, ctx.contentLayout);
      if (folder !== undefined) counts.set(folder, (counts.get(folder) ?? 0) + 1);
    }
    const best = [...counts].sort((x, y) => y[1] - x[1] || compareStrings(x[0], y[0]))[0];
    if (best) out.set(b.id, best[0]);
  }
  return out;
}

function folderPlan(folder: string): Omit<AreaPlan, 'key' | 'members'> {
  const label = splitBilingual(folder);
  return {
    source: { type: 'folder', folder },
    title: label.en ?? label.zh ?? folder,
    ...(label.zh ? { titleZh: label.zh } : {}),
    ...(label.en ? { titleEn: label.en } : {}),
  };
}

/** The names a folder goes by: as written, its two names (`Storage（存储）`), and the Chinese and the Latin part of `安全 Security`. */
function folderNames(folder: string): string[] {
  const label = splitBilingual(folder);
  const parts = hasCjk(folder) && /[A-Za-z]/.test(folder) ? folder.split(/\s+/).filter((p) => p !== '') : [];
  return [folder, label.en, label.zh, ...parts].filter((x): x is string => x !== undefined).map(normKey);
}

/** A member that is the area's own topic: a topic branch named as the area is (by the area's names in order). */
function ownTopic(p: AreaPlan): Node | undefined {
  const names = [p.titleZh, p.titleEn, p.title, ...(p.names ?? []), ...(p.source.type === 'folder' ? [p.source.folder] : [])].filter((x): x is string => !!x);
  const topics = p.members.filter((m) => effectiveKind(m) === 'topic' && m.fieldPath === undefined);
  for (const name of names) {
    const k = normKey(name);
    const hit = topics.find((m) => [m.title, m.titleZh, m.titleEn, ...m.aliases].some((n) => n !== undefined && normKey(n) === k));
    if (hit) return hit;
  }
  return undefined;
}

function makeArea(ctx: BuildContext, p: AreaPlan): Node {
  const base = p.source.type === 'folder' ? folderId(p.source.folder) : `area-${p.source.type === 'kubernetes' ? p.source.key : OTHER_AREA.key}`;
  let id = base;
  for (let i = 2; ctx.nodes.has(id); i++) id = `${base}-${i}`;
  const at = { file: p.source.type === 'folder' ? (ctx.contentLayout === 'loose' ? p.source.folder : `notes/${p.source.folder}`) : 'map.md', line: 1, column: 1 };
  const n = newNode(id, p.title, at);
  if (p.titleZh) n.titleZh = p.titleZh;
  if (p.titleEn) n.titleEn = p.titleEn;
  ctx.nodes.set(id, n);
  return n;
}

/** `area-<slug>` of the folder's name (`area-storage`), or `area-<hash>` when it has no Latin letters or digits (`网络`). */
function folderId(folder: string): string {
  const s = idFor(folder, 'area');
  return s.startsWith('area-') && !ID_PATTERN.test(slugify(folder)) ? s : `area-${s}`;
}

// ---- the Kubernetes area of a branch ------------------------------------------------------------

/** Concept id → the kind it is (`object:Pod`) or belongs to (a field's or a state's owner). */
function identityOwners(ctx: BuildContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const [identity, id] of [...ctx.identities].sort((a, b) => compareStrings(a[0], b[0]))) {
    const [type, kind] = identity.split(':');
    if ((type === 'object' || type === 'field' || type === 'state') && kind && !out.has(id)) out.set(id, kind);
  }
  return out;
}

/** The Kubernetes area of an API kind: by its name, else by its API group; a project's kind is the ecosystem's. */
export function areaOfKind(kind: string): string | undefined {
  const byKind = KUBERNETES_AREAS.find((a) => a.kinds.includes(kind));
  if (byKind) return byKind.key;
  const version = kindApiVersion(kind) ?? configApiVersion(kind);
  if (version === undefined) return undefined;
  if (ecosystemProject(version) !== undefined) return ECOSYSTEM_AREA;
  const group = version.includes('/') ? version.slice(0, version.indexOf('/')) : '';
  if (group === '') return undefined;
  let best: { key: string; len: number } | undefined;
  for (const a of KUBERNETES_AREAS) {
    for (const g of a.groups) {
      if ((group === g || group.endsWith(`.${g}`)) && (!best || g.length > best.len)) best = { key: a.key, len: g.length };
    }
  }
  return best?.key;
}

const LATIN_WORD = /^[\x20-\x7e]+$/;

/** Each area's words, ready to match: a Latin word as a whole word in any case, a Chinese one as written; weight by length. */
const AREA_MATCHERS: readonly { key: string; test: (text: string) => boolean; len: number }[] = KUBERNETES_AREAS.flatMap((a) =>
  a.words.map((w) => {
    if (!LATIN_WORD.test(w)) return { key: a.key, test: (text: string) => text.includes(w), len: w.length };
    const re = new RegExp(`(?<![A-Za-z0-9-])${escapeRegExp(w)}(?![A-Za-z0-9-])`, 'i');
    // (a Chinese character is a syllable, a Latin letter a sound: two letters weigh one character)
    return { key: a.key, test: (text: string) => re.test(text), len: w.length / 2 };
  }),
);

/** The Kubernetes area the words of a name point to: the area of the longest word found in it. */
export function areaOfName(name: string): string | undefined {
  const text = name.normalize('NFKC');
  const thing = namedThing(text);
  if (thing) {
    const byCategory = KUBERNETES_AREAS.find((a) => a.categories.includes(thing.category));
    if (byCategory) return byCategory.key;
  }
  let best: { key: string; len: number } | undefined;
  for (const m of AREA_MATCHERS) if (m.len > (best?.len ?? 0) && m.test(text)) best = m;
  if (best) return best.key;
  return text.split(/[\s/（）()、,，]+/).some((w) => w !== '' && isEcosystemName(w)) ? ECOSYSTEM_AREA : undefined;
}

/** The area of one concept by itself: its kind or its owner's, else its names. */
function ownArea(n: Node, owners: ReadonlyMap<string, string>): string | undefined {
  const kind = owners.get(n.id) ?? (effectiveKind(n) === 'object' ? kindNamed(n.titleEn ?? n.title) : undefined);
  const byKind = kind !== undefined ? areaOfKind(kind) : undefined;
  if (byKind) return byKind;
  for (const name of [n.titleZh, n.title, n.titleEn, ...n.aliases]) {
    const a = name !== undefined ? areaOfName(name) : undefined;
    if (a) return a;
  }
  return undefined;
}

/** The area of a branch: its own, else the area most concepts under it and in its notes have. */
function areaOfBranch(ctx: BuildContext, b: Node, owners: ReadonlyMap<string, string>): string | undefined {
  const own = ownArea(b, owners);
  if (own) return own;
  const votes = new Map<string, number>();
  const vote = (id: string): void => {
    const n = ctx.nodes.get(id);
    const a = n ? ownArea(n, owners) : undefined;
    if (a) votes.set(a, (votes.get(a) ?? 0) + 1);
  };
  const stack = [...b.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    vote(n.id);
    stack.push(...n.children);
  }
  for (const note of ctx.notes.values()) {
    if (note.home !== b.id) continue;
    for (const id of [...note.defines].sort(compareStrings)) if (id !== b.id) vote(id);
  }
  const order = (key: string): number => KUBERNETES_AREAS.findIndex((a) => a.key === key);
  return [...votes].sort((x, y) => y[1] - x[1] || order(x[0]) - order(y[0]))[0]?.[0];
}
