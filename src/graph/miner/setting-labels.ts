/**
 * rules29: a setting written as the label of the passage that explains it — `**honorLabels=true：**…`,
 * `` - `doNotTrack: true`：… ``, `**terminationMessagePolicy=FallbackToLogsOnError：**…` — names its key
 * (issue 12 item 4: a `key=value` form names the key). A key of the API was read so already when the
 * label was short; a long value made the label a "sentence" (more than 40 characters), and a key no
 * kind places (a custom resource's, a tool's: Calico's `doNotTrack`, Kustomize's
 * `disableNameSuffixHash`, the Prometheus Operator's `honorLabels`) was dropped as `key-value` though
 * the writer set it out and explained it. Troubleshooting diaries and glossaries write the fix they
 * made this way.
 *
 * Counted over all 89 dev sets before it was built (a list item or paragraph opening on a camelCase
 * `key=value` or `key: value`, bold or a code span, then a colon; outside fences, one count per chapter
 * and key): 98 labels found, 11 missed, 0 names of no label, in 48 sets — every such label names a label of its
 * chapter. The 11 misses: 7 were dropped by the resolver as `key-value` or `sentence` (this table), the
 * others are placed fields another rule lost (`named-other`).
 *
 * Each shape has an example and a look-alike the tests run (tests/unit/graph/miner-rules29-settings.test.ts).
 */

export interface SettingLabelShape {
  name: string;
  why: string;
  /** group 1: the key */
  test: RegExp;
  example: string;
  key: string;
  /** a label of the same look that is no such setting */
  lookalike: string;
}

/** A camelCase key, as the API and most projects spell theirs. */
const CAMEL_KEY = String.raw`[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+`;
/** One value: a word, a number, a quantity or a quoted word; no space, no second `=` or `:`. */
const ONE_VALUE = String.raw`["']?[^\s"'=:：]+["']?`;

export const SETTING_LABEL_SHAPES: readonly SettingLabelShape[] = [
  {
    name: 'key=value',
    why: 'a camelCase key set to one value with `=`',
    test: new RegExp(String.raw`^\x60?(${CAMEL_KEY})\s*=\s*${ONE_VALUE}\x60?$`, 'u'),
    example: 'honorLabels=true',
    key: 'honorLabels',
    lookalike: '--dry-run=client',
  },
  {
    name: 'key: value',
    why: 'a camelCase key set to one value, written as a YAML line',
    test: new RegExp(String.raw`^\x60?(${CAMEL_KEY}):\s+${ONE_VALUE}\x60?$`, 'u'),
    example: 'doNotTrack: true',
    key: 'doNotTrack',
    lookalike: 'app: web',
  },
];

/** The key of a label that is a camelCase key set to one value (SETTING_LABEL_SHAPES), else undefined. */
export function settingLabelKey(label: string): string | undefined {
  const s = label.normalize('NFKC').trim();
  for (const shape of SETTING_LABEL_SHAPES) {
    const m = shape.test.exec(s);
    if (m) return m[1]!;
  }
  return undefined;
}
