/**
 * The UI-string tables pages embed for their browser scripts, serialised once per build instead
 * of once per page: every page carries the English table (the language switch), the search
 * dialog its `search.*` strings, progress widgets their `progress.*` strings, in both languages.
 * `<` is escaped so no `</script>` can end the JSON early.
 */
import { UI_STRINGS } from '../i18n/index.ts';

const json = (v: unknown): string => JSON.stringify(v).replace(/</g, '\\u003c');

function pick(...prefixes: string[]): string {
  const only = (table: Record<string, string>): Record<string, string> =>
    Object.fromEntries(Object.entries(table).filter(([k]) => prefixes.some((p) => k.startsWith(p))));
  return json({ 'zh-CN': only(UI_STRINGS['zh-CN']), en: only(UI_STRINGS.en) });
}

/** The whole English table (`#ui-strings-en`). */
export const EN_STRINGS_JSON = json(UI_STRINGS.en);
/** `search.*` in zh-CN and en (`#search-strings`). */
export const SEARCH_STRINGS_JSON = pick('search.');
/** `progress.*` in zh-CN and en (`[data-progress-strings]`). */
export const PROGRESS_STRINGS_JSON = pick('progress.');
/** What the link previews show: `preview.*`, kind names, progress states and status labels, in zh-CN and en (`#preview-strings`). */
export const PREVIEW_STRINGS_JSON = pick('preview.', 'concept.kind.', 'progress.state.', 'concept.status.');
