/**
 * mention10 (issue 12 item 1): a field of a component configuration API named in passing
 * (rules `config-field-mention`, `config-path-mention`) —
 *
 *   kubelet 照样按 `containerLogMaxSize: 10Mi` / `containerLogMaxFiles: 5` 轮转
 *   每条规则可以按 users、userGroups、verbs 来匹配        (userGroups, beside a `kind: Policy` example)
 *   检查 kubelet 的 `cgroupDriver` 和 containerd 是否一致
 *   写进 kubeadm 的 ClusterConfiguration，用 `apiServer.extraArgs`
 *
 * Notes name the settings of KubeletConfiguration, kubeadm's ClusterConfiguration or the audit
 * Policy in running text, tables and diaries without defining them, and the labels keep them as that
 * configuration kind's fields wherever the note is about the kind. The evidence is data, not the
 * clause (CONFIG_MENTION_RULES): the name's spelling, that no kind of the REST API has a field of that
 * name (`schedulerName`, `imagePullPolicy` are Pod's: a configuration field of the same name is not
 * read), and that the note names the configuration kind (its name, a YAML example of it) or a
 * component that reads it (`kubelet` → KubeletConfiguration; vocabulary/names.ts). A name several of
 * the named kinds have is left open (`ambiguousOwners`), as field-prose does.
 *
 * Counted before building on every design set (docs/miner.md, "mention10", `bench/vocab-mentions.mjs`):
 * camelCase configuration-only fields whose kind the note names, 41 labelled and missed (15 sets) against
 * 18 unlabelled (9 sets); lower-case ones (`users`, `kms`, `keys`), even as keys of the note's own example of
 * the kind, 12 against 36 (not read). An aside in parentheses is read only when it names the kind, a name listed
 * as an example or a term of a sum not at all.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Outline } from './outline.ts';
import { componentKindsIn } from './outline.ts';
import type { Candidate } from './definitions.ts';
import { ENUMERATION_CUES, EXAMPLE_CUES } from './definitions.ts';
import { flattenParagraph } from './prose.ts';
import { configFieldsNamed, fieldsByPath, fieldsNamed, type FieldOccurrence } from '../vocabulary/index.ts';
import { paragraphs, placed, sentenceOf } from './field-prose.ts';

export interface ConfigMentionRule {
  /** The rule name --explain prints. */
  name: string;
  /** The written name, scanned for in the paragraph's text (a global pattern). */
  token: RegExp;
  /** How the catalogue is asked: by the field's name, or by the path written (`apiServer.extraArgs`). */
  lookup: 'name' | 'path';
  /** Only a code span that holds it (a path in plain text is often part of a sentence about something else). */
  codeOnly: boolean;
  /** What may stand right after it in a code span that holds more than the name (a value set: `x: 1`, `x=1`). */
  valueInCode: RegExp;
}

const VALUE_SET = /^(?::\s+\S.*|=\S.*)$/;
/**
 * A lower camelCase name (`containerLogMaxSize`, `userGroups`), bare or set to a value in a code span;
 * a path of a configuration kind in a code span (`apiServer.extraArgs`, `conntrack.maxPerCore`: 24 of the
 * 25 such spans of the design sets whose kind the note names are labelled).
 */
export const CONFIG_MENTION_RULES: readonly ConfigMentionRule[] = [
  { name: 'config-field-mention', token: /[a-z]+[A-Z][A-Za-z0-9]*/g, lookup: 'name', codeOnly: false, valueInCode: VALUE_SET },
  { name: 'config-path-mention', token: /[a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)+/g, lookup: 'path', codeOnly: true, valueInCode: VALUE_SET },
];

/** The configuration fields a written name or path stands for, and whether the REST API has it (then the other rules read it). */
function configOccurrences(rule: ConfigMentionRule, written: string): { occs: FieldOccurrence[]; rest: boolean } {
  if (rule.lookup === 'name') {
    return { occs: configFieldsNamed(written).filter((o) => o.name === written), rest: fieldsNamed(written).some((o) => o.name === written) };
  }
  const last = written.slice(written.lastIndexOf('.') + 1);
  const occs = configFieldsNamed(last).filter((o) => {
    const path = o.path.replace(/\[\]/g, '');
    return o.name === last && (path === written || path.endsWith(`.${written}`));
  });
  return { occs, rest: fieldsByPath(written).length > 0 };
}

/**
 * Names listed as examples (`比如 queueSort、preFilter、filter`, `比如它的 advertiseAddress 和
 * bootstrapTokens`): after a cue of examples or of an enumeration (definitions.ts, the lists
 * `inExampleList` reads for code spans), over the earlier items and their separators. They illustrate
 * what the sentence says of the configuration; the labels leave them out (dev6: 4 of 4).
 */
const EXAMPLE_LIST_BEFORE = new RegExp(
  `(?:${[...ENUMERATION_CUES, ...EXAMPLE_CUES].join('|')})\\s*[：:]?\\s*(?:[它其]的)?\\s*(?:\`?[A-Za-z][\\w.-]*\`?\\s*[、，,和及与或/]\\s*)*\`?$`,
  'u',
);

