/**
 * Free-form notes as a whole: what a note is about (its title), the passages it gives its
 * concepts, and the stable id of the note itself. The reading of the passages is in miner/.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SourceRef } from './model.ts';
import { nameCandidates } from './labels.ts';
import { conjuncts } from './miner/label-rules.ts';
import { hash8 } from './util.ts';
import { notePathOf, withoutNotionIds } from './files.ts';

export interface Passage {
  conceptId: string;
  /** The heading the passage sits under (or is), plain text. */
  heading?: string;
  at: SourceRef;
  /** Last line of the passage. */
  endLine: number;
  /** Blocks to render as the excerpt. */
  blocks: RootContent[];
}

/**
 * Words around a chapter title that say what kind of note it is, not what it is about.
 */
const TITLE_SUFFIX = /\s*(课程笔记|课堂笔记|听课笔记|学习笔记|读书笔记|阅读笔记|学习记录|踩坑日记|踩坑记录|运维日记|排查日记|日记|面试题|面试|复盘|踩坑|笔记|记录|小记|札记|手记|杂记|随笔|踩坑记|运维手册|手册|清单|备考|速查表|速查|问答|那些事|那点事|基础知识|基础|进阶|入门|详解|整理|总结|实践|实战|指南|教程|简介|概述|原理|初探|浅析|学习|复习|备忘|速记|随记|notes?|basics|tutorial|guide|cheat\s*sheet)$/iu;
/**
 * prec33: a glossary's `术语表` / `词汇表` / `术语`, and `相关` before a genre word, after the subject they
 * qualify (`多租户术语表`, `弹性伸缩术语速记`, `批处理相关面试题整理`): the kind of note too, the subject is
 * 多租户, 弹性伸缩, 批处理. As part of the topic's name the phrase was a false positive 10 times in 8 dev sets,
 * 7 of them where the labels give the chapter the stripped subject as its topic. Only after a subject: a
 * lead `术语表：指标、抓取与告警路由` alone stays what it was (its subject is not before it).
 */
const GLOSSARY_SUFFIX = /(?<=\S)\s*(?:术语表|词汇表|术语|相关)$/u;
const TITLE_PREFIX = /^(k8s|kubernetes)\s*(的\s*)?/iu;
/**
 * A title's lead that names the kind of note, not a subject (before a colon: `实验记录：…`, `面试题：…`),
 * or a run of such words (rules19: `CKA/CKS 备考：…`, `CKA 备考 Day 12：…`, `阅读笔记：…`).
 */
const GENRE_WORDS = '实验|实验记录|实操|动手|踩坑|踩坑记录|踩坑日记|排障|排错|排查|排查记录|值班|运维日记|面试|面试题|速查|速查表|复习|笔记|读书笔记|阅读笔记|阅读|学习笔记|随笔|备忘|备忘录|小结|总结|记录|日记|问答|考点|备考|(?:cka|ckad|cks)(?:\\s*[/、&]\\s*(?:cka|ckad|cks))*|lab|notes?|faq|q\\s*&\\s*a|day\\s*\\d+|第\\s*[一二三四五六七八九十\\d]+\\s*[章节课讲天周篇回部分]';
const NOTE_GENRE = new RegExp(`^(?:(?:${GENRE_WORDS})(?:\\s*(?:${GENRE_WORDS}))*)?$`, 'iu');
const TRAILING_PAREN = /\s*[（(][^（）()]*[）)]\s*$/u;

/**
 * What a chapter title says the chapter is about, most specific first:
 * `第2章 Pod：从入门到实践（草稿）` → `Pod`; `K8s 存储：PV、PVC 与 StorageClass` → `存储`;
 * `Service 与 kube-proxy 学习笔记` → `Service 与 kube-proxy`, `Service`, `kube-proxy`.
 */
