/** Fenced code blocks: find unclosed fences (they swallow the rest of the note). */
import type { Code, Root, RootContent } from 'mdast';
import type { DiagnosticSink } from './diagnostics.ts';

/** Every code node in document order, at any depth (list items, block quotes). */
export function codeNodes(tree: Root): Code[] {
  const out: Code[] = [];
  const walk = (nodes: RootContent[]): void => {
    for (const n of nodes) {
      if (n.type === 'code') out.push(n);
      else if ('children' in n && n.type !== 'paragraph' && n.type !== 'heading') walk(n.children as RootContent[]);
    }
  };
  walk(tree.children);
  return out;
}

/** Report each ``` / ~~~ fence that has no closing line (CommonMark then runs it to the end of its container). */
export function checkFences(codes: Code[], text: string, file: string, diags: DiagnosticSink): void {
  for (const node of codes) {
    const start = node.position?.start;
    const end = node.position?.end;
    if (!start || !end || start.offset === undefined || end.offset === undefined) continue;
    const slice = text.slice(start.offset, end.offset);
    const lines = slice.split('\n');
    const open = /^(`{3,}|~{3,})/.exec(lines[0]!.trimStart());
    if (!open) continue; // indented code block
    const ch = open[1]![0]!;
    const len = open[1]!.length;
    const last = lines.length > 1 ? lines[lines.length - 1]!.replace(/^[\s>]*/, '') : '';
    const closing = new RegExp(`^\\${ch}{${len},}\\s*$`);
    if (lines.length === 1 || !closing.test(last)) {
      diags.error('unclosed-fence', { file, line: start.line, column: start.column },
        { key: 'finding.unclosed-fence', vars: { fence: open[1] } },
        { key: 'finding.hint.unclosed-fence', vars: { fence: open[1]! } });
    }
  }
}
