/**
 * A name and its closing parenthetical, and the names a concept shows besides its title. Pure and
 * without imports: the browser's preview script reaches this module through preview-index.ts, so
 * it must stay small (labels.ts, with the miner's word lists, re-exports `closingParen` from here).
 */

/**
 * A label's closing parenthetical, full-width or ASCII: `StorageClass（SC，存储类）` → before
 * `StorageClass`, inside `SC，存储类`; undefined when the label does not end in one. The one reading
 * of "a name and its gloss" that splitBilingual, splitGloss, the remark and title rules share.
 */
export function closingParen(label: string): { before: string; inside: string; fullWidth: boolean } | undefined {
  const m = /^(.*?)\s*([（(])([^（）()]*)[）)]\s*$/u.exec(label);
  return m ? { before: m[1]!.trim(), inside: m[3]!, fullWidth: m[2] === '（' } : undefined;
}

/**
 * A concept's names besides its title (`titleZh`, `titleEn`) that differ from it and from each
 * other, and that the title does not already show in full: `Audit（审计）` with the Chinese name
 * 审计 shows both already, `服务网格（Service Mesh）` too. Pages, previews, diagrams and `--explain`
 * print a concept's other names from here.
 */
export function otherTitleNames(c: { title: string; titleZh?: string; titleEn?: string }): string[] {
  const seen = new Set([c.title.trim().toLowerCase()]);
  const both = closingParen(c.title.trim());
  if (both) for (const part of [both.before, both.inside]) seen.add(part.trim().toLowerCase());
  const out: string[] = [];
  for (const n of [c.titleZh, c.titleEn]) {
    const k = n?.trim().toLowerCase();
    if (!n || !k || seen.has(k)) continue;
    seen.add(k);
    out.push(n.trim());
  }
  return out;
}
