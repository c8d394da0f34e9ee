/** Notes built from lines for the learned definition scorer's tests (learn3, learn4), and a name's feature vector in them. */
import { parseMarkdown } from '../../../src/graph/markdown.ts';
import { ALL_FEATURES, featuresOf, nameCandidates, noteFacts } from '../../../src/graph/miner/definer.ts';

export const note = (...lines: string[]) => {
  const text = lines.join('\n') + '\n';
  return { tree: parseMarkdown(text), file: 'notes/x.md', title: 'x', fences: [] };
};

export const vectorOf = (n: ReturnType<typeof note>, key: string) => {
  const cands = nameCandidates(n);
  const c = cands.get(key);
  if (!c) throw new Error(`no candidate ${key}: ${[...cands.keys()].join(' ')}`);
  return featuresOf(c, noteFacts(n, cands), true);
};

export const feature = (x: number[], name: string) => x[ALL_FEATURES.indexOf(name)];
