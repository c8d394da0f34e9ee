/**
 * rules45: the owner and path of a custom resource's field that a note explains in a list, read
 * the way a Kubernetes expert reads it. A learner shows a custom resource in a YAML example
 * (`kind: Widget`, under a group no catalogue describes) and then goes through its fields in a
 * list; the list says where each field sits in one of three ways:
 *
 *   - the items write their paths from the object's root (`` - `spec.replicas`：… ``,
 *     `` - `spec.storage.size`：… ``) and most of them are paths the example sets: the list goes
 *     through that kind's fields, so an item the example leaves out (`spec.topicName`) is that
 *     kind's too, not the one API kind's that has such a path (Scale's `spec.replicas`);
 *   - the list's lead-in ends on a path from the root and a colon (`describe 里重点看
 *     \`status.health\`：`): each item opening with a bare name is a field inside that path;
 *   - the section's heading is a path from the root (`### spec.selector：选哪些 Pod`,
 *     `### spec.window`): the items under it are fields inside it, and the heading names the field.
 *
 * The kind is the custom kind of the nearest YAML example above that declares a kind (resolve.ts
 * checks it is one of the note's own kinds, not a kind the API catalogue describes). Pure functions
 * of strings and small tables, so the unit tests (tests/unit/graph/miner-rules45.test.ts) run
 * examples and look-alikes.
 */

/** The segments a path from an object's root starts with. */
export const ROOT_SEGMENTS: readonly string[] = ['spec', 'status'];

const SEGMENT = String.raw`[A-Za-z][\w-]*(?:\[\d*\])?`;
/** A path from an object's root, unanchored: `spec.selector`, `status.experiment`, `spec.listeners[].port`. */
export const ROOTED_PATH_SOURCE = `(?:${ROOT_SEGMENTS.join('|')})(?:\\.${SEGMENT})+`;
/** A path from an object's root, the whole string. */
export const ROOTED_PATH = new RegExp(`^${ROOTED_PATH_SOURCE}$`);

/** A name spelt as one field: `containerNames`, `size`. */
export const FIELD_WORD = /^[a-z][A-Za-z0-9]*$/;

/**
 * What may stand between a lead-in's closing path and its colon: a few words (`下面`, `里有这些`),
 * no sentence end. `看 \`status.health\`：`, `\`spec.window\` 下面的字段：`.
 */
export const LEAD_IN_TAIL = /^[ \t]*(?:的|里|中|下|下面|里面|之下)?(?:的|有|是)?[\u4e00-\u9fff]{0,6}[ \t]*[：:][ \t]*$/u;

/** The least number of other items that must be paths the example sets, for a list of paths to be the kind's. */
export const MIN_AGREEING_SIBLINGS = 2;

/** A path as written, list markers dropped (`spec.listeners[].port` → `spec.listeners.port`). */
export function bareWrittenPath(path: string): string {
  return path.trim().replace(/^`+|`+$/g, '').replace(/\[\d*\]/g, '');
}

/** A path from the root as written, with `[]` for lists kept and a trailing marker dropped. */
export function writtenRootedPath(path: string): string {
  return path.trim().replace(/^`+|`+$/g, '').replace(/\[\d*\]/g, '[]').replace(/\[\]$/, '');
}

/**
 * The path from the root a list's lead-in closes on, before a colon: the lead-in is given as its
 * pieces in order, each a code span's value or plain text (`[{code:false,text:'describe 里重点看 '},
 * {code:true,text:'status.health'},{code:false,text:'：'}]`). Undefined when the lead-in does not
 * end on such a path and a colon.
 */
export function leadInRootedPath(pieces: readonly { code: boolean; text: string }[]): string | undefined {
  let tail = '';
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i]!;
    if (p.code) {
      const v = p.text.trim();
      if (!ROOTED_PATH.test(v.replace(/\[\]$/, ''))) return undefined;
      return LEAD_IN_TAIL.test(tail.normalize('NFKC')) ? writtenRootedPath(v) : undefined;
    }
    tail = p.text + tail;
    if (tail.length > 16) return undefined;
  }
  return undefined;
}

/**
 * The path from the root a heading is (`spec.selector：选哪些 Pod`, `` `spec.window` ``, `spec.mode 三种`):
 * the heading's first words before a colon or a space, one path; undefined when the heading writes
 * two paths (`spec.mode 和 spec.value`) or none.
 */
export function headingRootedPath(title: string): string | undefined {
  const t = title.normalize('NFKC').trim().replace(/^(?:\d+(?:\.\d+)*\.?\s+)/, '');
  const head = /^`?([A-Za-z][\w.[\]-]*)`?(?=\s*(?:[：:]|\s|$))/.exec(t)?.[1];
  if (head === undefined || !ROOTED_PATH.test(head.replace(/\[\]$/, ''))) return undefined;
  // (a second path in the heading: the section is about both)
  const rest = t.slice(t.indexOf(head) + head.length);
  if (new RegExp(`(?:^|[^\\w.])(?:${ROOT_SEGMENTS.join('|')})\\.[A-Za-z]`).test(rest)) return undefined;
  return writtenRootedPath(head);
}

