/**
 * rules25: features of a name that is part of the note's own vocabulary — features that hold
 * only together (a logistic model over the single features cannot read "and"). Each is a row of
 * TOPIC_CONJUNCTIONS: the feature is 1 when every part holds (each part a feature of definer.ts
 * ALL_FEATURES at least its minimum, by default above 0), else 0. Two families, from the brief's
 * two readings of a name explained in running prose (docs/miner.md "rules25"):
 *
 *   t-gloss-…   a gloss in brackets as a naming act: the name is glossed in the other script
 *               (`准入控制器（Admission Controller）`, `Foreground（前台级联删除）`) AND written as a
 *               name elsewhere — in bold, in a code span, in a heading, or in the note's title
 *   t-…-subj    the chapter's topic vocabulary: the name opens a clause as its subject AND it is
 *               in the note's title, or it recurs in two sections or more, or it is glossed;
 *               a glossed name its busiest paragraph goes on about (t-gloss-focus)
 *
 * The rows were chosen before training from the brief's ideas and counted on the candidate rows
 * (scripts/lib/definer-train.mjs collectRows): among the names no rule proposes and the scorer does
 * not admit, a bold and glossed name is a label 60 times in 100, where either alone is 11–15 in 100.
 */

/** One part of a conjunction: a feature and the least value it must have (0: any value above 0). */
export interface TopicPart {
  feature: string;
  min?: number;
}

/** The conjunction features, in order (appended to definer.ts ALL_FEATURES after the prose features). */
export const TOPIC_CONJUNCTIONS: readonly { name: string; parts: readonly TopicPart[] }[] = [
  { name: 't-gloss-bold', parts: [{ feature: 'gloss' }, { feature: 'bold' }] },
  { name: 't-gloss-code', parts: [{ feature: 'gloss' }, { feature: 'code' }] },
  { name: 't-gloss-heading', parts: [{ feature: 'gloss' }, { feature: 'heading' }] },
  { name: 't-gloss-title', parts: [{ feature: 'gloss' }, { feature: 'in-title' }] },
  // p-sections is log(1 + sections): at least log 3 is two sections or more
  { name: 't-sections-subj', parts: [{ feature: 'p-sections', min: Math.log1p(2) }, { feature: 'clause-subject' }] },
  { name: 't-title-subj', parts: [{ feature: 'in-title' }, { feature: 'clause-subject' }] },
  { name: 't-gloss-focus', parts: [{ feature: 'gloss' }, { feature: 'p-unit-focus' }] },
  { name: 't-gloss-subj', parts: [{ feature: 'gloss' }, { feature: 'clause-subject' }] },
];

export const TOPIC_FEATURE_NAMES: readonly string[] = TOPIC_CONJUNCTIONS.map((c) => c.name);

/**
 * The conjunction features of a vector already holding every other feature: `at` gives a feature's
 * index in it (undefined for a name it does not have, which then never holds).
 */
export function topicFeatures(f: readonly number[], at: (feature: string) => number | undefined): number[] {
  return TOPIC_CONJUNCTIONS.map(({ parts }) =>
    parts.every(({ feature, min }) => {
      const i = at(feature);
      const v = i === undefined ? 0 : (f[i] ?? 0);
      return min === undefined ? v > 0 : v >= min - 1e-12;
    })
      ? 1
      : 0,
  );
}
