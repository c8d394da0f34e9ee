/**
 * `--explain`: why a concept exists — the concept note or map item that defines it, every
 * place a free-form note defined it, gave it another name or mentioned it, with the rule
 * that matched (provenance kept by the mine stage).
 */
import type { BuildContext } from './build-context.ts';
import { effectiveKind } from './build-context.ts';
import { compareStrings } from './util.ts';
import { normKey, stripColon } from './labels.ts';
import { otherTitleNames } from './title-names.ts';
import { splitGloss } from './miner/resolve.ts';

const ROLE_ORDER = { about: 0, defined: 1, alias: 2, mentioned: 3 } as const;

/** The explanation as text, or undefined when no concept has that id or name. */
export function explainConcept(ctx: BuildContext, idOrName: string, pathPrefix = ''): string | undefined {
  const id = ctx.nodes.has(idOrName) ? idOrName : ctx.index.lookup([idOrName]);
  const n = id !== undefined ? ctx.nodes.get(id) : undefined;
  if (!n) return undefined;
  const c = ctx.graph?.concepts.find((x) => x.id === n.id);
  const where = (f: string, line: number, col = 1) => `${pathPrefix}${f}:${line}:${col}`;
  const others = otherTitleNames(n);
  let out = `${n.id}: ${n.title}${others.length > 0 ? `（${others.join('，')}）` : ''}\n`;
  out += `  kind ${c?.kind ?? effectiveKind(n)}`;
  if (n.fieldPath) out += `, field ${n.owner ?? 'Pod'}: ${n.fieldPath}`;
  else if (n.owner) out += `, of ${n.owner}`;
  if (n.aliases.length) out += `, also ${n.aliases.join(', ')}`;
  if (n.keywords?.length) out += `; keywords (search only) ${n.keywords.join(', ')}`;
  out += '\n';
  if (n.doc) out += `  concept note ${where(n.doc.file, 1)}\n`;
  if (n.map) out += `  map item ${where(n.map.at.file, n.map.at.line, n.map.at.column)} "${n.map.label}"\n`;
  if (n.mined) out += `  mined from free-form notes (first at ${where(n.source.file, n.source.line, n.source.column)})\n`;
  // fix33a: the note whose passage the page shows first and sums the concept up from, when it is not where it was first found (stages/concepts.ts DEFINING_PLACE)
  if (n.mined && c !== undefined && c.source.file !== n.source.file) out += `  defining place ${where(c.source.file, c.source.line, c.source.column)} (its page shows and sums it up from there)\n`;
  if (c?.parent) out += `  parent ${c.parent}\n`;
  const prov = [...(ctx.provenance.get(n.id) ?? [])].sort(
    (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || compareStrings(a.at.file, b.at.file) || a.at.line - b.at.line,
  );
  for (const p of prov) {
    out += `  ${p.role.padEnd(9)} ${where(p.at.file, p.at.line, p.at.column)}  ${JSON.stringify(p.label.length > 60 ? p.label.slice(0, 59) + '…' : p.label)}  [${p.rule}]\n`;
    // a `learned` definition's evidence is its score and the features that weighed most (miner/definer.ts)
    if (p.evidence !== undefined) out += p.rule.startsWith('learned') ? `            score: ${p.evidence}\n` : `            sentence: ${JSON.stringify(p.evidence)}\n`;
  }
  if (!n.doc && !n.map && !n.mined && prov.length === 0) out += '  (the generated root)\n';
  // diag40: the finding a place that defined it gave (`ambiguous-field`: the owners in doubt and how to settle them)
  const defined = prov.filter((p) => p.role === 'defined');
  for (const d of ctx.diags.items) {
    if (d.code !== 'ambiguous-field' || !defined.some((p) => p.at.file === d.file && p.at.line === d.line && p.at.column === d.column)) continue;
    out += `  warning   ${where(d.file, d.line, d.column)}  ${d.code}: ${d.message}\n`;
    if (d.hint !== undefined) out += `            hint: ${d.hint}\n`;
  }
  // edges34: each prerequisite a sentence of a note stated, the phrasing that read it and the sentence
  for (const p of ctx.minedPrerequisites) {
    if (p.to !== n.id && p.from !== n.id) continue;
    const what = p.to === n.id ? `needs    ${p.from} first` : `first for ${p.to}`;
    out += `  ${what}  ${where(p.at.file, p.at.line, p.at.column)}  [${p.rule}]\n`;
    out += `            sentence: ${JSON.stringify(p.sentence.length > 120 ? p.sentence.slice(0, 119) + '…' : p.sentence)}\n`;
  }
  const edges = (ctx.graph?.edges ?? []).filter((e) => e.from === n.id || e.to === n.id);
  if (edges.length) {
    out += `  edges: ${edges.length} (${[...new Set(edges.map((e) => e.type))].sort().join(', ')})\n`;
  }
  return out;
}

/**
 * `--explain` of a name that is no concept: each place the miner read it as a candidate and the
 * rule that said no (kept when the load was asked for them: `keepRejections`), else a line saying
 * that no rule proposed it. Names compare as concepts' names do (`normKey`), without the gloss or
 * the colon of a label: `OrderedReady` finds `**OrderedReady（默认）：**`.
 */
export function explainAbsent(ctx: BuildContext, name: string, pathPrefix = ''): string {
  const want = normKey(stripColon(name).replace(/^`+|`+$/g, ''));
  const keys = (label: string) => {
    const l = stripColon(label.normalize('NFKC').trim()).replace(/^`+|`+$/g, '');
    // (a heading's lead before its colon, `第二天：什么是 QoS？`; a path's last key)
    return [normKey(l), normKey(splitGloss(l).core), normKey(l.split('.').pop() ?? l), normKey(l.split(/[:：]/)[0] ?? l)];
  };
  const hits = (ctx.rejections ?? []).filter((r) => keys(r.label).includes(want));
  hits.sort((a, b) => compareStrings(a.at.file, b.at.file) || a.at.line - b.at.line || a.at.column - b.at.column);
  if (hits.length === 0) {
    return `no concept "${name}": no rule of the miner proposed it (not a bold label, heading, list lead, table cell, YAML key or explaining sentence it reads; docs/miner.md lists the rules)\n`;
  }
  let out = `no concept "${name}": the miner read it ${hits.length === 1 ? 'once' : `${hits.length} times`} and made no concept of it\n`;
  for (const r of hits.slice(0, 30)) {
    const label = r.label.length > 60 ? r.label.slice(0, 59) + '…' : r.label;
    out += `  ${pathPrefix}${r.at.file}:${r.at.line}:${r.at.column}  ${JSON.stringify(label)}  [${r.proposedBy} → ${r.rule}] ${r.why}\n`;
  }
  if (hits.length > 30) out += `  … and ${hits.length - 30} more\n`;
  return out;
}
