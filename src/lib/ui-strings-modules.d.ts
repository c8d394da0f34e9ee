/** Types of the UI-string virtual modules served by `uiStringsPlugin` (src/lib/ui-strings.ts). */
declare module 'virtual:ui-strings/en' {
  /** The whole English UI-string table. */
  const table: Record<string, string>;
  export default table;
}
declare module 'virtual:ui-strings/*' {
  const table: import('./ui-strings.ts').UiStringTable;
  export default table;
}
