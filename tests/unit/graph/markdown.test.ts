import { describe, expect, it } from 'vitest';
import type { Code } from 'mdast';
import { parseMarkdown, renderHtml } from '../../../src/graph/markdown.ts';

describe('renderHtml code blocks', () => {
  it('makes plain code blocks focusable, so a keyboard user can scroll a long line', () => {
    const html = renderHtml(parseMarkdown('text\n\n```shell\nkubectl get pods -A -o wide --sort-by=.metadata.creationTimestamp\n```\n\n- item\n\n  ```\n  nested\n  ```\n'));
    expect(html).toContain('<pre tabindex="0"><code class="language-shell">');
    expect(html).toContain('<pre tabindex="0"><code>nested');
  });

  it('leaves YAML example blocks as the concept page expects them', () => {
    const tree = parseMarkdown('```yaml\nkind: Pod\n```\n');
    const code = tree.children[0] as Code;
    code.data = { hProperties: { dataExampleId: 'ex-1' } };
    expect(renderHtml(tree)).toContain('<pre><code class="language-yaml" data-example-id="ex-1">');
  });

  it('does not let a note set its own tabindex or other attributes on a code block', () => {
    const html = renderHtml(parseMarkdown('<pre tabindex="5" onclick="x()"><code>raw</code></pre>\n\n```\nok\n```\n'));
    expect(html).not.toContain('tabindex="5"');
    expect(html).not.toContain('onclick');
  });
});
