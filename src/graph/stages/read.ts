/** Stage `read`: list every file of the content folder, classify it, pick the notes to parse. */
import { stat } from 'node:fs/promises';
import type { BuildContext } from '../build-context.ts';
import { CONTENT_FOLDER } from '../diagnostics.ts';
import { classify, contentLayout, isIncludeOnly, listContentFiles } from '../files.ts';

export async function readContent(ctx: BuildContext): Promise<void> {
  const { diags, root, records } = ctx;
  let files: string[] = [];
  try {
    const st = await stat(root);
    if (!st.isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    files = await listContentFiles(root);
  } catch (err) {
    diags.error('content-missing', { file: CONTENT_FOLDER, line: 1, column: 1 },
      { key: 'finding.content-missing', vars: { reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message } },
      { key: 'finding.hint.content-missing' });
  }
  ctx.files = files;
  ctx.fileSet = new Set(files);
  ctx.contentLayout = contentLayout(files);
  for (const f of files) records.set(f, { file: f, role: classify(f, ctx.contentLayout), status: 'ok', concepts: [] });

  ctx.toRead = files.filter((f) => {
    const role = records.get(f)!.role;
    if (role === 'ignored' && /\.(md|markdown)$/i.test(f) && !/(^|\/)readme\.(md|markdown)$/i.test(f) && !isIncludeOnly(f)) {
      diags.warn('unclassified-note', { file: f, line: 1, column: 1 },
        { key: 'finding.unclassified-note' },
        { key: 'finding.hint.unclassified-note' });
    }
    return role === 'map' || role === 'concept' || role === 'note';
  });
}