export function titleNames(raw: string): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    const t = s.trim();
    if (t !== '' && !out.includes(t)) out.push(t);
  };
  let s = raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 3 && TRAILING_PAREN.test(s); i++) s = s.replace(TRAILING_PAREN, '');
  s = nameCandidates(s)[0] ?? s;
  const colon = /^(.+?)\s*[:：]\s*(.+)$/u.exec(s);
  // `实验记录：用 StatefulSet 跑 MySQL`, `Day 3: Service`: a lead that only says what kind of note
  // it is leaves the subject to the part after the colon
  if (colon) s = NOTE_GENRE.test(colon[1]!.replace(TITLE_SUFFIX, '').trim()) || NOTE_GENRE.test(colon[1]!.trim()) ? colon[2]! : colon[1]!;
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s.replace(TRAILING_PAREN, '').replace(TITLE_SUFFIX, '').replace(GLOSSARY_SUFFIX, '').replace(TITLE_PREFIX, '').trim();
    if (s === before) break;
  }
  if (s === '') return out;
  add(s);
  for (const part of conjuncts(s)) add(part);
  for (const c of nameCandidates(s)) add(c);
  return out;
}

/**
 * The part after a title's colon when `titleNames` took the part before it as the subject
 * (`每个节点一个：DaemonSet` → `DaemonSet`): a subtitle that may name what a lead of plain words
 * only describes. Undefined without a colon, or when the lead only says what kind of note it is
 * (then the part after the colon is the subject already).
 */
export function titleSubtitle(raw: string): string | undefined {
  let s = raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 3 && TRAILING_PAREN.test(s); i++) s = s.replace(TRAILING_PAREN, '');
  s = nameCandidates(s)[0] ?? s;
  const colon = /^(.+?)\s*[:：]\s*(.+)$/u.exec(s);
  if (!colon || NOTE_GENRE.test(colon[1]!.replace(TITLE_SUFFIX, '').trim()) || NOTE_GENRE.test(colon[1]!.trim())) return undefined;
  const sub = colon[2]!.replace(TRAILING_PAREN, '').replace(TITLE_SUFFIX, '').trim();
  return sub === '' ? undefined : sub;
}

/** The text of a note's first `#` heading, `''` when it has none (or an empty one). */
export function headingTitle(tree: Root): string {
  const h1 = tree.children.find((n) => n.type === 'heading' && n.depth === 1);
  return h1 ? toString(h1).trim() : '';
}

/** The title of a note: its first `#` heading, else the frontmatter title, else the file name. */
export function noteTitle(tree: Root, fileStem: string, title?: string): string {
  return headingTitle(tree) || title || fileStem;
}

/**
 * The id of a free-form note, from its path: readable (letters of any script and digits kept,
 * everything else a `-`), stable (only the path decides it) and unique (`used` holds the ids
 * taken; a clash takes a hash of the path). `notes/调度/亲和性与污点.md` → `调度-亲和性与污点`.
 * qa52: without the page ids Notion ends its exported files' and folders' names with
 * (`K8s 学习笔记 8a1b…/Pod 基础 3f2a….md` → `k8s-学习笔记-pod-基础`: the ids filled the 80
 * characters of the URL, cutting the page's own name off); when that id is taken (two `Untitled`
 * pages of one folder), the slug with the page's own id, which Notion made unique (`noteIdCandidates`).
 */
export function noteId(file: string, used: ReadonlySet<string>): string {
  const [first, withIds] = noteIdCandidates(file);
  if (!used.has(first!)) return first!;
  if (withIds !== undefined && !used.has(withIds)) return withIds;
  const slug = withIds ?? first!;
  return `${slug}-${hash8(file)}`;
}

/** The readable ids a note's path gives, the first preferred: without Notion's page ids, then (when it has any) with the page's own. */
export function noteIdCandidates(file: string): string[] {
  const rel = notePathOf(file).replace(/\.(md|markdown)$/i, '');
  const slugOf = (r: string): string => r
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '') || 'note';
  const full = slugOf(rel);
  const bare = slugOf(withoutNotionIds(rel));
  if (bare === full) return [full];
  // the page's own id kept, its folders' left out: `k8s-untitled-deadbeef…`
  const cut = rel.lastIndexOf('/') + 1;
  const ownId = slugOf(withoutNotionIds(rel.slice(0, cut)) + rel.slice(cut));
  return ownId === bare ? [bare, full] : [bare, ownId];
}
