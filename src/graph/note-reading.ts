/**
 * What the miner reads from a free-form note alone — its outline, title and definition
 * candidates (the phrasing rules and the learned scorer) — before any concept is looked up.
 * It depends on the note's tree, file name, YAML fences and frontmatter title and on the
 * definer's configuration, nothing else, so it can be done wherever the note is parsed: the
 * mine stage does it (stages/mine.ts `readNote`), and in a large folder the parse workers do it
 * next to the parse (parse-files.ts) and send it back with the tree (`packReading`: candidates
 * and sections point into the tree and the fences, and come back pointing into the main
 * thread's copies).
 */
import type { Root } from 'mdast';
import { fileStem } from './build-context.ts';
import type { FenceAnalysis } from './examples.ts';
import { findCandidates, type Candidate } from './miner/definitions.ts';
import { commandProseCandidates, fieldProseCandidates, kindProseCandidates, saidKindCandidates } from './miner/field-prose.ts';
import { configMentionCandidates } from './miner/config-mentions.ts';
import { repeatedFieldCandidates } from './miner/field-repeated.ts';
import { projectKindCandidates } from './miner/project-kinds.ts';
import { combineCandidates, definerCollector, definerConfig, nameCandidates, noteFacts, scoreNames, type DefinerConfig } from './miner/definer.ts';
import { outlineNote, type Outline } from './miner/outline.ts';
import { noteTitle } from './mining.ts';
import { packRefs, unpackRefs } from './ref-json.ts';

/** What mining reads from a note alone (its tree, file, fences and title), before any concept is looked up. */
export interface NoteReading {
  /** The definer configuration it was read with (`configId`). */
  config: number;
  outline: Outline;
  title: string;
  candidates: Candidate[];
}

const configIds = new WeakMap<object, number>();
let configCount = 0;
/** A number for a definer configuration object, the same for the same object in this thread. */
export function configId(cfg: object): number {
  let id = configIds.get(cfg);
  if (id === undefined) configIds.set(cfg, (id = configCount++));
  return id;
}

/**
 * The learned definition scorer (miner/definer.ts): names the note explains that no rule
 * proposed become `learned` candidates (and, in veto mode, rule candidates the scorer rejects
 * are dropped). Off when the shipped weights say so; benchmarks and training set it.
 */
function learnedDefinitions(cfg: DefinerConfig, tree: Root, file: string, title: string, fences: FenceAnalysis[], outline: Outline, ruled: Candidate[]): Candidate[] {
  const collect = definerCollector();
  if (cfg.mode === 'off' && !collect) return ruled;
  const note = { tree, file, title, fences };
  const names = nameCandidates(note, ruled);
  const scored = scoreNames(names, noteFacts(note, names), cfg.weights);
  collect?.(file, scored);
  return combineCandidates(ruled, scored, cfg, outline, file);
}

/** Read a note with the definer configuration `cfg` (default: the current one). */
export function readNoteAlone(tree: Root, file: string, fences: FenceAnalysis[], fmTitle: string | undefined, cfg: DefinerConfig = definerConfig()): NoteReading {
  const outline = outlineNote(tree, file, fences);
  const found = findCandidates(outline, file);
  const prose = fieldProseCandidates(outline, file, found);
  const ruled = [...found, ...prose, ...configMentionCandidates(outline, file, [...found, ...prose]), ...commandProseCandidates(outline, file, found), ...kindProseCandidates(outline, file, found), ...saidKindCandidates(outline, file, found), ...projectKindCandidates(outline, file)];
  // fields36: a field the section's example sets, named in its running text and again in the note, that no rule above proposed
  ruled.push(...repeatedFieldCandidates(outline, file, ruled));
  const title = noteTitle(tree, fileStem(file), fmTitle);
  return { config: configId(cfg), outline, title, candidates: learnedDefinitions(cfg, tree, file, title, fences, outline, ruled) };
}

/** A reading as JSON text for another thread, its references into the tree and the fences as numbers (ref-json.ts); undefined if it cannot be written. */
export function packReading(reading: NoteReading, tree: Root, fences: FenceAnalysis[]): string | undefined {
  const { config: _config, ...rest } = reading;
  return packRefs(rest, [tree, fences]);
}

/** A packed reading pointing into this thread's tree and fences, read with configuration `config`; undefined if they do not match the sender's. */
export function unpackReading(json: string, tree: Root, fences: FenceAnalysis[], config: number): NoteReading | undefined {
  const rest = unpackRefs<Omit<NoteReading, 'config'>>(json, [tree, fences]);
  return rest && { config, ...rest };
}
