/**
 * fix30b: a title that is a date names no concept (issue 12 item 3). A Logseq journal
 * (`journals/2024_03_12.md`, titled `2024-03-12`), an Obsidian daily note (`2024-03-12.md`,
 * `3月12日.md`) or a diary page titled by its day (`# 2024-05-22 学习记录`) is a day's entries: what
 * it is about comes from its body, as a diary chapter's does (the headings' subject, else what the
 * text names most: stages/mine.ts), never from the title: no title lookup, no topic of the title,
 * and `--explain` does not say the home came from it.
 *
 * The rule (`DATE_TITLE`), as data: the whole title is a date in one of `DATE_TITLE.dates` (the
 * diary dates of heading-shapes.ts, with Logseq's file form `2024_03_12` and its default title
 * format `Mar 12th, 2024`), optionally with a weekday and one of `DATE_TITLE.genres` (学习记录, 日记,
 * journal …). A title with a name after the date (`2024-05-22 StatefulSet 扩容`) is no date title.
 */
import { DATE_FORMS } from './heading-shapes.ts';

export const DATE_TITLE = {
  name: 'date-title',
  dates: [
    DATE_FORMS,
    String.raw`\d{4}_\d{1,2}_\d{1,2}`,
    String.raw`\d{4}\d{2}\d{2}`,
    String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`,
  ] as readonly string[],
  weekdays: String.raw`周[一二三四五六日天]|星期[一二三四五六日天]|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?`,
  genres: ['学习记录', '学习笔记', '学习日志', '笔记', '日记', '日志', '记录', '复盘', '随记', '随笔', '周报', '日报', 'journal', 'daily note', 'daily', 'notes', 'log', 'til'] as readonly string[],
} as const;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const DATE_TITLE_RE = new RegExp(
  `^\\s*(?:${DATE_TITLE.dates.join('|')})[日号]?\\s*(?:[(（]?\\s*(?:${DATE_TITLE.weekdays})\\s*[)）]?)?\\s*[-—–:：·|]?\\s*(?:${DATE_TITLE.genres.map(escape).join('|')})?\\s*$`,
  'iu',
);

/** Whether a note's title is a date (and at most a weekday and a genre word): DATE_TITLE. */
export function isDateTitle(title: string): boolean {
  return DATE_TITLE_RE.test(title.normalize('NFKC'));
}
