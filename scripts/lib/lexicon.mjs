/**
 * lex29: reading the sources of src/graph/vocabulary/lexicon.json for scripts/build-lexicon.mjs — the
 * names of the Kubernetes ecosystem beyond the API and configuration catalogues:
 * - CNCF projects (`tool`): cncf/clomonitor data/cncf.yaml, the list of CNCF projects CLOMonitor checks
 *   (name, display_name, category, maturity, repositories with their check sets). A project gives one
 *   entry; its code repositories (check set `code` or `code-lite`) give component names of it
 *   (`hubble` and `tetragon` of Cilium, `alertmanager` of Prometheus, `gatekeeper` of OPA).
 * - the CNCF Cloud Native Glossary (`term`): cncf/glossary static/data/glossary.json (the site's list of
 *   terms: `title`, `file`) and, when a checkout has it, the Chinese title of the same file under
 *   content/zh-cn/ (front matter `title`), which becomes the entry's `zh` (an alias, never an entry).
 * Names only: no descriptions are copied. What is left out, and why (`LEFT_OUT`, counted by the script):
 * - CNCF groups that are no software (TAG Security …: no `category`);
 * - repositories whose name is a role, not a name (GENERIC: community, website, docs, spec, api, cli …)
 *   or that hold no code (docs, community check sets only);
 * - a display name that is a description made of everyday English words (cert-manager's
 *   "Cloud native certificate management"): the project keeps its slug. One whose initials are the slug
 *   is the project's name (Open Policy Agent, opa).
 * Names that are everyday English words (Harbor, Flux, Score, Porter; the glossary's Host, Service,
 * Debugging) are kept, marked `everyday`: lookups take them only capitalised as the source writes them.
 */
import yaml from 'js-yaml';
import matter from 'gray-matter';

/** Repository names that say what a repository is for, not what the project's part is called. */
export const GENERIC_REPOSITORIES = new Set([
  'community', 'website', 'web', 'site', 'docs', 'documentation', 'spec', 'specification', 'api', 'cli', 'sdk', 'operator',
  'registry', 'library', 'core', 'policy', 'storage', 'charts', 'helm-charts', 'project', 'proxy', 'client', 'infra', 'pkg',
  'func', 'eventing', 'serving', 'networking', 'pipelines', 'attestation', 'synchronizer',
]);

const words = (s) => s.split(/[\s-]+/).filter(Boolean);

/**
 * The entries of cncf/clomonitor data/cncf.yaml: `{ name, aka, kind: 'tool', category, maturity?, components }`
 * and the names left out with their reason. `everyday(word)` says whether a lower-case word is everyday English.
 */
export function projectEntries(text, everyday) {
  const projects = yaml.load(text);
  if (!Array.isArray(projects)) throw new Error('data/cncf.yaml is not a list of projects');
  const entries = [];
  const leftOut = [];
  const isEveryday = (n) => words(n).every((w) => /^[A-Za-z]+$/.test(w) && everyday(w.toLowerCase()));
  for (const p of projects) {
    if (typeof p?.name !== 'string') continue;
    if (!p.category) {
      leftOut.push({ name: p.display_name ?? p.name, why: 'a CNCF group, not software (no category)' });
      continue;
    }
    const repos = Array.isArray(p.repositories) ? p.repositories : [];
    const code = repos.filter((r) => typeof r?.name === 'string' && (r.check_sets ?? []).some((c) => String(c).startsWith('code')));
    let name = typeof p.display_name === 'string' ? p.display_name.trim() : p.name;
    const aka = [];
    const initials = words(name).map((w) => w[0]).join('').toLowerCase();
    if (name !== p.name && words(name).length >= 3 && isEveryday(name) && initials !== p.name.toLowerCase()) {
      leftOut.push({ name, why: `a description, not a name (the project is ${p.name})` });
      name = p.name;
    } else if (name.toLowerCase().replace(/[\s_-]+/g, '') !== p.name.toLowerCase().replace(/[\s_-]+/g, '')) aka.push(p.name);
    const components = [];
    for (const r of repos) {
      if (typeof r?.name !== 'string') continue;
      const key = r.name.toLowerCase();
      if (!code.includes(r)) continue;
      if (GENERIC_REPOSITORIES.has(key)) {
        leftOut.push({ name: `${name}: ${r.name}`, why: 'a repository named by its role' });
        continue;
      }
      const same = (x) => x.toLowerCase().replace(/[\s_-]+/g, '') === key.replace(/[\s_-]+/g, '');
      if (same(name) || aka.some(same) || components.some(same)) continue;
      components.push(r.name);
    }
    const entry = { name, aka, kind: 'tool', category: String(p.category) };
    if (p.maturity) entry.maturity = String(p.maturity);
    if (components.length > 0) entry.components = components;
    if (words(name).length === 1 && isEveryday(name)) entry.everyday = true;
    entries.push(entry);
  }
  return { entries, leftOut };
}

/**
 * The entries of cncf/glossary static/data/glossary.json: `{ name, kind: 'term', category: 'glossary', file, zh? }`.
 * `zhTitles` maps a file name to the Chinese localisation's title of the same file (content/zh-cn/<file>).
 */
export function glossaryEntries(text, everyday, zhTitles = new Map()) {
  const list = JSON.parse(text);
  if (!Array.isArray(list)) throw new Error('static/data/glossary.json is not a list of terms');
  const entries = [];
  for (const t of list) {
    if (typeof t?.title !== 'string' || typeof t?.file !== 'string') continue;
    const entry = { name: t.title.trim(), aka: [], kind: 'term', category: 'glossary', file: t.file };
    const zh = zhTitles.get(t.file);
    if (zh && /\p{Script=Han}/u.test(zh) && zh !== entry.name) entry.zh = zh;
    if (words(entry.name).length === 1 && everyday(entry.name.toLowerCase())) entry.everyday = true;
    entries.push(entry);
  }
  return { entries, leftOut: [] };
}

/** The `title` of a glossary page's front matter (content/zh-cn/<file>), or undefined. */
export function frontMatterTitle(text) {
  const t = matter(text).data?.title;
  return typeof t === 'string' && t.trim() !== '' ? t.trim() : undefined;
}

/**
 * A project's component whose name is a glossary term is the technology, not a part of the project
 * (cilium/ebpf is Cilium's eBPF library; eBPF is the glossary's term): left out of the components.
 */
export function dropComponentsNamedByTerms(projects, terms) {
  const key = (s) => s.toLowerCase().replace(/[\s_-]+/g, '');
  const termKeys = new Set(terms.map((t) => key(t.name)));
  const leftOut = [];
  for (const p of projects) {
    if (!p.components) continue;
    const kept = p.components.filter((c) => !termKeys.has(key(c)));
    for (const c of p.components) if (!kept.includes(c)) leftOut.push({ name: `${p.name}: ${c}`, why: 'a repository named after a glossary term (the technology, not a part)' });
    if (kept.length > 0) p.components = kept;
    else delete p.components;
  }
  return leftOut;
}