/**
 * Whether a list of items written as paths from the root goes through one kind's fields: at least
 * MIN_AGREEING_SIBLINGS of the other items are paths `sets` says that kind's examples set.
 */
export function siblingsAgree(others: readonly string[], sets: (path: string) => boolean): boolean {
  let n = 0;
  for (const o of others) if (ROOTED_PATH.test(bareWrittenPath(o)) && sets(o)) n++;
  return n >= MIN_AGREEING_SIBLINGS;
}

/** A path written from below the root (`beam.color`, `listeners[].port`): two segments at least, not from the root. */
export const DOTTED_PATH = new RegExp(`^${SEGMENT}(?:\\.${SEGMENT})+$`);

/**
 * The prefix a list of items written as paths sits below, read from the items the kind's examples
 * set: `full(item)` gives the kind's path an item names (or undefined); each such item votes for
 * the prefix its written path leaves ('' for a path from the root). The prefix MIN_AGREEING_SIBLINGS
 * items agree on, when one prefix has the most votes; undefined otherwise.
 */
export function siblingsPrefix(others: readonly string[], full: (written: string) => string | undefined): string | undefined {
  const votes = new Map<string, number>();
  for (const o of others) {
    if (!ROOTED_PATH.test(bareWrittenPath(o)) && !DOTTED_PATH.test(o.trim())) continue;
    const f = full(o);
    if (f === undefined) continue;
    const bf = bareWrittenPath(f);
    const bo = bareWrittenPath(o);
    if (bf === bo) votes.set('', (votes.get('') ?? 0) + 1);
    else if (bf.endsWith(`.${bo}`)) {
      // (the prefix as the kind's path spells it, list markers kept)
      const segs = f.split('.');
      const prefix = segs.slice(0, segs.length - bo.split('.').length).join('.');
      votes.set(prefix, (votes.get(prefix) ?? 0) + 1);
    }
  }
  const best = [...votes.entries()].filter(([, n]) => n >= MIN_AGREEING_SIBLINGS).sort((a, b) => b[1] - a[1]);
  if (best.length === 0 || (best.length > 1 && best[1]![1] === best[0]![1])) return undefined;
  return best[0]![0];
}

/** The last field of a path (`spec.listeners[].port` → port). */
export function lastSegment(path: string): string {
  return (path.split('.').pop() ?? path).replace(/\[\d*\]$/, '');
}

/** The least number of a fragment's keys that must be the kind's paths already, for the fragment to be cut from that kind. */
export const MIN_FRAGMENT_MATCHES = 2;

/** A fragment's key path joined below a prefix of the kind (`spec.templates` + `[].statusCheck.mode`, `spec` + `probe[].name`). */
export function joinedPath(prefix: string, path: string): string {
  if (prefix === '') return path;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/**
 * rules45: where a YAML fragment without `kind` sits in a custom kind the note showed whole above
 * (`- name: probe-a` / `  statusCheck:` / `    mode: …` cut from a `kind: Workflow` example's
 * `spec.templates[]`; `spec:` / `  action: …` cut from its root): the prefix of the kind's paths
 * that MIN_FRAGMENT_MATCHES of the fragment's key paths end, all at one prefix ('' for a fragment
 * written from the root; `spec` and `status` themselves, which every kind has, do not count); undefined when the fragment does not fit the kind that way. `kindPaths`
 * are the kind's paths as its examples give them (`spec.templates[].name`).
 */
export function fragmentPrefix(fragmentPaths: readonly string[], kindPaths: readonly string[]): string | undefined {
  const votes = new Map<string, number>();
  for (const fp of new Set(fragmentPaths)) {
    // (the root segments, `spec`, every kind has: no vote)
    if (fp === '' || fp === '[]' || ROOT_SEGMENTS.includes(fp)) continue;
    const prefixes = new Set<string>();
    for (const q of kindPaths) {
      if (q === fp) prefixes.add('');
      else if (q.endsWith(fp) && (fp.startsWith('[') || q[q.length - fp.length - 1] === '.')) {
        prefixes.add(fp.startsWith('[') ? q.slice(0, q.length - fp.length) : q.slice(0, q.length - fp.length - 1));
      }
    }
    for (const p of prefixes) votes.set(p, (votes.get(p) ?? 0) + 1);
  }
  const best = [...votes.entries()].filter(([, n]) => n >= MIN_FRAGMENT_MATCHES).sort((a, b) => b[1] - a[1]);
  if (best.length === 0 || (best.length > 1 && best[1]![1] === best[0]![1])) return undefined;
  return best[0]![0];
}
