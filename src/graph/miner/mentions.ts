/**
 * Names in running text: the spans of a note where a known concept may be named — Latin words
 * and short runs of them (`Init Container`, `API Server`), inline code (`hostPID`,
 * `restartPolicy: Never`) and bold text (`**持久卷**`). Code blocks are not running text.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SourceRef } from '../model.ts';
import { keyOfKeyValue } from '../labels.ts';
import { englishWord } from './english-words.ts';

export interface NameSpan {
  text: string;
  at: SourceRef;
  /** Spans of one text node share a group; within it `start`/`end` are offsets. */
  group: number;
  start: number;
  end: number;
}

// (fix29: `_` joins a word, `ip_vs`, `nf_conntrack`: no piece of it, `ip`, is a name the text writes)
const WORD = /[A-Za-z][A-Za-z0-9_]*(?:[-.][A-Za-z0-9_]+)*/g;
const MAX_WORDS = 3;

/** Runs of 1–3 Latin words from each word, longest first (the caller keeps the first that names something). */
export function latinRuns(value: string, at: SourceRef, group: number, out: NameSpan[]): void {
  const words: { w: string; start: number; end: number }[] = [];
  for (const m of value.matchAll(WORD)) words.push({ w: m[0], start: m.index, end: m.index + m[0].length });
  for (let i = 0; i < words.length; i++) {
    let k = i;
    while (k + 1 < words.length && k + 1 < i + MAX_WORDS && value.slice(words[k]!.end, words[k + 1]!.start) === ' ') k++;
    for (let j = k; j >= i; j--) {
      out.push({ text: value.slice(words[i]!.start, words[j]!.end), at, group, start: words[i]!.start, end: words[j]!.end });
    }
  }
}

/**
 * fix27: an Obsidian wiki-link's target (`[[04-探针#readinessProbe|就绪探针]]`, `![[图.png]]`): the file and
 * section it points at, not words of the sentence. Only the label after `|` is text the reader sees.
 */
export const WIKI_LINK_TARGET = /(!?\[\[)([^\]|\n]*)(\|[^\]\n]*)?\]\]/g;

/** The text with each wiki-link's target blanked (offsets kept, so spans keep their columns). */
export function maskWikiTargets(value: string): string {
  if (!value.includes('[[')) return value;
  return value.replace(WIKI_LINK_TARGET, (_m, open: string, target: string, label: string | undefined) => `${open}${' '.repeat(target.length)}${label ?? ''}]]`);
}

/** Every span of running text that may name a concept, in document order. */
export function nameSpans(tree: Root, file: string): NameSpan[] {
  const out: NameSpan[] = [];
  let group = 0;
  const posOf = (n: RootContent): SourceRef => ({ file, line: n.position?.start.line ?? 1, column: n.position?.start.column ?? 1 });
  const walk = (nodes: readonly RootContent[]): void => {
    for (const n of nodes) {
      switch (n.type) {
        case 'code':
        case 'html':
        case 'definition':
        case 'yaml':
        case 'image':
        case 'imageReference':
          break;
        case 'text':
          latinRuns(maskWikiTargets(n.value), posOf(n), group++, out);
          break;
        case 'inlineCode': {
          const v = n.value.trim();
          const key = keyOfKeyValue(v);
          out.push({ text: key ?? v, at: posOf(n), group: group++, start: 0, end: v.length });
          break;
        }
        case 'strong': {
          const t = toString(n).trim().replace(/[:：]\s*$/, '');
          out.push({ text: t, at: posOf(n), group: group++, start: 0, end: t.length });
          walk(n.children as RootContent[]);
          break;
        }
        default:
          if ('children' in n) walk(n.children as RootContent[]);
      }
    }
  };
  walk(tree.children);
  return out;
}

/**
 * `revision` in running text is an English word: it is no mention of a term the miner made of the
 * capitalised word (Helm's `Revision`, `Release`, defined in another note), unless the term is also
 * spelt lower-case. Names by their spelling (`kubelet`: no English word), concepts of the map and
 * concept notes, and words in code or bold are not concerned.
 */
export function englishWordNamesMinedTerm(span: string, concept: { title: string; aliases: readonly string[]; mined?: boolean; kind?: string }): boolean {
  return concept.mined === true && concept.kind === 'term' && /^[A-Z][a-z]+$/.test(concept.title) && /^[a-z]+$/.test(span) && englishWord(span) && ![concept.title, ...concept.aliases].includes(span);
}

/**
 * fix32a: a key the note's own YAML sets inside a free-form map — a ResourceQuota's `spec.hard` keys
 * (`services`, `pods`, `requests.cpu`), a ConfigMap's `data` keys — names that key, not the kind a
 * lower-case alias of which it happens to be (`services` is also kubectl's name for Service): no
 * mention of the kind (a bogus "mentioned in" on the Service page from a quota chapter's list of
 * keys). The dev labels make such keys terms of their own where a chapter explains them (dev53's
 * quota table), never mentions of the kind. Only spellings of a key (lower case, dots and slashes),
 * only `object` concepts, only keys of the same note's examples.
 */
export const MAP_KEY_MENTION = {
  name: 'map-key-no-mention',
  spelling: /^[a-z][a-z0-9]*(?:[./-][a-z0-9]+)*$/,
} as const;

export function mapKeyNamesKind(span: string, mapKeys: ReadonlySet<string>, concept: { kind?: string }): boolean {
  return concept.kind === 'object' && MAP_KEY_MENTION.spelling.test(span) && mapKeys.has(span);
}

/**
 * fix29: a head noun right after a word makes the two one name of another thing: `pause 容器` is the
 * container named pause (the Pod's infra container), not the rollout's `pause`; `sleep 进程` a process.
 * An everyday English word (english-words.ts) written before such a noun names a concept only when the
 * concept is that sort of thing: one of its names holds the noun or its English (`sidecar 容器` and
 * Sidecar, whose names include 边车容器 / sidecar container). Names by their spelling (`kubelet 进程`,
 * `etcd 进程`) are not concerned.
 */
export interface HeadNoun {
  noun: string;
  en: string;
}

export const HEAD_NOUNS: readonly HeadNoun[] = [
  { noun: '容器', en: 'container' },
  { noun: '进程', en: 'process' },
  { noun: '镜像', en: 'image' },
  { noun: '脚本', en: 'script' },
  { noun: '文件', en: 'file' },
];

const HEAD_NOUN_AFTER = new RegExp(`^ ?(${HEAD_NOUNS.map((h) => h.noun).join('|')})`, 'u');

/** The head noun right after a lower-case everyday English word (`pause` in `pause 容器`), if any. */
export function headNounOf(word: string, after: string): HeadNoun | undefined {
  if (!/^[a-z]+$/.test(word) || !englishWord(word)) return undefined;
  const m = HEAD_NOUN_AFTER.exec(after);
  return m ? HEAD_NOUNS.find((h) => h.noun === m[1]) : undefined;
}

/** Whether a concept of these names is another thing than `<word> <noun>`: none of its names says the noun. */
export function notThatSort(noun: HeadNoun, names: readonly string[]): boolean {
  return !names.some((n) => n.includes(noun.noun) || n.toLowerCase().includes(noun.en));
}

/** The key a name followed by a head noun is looked up by (note-body.ts, stages/render.ts). */
export const HEAD_NOUN_KEY = '\u0000';