/** The configuration kinds a note names: by their name, as a YAML example's kind, or by a component that reads them. */
function namedConfigKinds(outline: Outline, text: string, owners: readonly string[]): string[] {
  const docKinds = new Set(outline.fences.flatMap((f) => f.docKinds));
  const components = componentKindsIn(text);
  return owners.filter((o) => docKinds.has(o) || components.includes(o) || new RegExp(`(?<![\\w.-])${o}(?![\\w.-])`).test(text));
}

/**
 * The text of the parentheses a name at `from` stands inside, from the opening one on (within its
 * sentence), or undefined when it stands in none.
 */
function openAside(text: string, from: number): string | undefined {
  const start = Math.max(text.lastIndexOf('。', from), text.lastIndexOf('\n', from)) + 1;
  let depth = 0;
  let open = -1;
  for (let i = from - 1; i >= start; i--) {
    const ch = text[i]!;
    if (ch === '）' || ch === ')') depth++;
    else if (ch === '（' || ch === '(') {
      if (depth === 0) { open = i; break; }
      depth--;
    }
  }
  return open < 0 ? undefined : text.slice(open, from);
}

/** Next to a plus or minus sign of a sum (spaces allowed). */
const SUM_BEFORE = /[+＋]\s*$/u;
const SUM_AFTER = /^\s*[+＋]/u;

/** `config-field-mention` candidates of a note, given the candidates the other rules found. */
export function configMentionCandidates(outline: Outline, file: string, existing: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  // the names the other rules found, and each path's field name: a path whose field the note already
  // has at another path (`nftables 有同名的 \`nftables.minSyncPeriod\``) is left to them
  const lastOf = (label: string) => label.slice(label.lastIndexOf('.') + 1).replace(/\[\]$/, '');
  const taken = new Set(existing.flatMap((c) => [c.label.toLowerCase(), lastOf(c.label).toLowerCase()]));
  let noteText: string | undefined;
  const text = () => (noteText ??= outline.sections.map((s) => `${s.title}\n${s.blocks.map((b: RootContent) => toString(b)).join('\n')}`).join('\n'));
  for (const section of outline.sections) {
    for (const p of paragraphs(section.blocks)) {
      const flat = flattenParagraph(p);
      for (const rule of CONFIG_MENTION_RULES) for (const m of flat.text.matchAll(rule.token)) {
        const name = m[0];
        const from = m.index;
        const to = from + name.length;
        if (taken.has(name.toLowerCase()) || taken.has(lastOf(name).toLowerCase())) continue;
        const before = flat.text.slice(Math.max(0, from - 1), from);
        const after = flat.text.slice(to, to + 1);
        // part of a path, a flag or a longer word (`apiServer.extraArgs`, `--cgroupDriver`)
        if (/[-.\/\w$]/.test(before) || /[.\/\w[]/.test(after)) continue;
        if (EXAMPLE_LIST_BEFORE.test(flat.text.slice(Math.max(0, from - 120), from))) continue;
        // a term of a sum (`kubeReserved + systemReserved + 驱逐阈值`): a quantity, not the setting
        if (SUM_BEFORE.test(flat.text.slice(Math.max(0, from - 3), from)) || SUM_AFTER.test(flat.text.slice(to, to + 3))) continue;
        const piece = flat.pieces.find((x) => x.from <= from && from < x.to);
        if (piece?.kind === 'other' || (rule.codeOnly && piece?.kind !== 'code')) continue;
        if (piece?.kind === 'code') {
          const code = flat.text.slice(piece.from, piece.to).trim();
          if (!code.startsWith(name) || (code !== name && !rule.valueInCode.test(code.slice(name.length)))) continue;
        }
        // a field of the REST API by that name is read by the other rules, never as a configuration's
        const { occs, rest } = configOccurrences(rule, name);
        if (rest || occs.length === 0) continue;
        const named = namedConfigKinds(outline, text(), [...new Set(occs.map((o) => o.owner))]);
        if (named.length === 0) continue;
        // an aside in parentheses mentions, it does not explain (field-prose's rule too), unless the aside
        // names the kind whose field it is (`（KubeletConfiguration 里的 \`syncFrequency\`，默认 1 分钟）`)
        const aside = openAside(flat.text, from);
        if (aside !== undefined && !named.some((k) => new RegExp(`(?<![\\w.-])${k}(?![\\w.-])`).test(aside))) continue;
        taken.add(name.toLowerCase());
        taken.add(lastOf(name).toLowerCase());
        out.push({
          rule: `${rule.name} (${named.length === 1 ? named[0] : 'several kinds'})`,
          label: named.length === 1 && rule.lookup === 'path' ? occs.find((o) => o.owner === named[0])!.path : name,
          ...placed(file, section, p, piece, flat.text, from),
          newTerm: false,
          expect: 'field',
          aliases: [],
          evidence: sentenceOf(flat.text, from, to),
          ...(named.length === 1 ? { owner: named[0] } : { ambiguousOwners: named }),
        });
      }
    }
  }
  return out;
}
