/**
 * qa53: what blog engines' and HackMD's / Bear's Markdown writes beyond Markdown, read as what it
 * shows there. A note taken from a Hexo or Hugo blog, or written in HackMD (CodiMD) or Bear, holds:
 *
 *   {% note info %} … {% endnote %}                   ← Hexo (NexT, Butterfly) callouts
 *   {% blockquote 作者 %} … {% endblockquote %}        ← Hexo quote
 *   {% codeblock hpa.yaml lang:yaml %} … {% endcodeblock %}   ← Hexo code block (also `{% code %}`)
 *   {% raw %} … {% endraw %}                          ← Hexo: text kept as written (its markers dropped)
 *   {{< notice warning "标题" >}} … {{< /notice >}}     ← Hugo shortcodes (also `{{% … %}}`): notice,
 *                                                        admonition, hint, alert, callout, details
 *   {{< highlight yaml "linenos=table" >}} … {{< /highlight >}}   ← Hugo code block
 *   {{< ref "hpa.md" >}}, {% post_link hpa 标题 %}     ← links to another post
 *   {%youtube id %}, {{< youtube id >}}, {{< figure src=… >}}, {% asset_img a.png 标题 %}   ← embeds
 *   [name=小王] [time=…] [color=#907bf7]               ← HackMD's attribution in a quote
 *   ::重点::                                           ← Bear's highlight
 *   ```yaml=  /  ```yaml=12  /  ```yaml!              ← HackMD's fence with line numbers
 *   ###### tags: `k8s` `network`                       ← HackMD's tags line
 *
 * All of it was shown as text, with its braces (and the YAML inside a Hexo or Hugo code block was
 * read as prose: its keys linked, `metadata` taken for a defined field). So, before the note is
 * parsed (as export-tags.ts rewrites Notion's `<aside>`), the block lines are rewritten in place
 * into what the parse already reads: a callout's opening line into the container line
 * `:::info 标题` (callouts.ts, CONTAINER_TYPES) and its closing line into `:::`; a code block's into
 * a fence; `{% raw %}` lines blanked. `[文字]({{< ref "hpa.md" >}})` becomes the link `[文字](hpa.md)`, Bear's `::x::`
 * the highlight `==x==`, HackMD's `[color=…]` nothing and `[name=…]`/`[time=…]` their value. Each
 * rewritten line keeps its number and is never longer than it was (it is padded with tabs at its
 * end, which the parse drops), so every position stays a file position (on a rewritten line, the
 * columns after a rewrite move left). Only pairs of block lines are rewritten; code is left as
 * written. The embeds are read after the parse (`readEmbeds`): a video is a link to it, a figure
 * an image, a link to a post the wiki link `[[blog/hpa.md|标题]]` (to the note of that path, or a
 * `dangling-reference` warning); HackMD's tags line is the note's tags (`hackmdTags`).
 */
import type { Code, Heading, Image, Link, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { visitType } from './visit-type.ts';
import { codeAwareLines } from './siyuan.ts';
import { findIncludes, mayInclude } from './includes.ts';
import { slicePositionOrNode } from './text-slices.ts';
import { parseMarkdown } from './markdown.ts';

/** What a block tag's opening line becomes. */
type BlockKind = 'container' | 'fence' | 'blank' | 'folded' | 'tab';

interface BlogBlockTag {
  name: string;
  /** The opening line: the shortcode's name in group 1, its arguments in group 2. */
  open: RegExp;
  close: RegExp;
  kind: BlockKind;
}

const hexo = (name: string, kind: BlockKind, names = name, tool = 'hexo'): BlogBlockTag => ({
  name: `${tool}-${name}`,
  open: new RegExp(`^[ \\t]*\\{%-?[ \\t]*(${names})(?:[ \\t]+([^\\n]*?))?[ \\t]*-?%\\}[ \\t]*$`, 'i'),
  close: new RegExp(`^[ \\t]*\\{%-?[ \\t]*end(?:${names})[ \\t]*-?%\\}[ \\t]*$`, 'i'),
  kind,
});
const hugo = (name: string, kind: BlockKind, names = name): BlogBlockTag => ({
  name: `hugo-${name}`,
  open: new RegExp(`^[ \\t]*\\{\\{[<%][ \\t]*(${names})(?:[ \\t]+([^\\n]*?))?[ \\t]*[>%]\\}\\}[ \\t]*$`, 'i'),
  close: new RegExp(`^[ \\t]*\\{\\{[<%][ \\t]*\\/[ \\t]*(?:${names})[ \\t]*[>%]\\}\\}[ \\t]*$`, 'i'),
  kind,
});

/** An MDX component's lines, `<Tabs groupId="x">` … `</Tabs>` (case as written: a component's name is capitalised). */
const jsx = (name: string, kind: BlockKind): BlogBlockTag => ({
  name: `mdx-${name}`,
  open: new RegExp(`^[ \\t]*<(${name})(?:[ \\t]+([^<>\\n]*?))?[ \\t]*>[ \\t]*$`),
  close: new RegExp(`^[ \\t]*<\\/${name}[ \\t]*>[ \\t]*$`),
  kind,
});

/** The block tags read (see the module comment); code blocks first, so nothing inside one is read. */
export const BLOG_BLOCK_TAGS: readonly BlogBlockTag[] = [
  hexo('codeblock', 'fence', 'codeblock|code'),
  hugo('highlight', 'fence'),
  hexo('raw', 'blank'),
  hexo('note', 'container', 'note|notel'),
  hexo('blockquote', 'container', 'blockquote|quote'),
  hexo('hidetoggle', 'folded', 'hidetoggle|folding'),
  hugo('notice', 'container', 'notice|admonition|hint|alert|callout|tip|warning|info|note'),
  hugo('details', 'folded', 'details|expand|spoiler'),
  // qa54: GitBook's `{% hint style="info" %}`, `{% tabs %}` / `{% tab title="…" %}`, `{% content-ref %}`
  // (its `{% code title=… %}` around a fence is the `code` tag above, read as a wrapper: see `wrapsFence`)
  hexo('hint', 'container', 'hint', 'gitbook'),
  hexo('tabs', 'blank', 'tabs', 'gitbook'),
  hexo('tab', 'tab', 'tab', 'gitbook'),
  hexo('content-ref', 'blank', 'content-ref', 'gitbook'),
  // qa54: Docusaurus's MDX `<Tabs>` / `<TabItem value="…" label="…">`, each tag a line of its own
  jsx('Tabs', 'blank'),
  jsx('TabItem', 'tab'),
  // qa54: VitePress's `::: code-group` (its fences' `[label]`s name the files): the fences alone
  { name: 'vitepress-code-group', open: /^[ \t]*:::[ \t]*(code-group)()[ \t]*$/, close: /^[ \t]*:::[ \t]*$/, kind: 'blank' },
];

/** A callout type as written in a blog (NexT's, Hugo themes') → the container type it shows as. */
export const BLOG_CALLOUT_TYPES: Readonly<Record<string, string>> = {
  default: 'note', primary: 'note', note: 'note', info: 'info', tip: 'tip', tips: 'tip', hint: 'tip',
  success: 'success', warning: 'warning', warn: 'warning', caution: 'warning', danger: 'danger',
  error: 'danger', important: 'tip', example: 'example', quote: 'quote', abstract: 'note', summary: 'note',
};
/** Words of a NexT / Butterfly note's opening line that style it and are no title. */
const STYLE_WORDS = new Set(['no-icon', 'flat', 'simple', 'modern', 'disabled', 'open', 'true', 'false']);

/** A shortcode's arguments: `key="value"` / `key=value` pairs and positional words (quoted or not). */
export function shortcodeArgs(s: string): { named: Record<string, string>; positional: string[] } {
  const named: Record<string, string> = {};
  const positional: string[] = [];
  for (const m of s.matchAll(/([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))|"([^"]*)"|'([^']*)'|(\S+)/g)) {
    if (m[1] !== undefined) named[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
    else positional.push(m[5] ?? m[6] ?? m[7]!);
  }
  return { named, positional };
}

/** The container line (`:::info 标题`) an opening line with arguments `args` becomes. */
function containerLine(tag: BlogBlockTag, word: string, args: string): string {
  const { named, positional } = shortcodeArgs(args);
  let type: string | undefined;
  if (tag.kind === 'tab') {
    // a tab is a callout titled with its label (GitBook's `title=`, Docusaurus's `label=`, else its `value=`)
    const label = (named.title ?? named.label ?? named.value ?? positional.join(' ')).trim();
    return `:::tab${label ? ` ${label}` : ''}`;
  }
  const namedType = named.type ?? named.color ?? named.class ?? named.style;
  if (namedType !== undefined) type = BLOG_CALLOUT_TYPES[namedType.toLowerCase()];
  const words = [...positional];
  if (type === undefined && words.length > 0 && BLOG_CALLOUT_TYPES[words[0]!.toLowerCase()] !== undefined) {
    type = BLOG_CALLOUT_TYPES[words.shift()!.toLowerCase()];
  }
  // Hugo's `{{< tip >}}`, `{{< warning >}}` name their type themselves (`{% note %}` alone is a note)
  type ??= BLOG_CALLOUT_TYPES[word.toLowerCase()];
  const title = (named.title ?? named.summary ?? words.filter((w) => !STYLE_WORDS.has(w.toLowerCase())).join(' ')).trim();
  if (tag.kind === 'folded') return `:::spoiler${title ? ` ${title}` : ''}`;
  if (tag.name === 'hexo-blockquote') return `:::quote${title ? ` ${title}` : ''}`;
  return `:::${type ?? 'note'}${title ? ` ${title}` : ''}`;
}

/** The fence line (```` ```yaml ````) a code block's opening line with arguments `args` becomes. */
function fenceLine(tag: BlogBlockTag, _word: string, args: string): string {
  const { named, positional } = shortcodeArgs(args);
  // Hexo: `{% codeblock [title] [lang:yaml] … %}`; Hugo: `{{< highlight yaml "opts" >}}`
  const lang = tag.name === 'hexo-codeblock'
    ? (positional.find((w) => /^lang:/i.test(w))?.slice(5) ?? named.lang ?? '')
    : (positional[0] ?? named.lang ?? '');
  return '```' + (/^[\w+#.-]*$/.test(lang) ? lang : '');
}

/** Inline rewrites: what each match becomes (never longer than it). */
interface InlineRewrite {
  name: string;
  re: RegExp;
  to: (m: RegExpExecArray) => string | undefined;
}

/**
 * The file a post is linked by, as a wiki link's target: `hpa.md` → `hpa.md`, `/posts/hpa` → `hpa.md`
 * (with `.md`: the note of that file name, never a concept named `hpa`, which `[[hpa]]` would find first).
 */
function wikiTarget(path: string): string | undefined {
  let p = path.trim().replace(/[?#].*$/, '').replace(/\/+$/, '').replace(/\/(?:_?index)(?:\.(?:md|markdown))?$/i, '');
  p = p.replace(/\.(?:md|markdown)$/i, '');
  const last = p.split('/').pop() ?? '';
  return /^[^[\]|#^\n]+$/.test(last) ? `${last}.md` : undefined;
}

export const BLOG_INLINE_REWRITES: readonly InlineRewrite[] = [
  // `[文字]({{< ref "hpa.md" >}})`: the destination a relative link to the note
  {
    name: 'hugo-ref-destination',
    re: /\]\(\{\{[<%][ \t]*(?:ref|relref)[ \t]+"?([^"\s{}]+?)"?[ \t]*[>%]\}\}\)/gi,
    to: (m) => {
      const t = wikiTarget(m[1]!);
      return t === undefined ? undefined : `](${encodeURI(t)})`;
    },
  },
  // HackMD's attribution: `[color=#907bf7]` shows no text, `[name=小王]` and `[time=…]` their value
  // (never a link's text: `[color=red](url)`, `[name=x][ref]`)
  { name: 'hackmd-color', re: /\[color=[^\]\n]*\](?![([])/g, to: () => '' },
  { name: 'hackmd-name', re: /\[name=([^\]\n]*)\](?![([])/g, to: (m) => `— ${m[1]!.trim()}` },
  { name: 'hackmd-time', re: /\[time=([^\]\n]*)\](?![([])/g, to: (m) => `· ${m[1]!.trim()}` },
  // qa54: GitBook's `{% embed url="https://…" %}`: the link to the page (no player: nothing loads from another host unasked)
  {
    name: 'gitbook-embed',
    re: /\{%[ \t]*embed[ \t]+url=(?:"([^"\s<>]+)"|'([^'\s<>]+)')[^%\n]*%\}/gi,
    to: (m) => {
      const url = m[1] ?? m[2]!;
      return /^https?:\/\/[^\s<>]+$/i.test(url) ? `<${url}>` : undefined;
    },
  },
  // qa54: GitBook's `{% endembed %}` (its `{% embed url=… %}` is a link, BLOG_EMBEDS; the caption between stays)
  { name: 'gitbook-endembed', re: /\{%[ \t]*endembed[ \t]*%\}/g, to: () => '' },
  // qa54: MkDocs' attribute list (attr_list) `{ .annotate }`, `{ #access-modes }`, `{: .class key="v" }` at a
  // line's end or alone: styling, no text (a `.class` or `#id` in it; never `{{ .Values.x }}`, `{a=1}` or a
  // brace in running text). `{#id}` with no space is left: it is this site's own explicit id (a self-check
  // card's question line, a map item; cards.ts, map.md)
  {
    name: 'attr-list',
    re: /(?<![^ \t])\{:?[ \t]*(?:(?:[.#][\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s}"']+))[ \t]*)+\}[ \t]*$/g,
    to: (m) => (/(?:^|[\s{:])[.#][\w-]/.test(m[0]) && !/^\s*\{#/.test(m[0]) ? '' : undefined),
  },
  // qa54: an MDX note's `import Tabs from '@theme/Tabs';` lines (code for the site, no text), and
  // mdBook's `{{#title 标题}}` (the browser tab's title; the note's H1 is its title here)
  { name: 'mdx-import', re: /^[ \t]*import[ \t]+(?:[\w*${}][\w*${},\t ]*[ \t]from[ \t]+)?(?:'[^'\n]+'|"[^"\n]+")[ \t]*;?[ \t]*$/g, to: () => '' },
  { name: 'mdbook-title', re: /^[ \t]*\{\{#title[ \t][^{}\n]*\}\}[ \t]*$/g, to: () => '' },
  // Bear's highlight `::重点::` (never `std::vector`, a Logseq `key:: value` or a `:::` container)
  {
    name: 'bear-highlight',
    re: /(?<![\p{L}\p{N}_:])::(?![\s:])([^:\n]+?)(?<![\s:])::(?![\p{L}\p{N}_:])/gu,
    to: (m) => `==${m[1]}==`,
  },
];

/** Quick test: none of the shapes (the common case: one regular expression over the text). */
const ANY_SHAPE = /\{%|\{\{[<%#]|\[(?:color|name|time)=|::|\{:?[ \t]*[.#]|^[ \t]*(?:import[ \t]|<\/?Tab)|^(?:!!!|\?\?\?|===)/m;

/** `s` padded to `width` with tabs (see export-tags.ts: trailing spaces would be a hard line break). */
const pad = (s: string, width: number): string => s + '\t'.repeat(Math.max(0, width - s.length));
const indentOf = (s: string): string => /^[ \t]*/.exec(s)![0];

/**
 * qa54: MkDocs (Python-Markdown, Material)'s blocks whose body is the lines indented 4 spaces under
 * their opening line, which has a blank line (or the note's start) before it:
 *
 *   !!! note "标题"      ← admonition (`!!! warning` alone: no title; words after the type are classes)
 *   ??? tip "标题"       ← collapsible, folded (pymdownx.details); `???+` open
 *   === "kubectl"        ← a content tab (pymdownx.tabbed; `===!`, `===+` too)
 *
 * Each type and what it shows as, the written type kept for the callout stage (`help`, not
 * `question`: that one is the self-check card marker).
 */
export const INDENTED_BLOCKS: readonly { name: string; re: RegExp; line: (m: RegExpExecArray) => string }[] = [
  {
    name: 'mkdocs-admonition',
    re: /^(!!!|\?\?\?\+?)[ \t]+([A-Za-z][\w-]*)((?:[ \t]+[A-Za-z][\w-]*)*)(?:[ \t]+"([^"\n]*)")?[ \t]*$/,
    line: (m) => {
      const type = /^(?:question|faq)$/i.test(m[2]!) ? 'help' : m[2]!;
      const fold = m[1] === '???' ? '-' : m[1] === '???+' ? '+' : '';
      // no title written: titled with the type's label; `""`: MkDocs shows no title (the label here)
      const title = (m[4] ?? '').trim();
      return `:::${type}${fold}${title ? ` ${title}` : ''}`;
    },
  },
  {
    name: 'mkdocs-tab',
    re: /^===[!+]?[ \t]+"([^"\n]*)"[ \t]*$/,
    line: (m) => `:::tab${m[1]!.trim() ? ` ${m[1]!.trim()}` : ''}`,
  },
];

const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})/;

/**
 * The note's text with MkDocs' indented blocks (INDENTED_BLOCKS) rewritten into containers, or
 * `undefined` when it has none: the opening line becomes `:::note 标题` (`:::tip- 标题` folded,
 * `:::tab 标签`), the body loses its 4 spaces, and the blank line after the body (or a line added at
 * the note's end) becomes the closing `:::`. Every line keeps its number; the block is as long as it
 * was (the closing line padded with tabs), so positions after it stay where they were (inside it,
 * the columns of the body move 4 left). A block inside a block is read when a blank line ends it
 * inside its parent. Lines in fences are never read; a block with no blank line after it is left
 * as written.
 */
export function rewriteIndentedBlocks(text: string): string | undefined {
  if (!/^(?:[ \t]*)(?:!!!|\?\?\?|===)/m.test(text)) return undefined;
  const lines = text.split('\n');
  let changed = false;
  // one pass per level: a block inside a block is at the line start once its parent's body is out-dented
  for (let pass = 0; pass < 4; pass++) {
    let passChanged = false;
    let fence: string | undefined;
    const closes = new Set<number>();
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (fence !== undefined) {
        if (new RegExp(`^[ \\t]*${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`).test(l)) fence = undefined;
        continue;
      }
      const f = FENCE_OPEN.exec(l);
      if (f) {
        fence = f[1];
        continue;
      }
      // a blank line before (or one this pass made a closing line)
      if (i > 0 && lines[i - 1]!.trim() !== '' && !closes.has(i - 1)) continue;
      let opened: string | undefined;
      for (const b of INDENTED_BLOCKS) {
        const m = b.re.exec(l);
        if (m) {
          opened = b.line(m);
          break;
        }
      }
      if (opened === undefined) continue;
      // the body: the lines indented 4 (or a tab), blank lines between them
      let last = i;
      for (let j = i + 1; j < lines.length; j++) {
        const t = lines[j]!;
        if (t.trim() === '') continue;
        if (!/^(?: {4}|\t)/.test(t)) break;
        last = j;
      }
      if (last === i) continue;
      const closeAt = last + 1;
      if (closeAt < lines.length && lines[closeAt]!.trim() !== '') continue;
      // the characters the closing line may take: the body's indents, less what the opening line grew by
      let budget = Math.min(0, l.length - opened.length);
      for (let j = i + 1; j <= last; j++) {
        const t = lines[j]!;
        const body = t.trim() === '' ? '' : t.replace(/^(?: {4}|\t)/, '');
        budget += t.length - body.length;
        lines[j] = body;
      }
      lines[i] = pad(opened, l.length);
      if (closeAt === lines.length) lines.push(':::');
      else lines[closeAt] = pad(':::', lines[closeAt]!.length + budget);
      closes.add(closeAt);
      i = last;
      passChanged = changed = true;
    }
    if (!passChanged) break;
  }
  return changed ? lines.join('\n') : undefined;
}

/**
 * The note's text with the blog's and HackMD's / Bear's shapes rewritten (see the module
 * comment), or `undefined` when it has none. `tree` is the note parsed from `text`.
 */
export function rewriteBlogShortcodes(text: string, tree: Root): string | undefined {
  if (!ANY_SHAPE.test(text)) return undefined;
  // qa54: MkDocs' indented blocks first (their bodies were indented code to the parse): the rest reads their lines
  const indented = rewriteIndentedBlocks(text);
  if (indented !== undefined) {
    text = indented;
    tree = parseMarkdown(text);
  }
  const { lines, starts, inCode, lineInCode } = codeAwareLines(text, tree);
  /** Lines a rewritten code block now holds: nothing in them is read. */
  const fenced = new Set<number>();
  const out = [...lines];
  let changed = false;
  for (const tag of BLOG_BLOCK_TAGS) {
    const open: [number, string, string][] = [];
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (fenced.has(i) || lineInCode(i)) continue;
      const m = tag.open.exec(l);
      if (m) open.push([i, m[1]!, m[2] ?? '']);
      else if (tag.close.test(l) && open.length > 0) {
        const [o, word, args] = open.pop()!;
        const ol = lines[o]!;
        // GitBook's `{% code title="x.sh" %}` around a fence: the fence is the code block, the tags are dropped
        const wrapsFence = tag.kind === 'fence' && o + 1 < i && lineInCode(o + 1) && /^[ \t]*(?:`{3,}|~{3,})/.test(lines[o + 1]!);
        if (tag.kind === 'blank' || wrapsFence) {
          out[o] = ' '.repeat(ol.length);
          out[i] = ' '.repeat(l.length);
        } else {
          const first = indentOf(ol) + (tag.kind === 'fence' ? fenceLine(tag, word, args) : containerLine(tag, word, args));
          const last = indentOf(l) + (tag.kind === 'fence' ? '```' : ':::');
          if (first.length > ol.length || last.length > l.length) continue;
          out[o] = pad(first, ol.length);
          out[i] = pad(last, l.length);
          if (tag.kind === 'fence') for (let k = o; k <= i; k++) fenced.add(k);
        }
        changed = true;
      }
    }
  }
  for (let i = 0; i < out.length; i++) {
    if (fenced.has(i) || out[i] !== lines[i]) continue;
    let l = out[i]!;
    const width = l.length;
    let lineChanged = false;
    for (const rw of BLOG_INLINE_REWRITES) {
      rw.re.lastIndex = 0;
      if (!rw.re.test(l)) continue;
      rw.re.lastIndex = 0;
      let kept = '';
      let last = 0;
      // offsets in `l` shift as earlier rewrites shorten it; code is checked against the line as written
      const shift = width - l.length;
      for (const m of l.matchAll(rw.re)) {
        const to = rw.to(m as RegExpExecArray);
        if (to === undefined || to.length > m[0].length) continue;
        if (shift === 0 && inCode(starts[i]! + m.index, starts[i]! + m.index + m[0].length)) continue;
        if (shift !== 0 && lineInCode(i)) continue;
        kept += l.slice(last, m.index) + to;
        last = m.index + m[0].length;
      }
      if (last === 0) continue;
      l = kept + l.slice(last);
      lineChanged = true;
    }
    if (lineChanged) {
      out[i] = pad(l.trimEnd(), width);
      changed = true;
    }
  }
  return changed ? out.join('\n') : indented;
}

/** An embed written as a shortcode: what it shows (a link to the video, an image). */
interface Embed {
  name: string;
  re: RegExp;
  /** `dir`: the note's folder, content-relative, with its `/` (`blog/`), or `''`. */
  node: (m: RegExpExecArray, dir: string) => PhrasingContent | undefined;
}

const link = (url: string, text: string): Link => ({ type: 'link', url, children: [{ type: 'text', value: text }] });
const VIDEO_ID = /^[\w-]{4,64}$/;
const SITES: Readonly<Record<string, (id: string) => [string, string] | undefined>> = {
  youtube: (id) => (VIDEO_ID.test(id) ? [`https://www.youtube.com/watch?v=${id}`, `YouTube: ${id}`] : undefined),
  vimeo: (id) => (/^\d+$/.test(id) ? [`https://vimeo.com/${id}`, `Vimeo: ${id}`] : undefined),
  bilibili: (id) => (/^(?:BV|av)\w+$/.test(id) ? [`https://www.bilibili.com/video/${id}`, `bilibili: ${id}`] : undefined),
  gist: (id) => (/^[\w-]+\/[0-9a-f]+$/i.test(id) ? [`https://gist.github.com/${id}`, `Gist: ${id}`] : undefined),
  speakerdeck: (id) => (/^[\w-]+(?:\/[\w-]+)?$/.test(id) ? [`https://speakerdeck.com/${id}`, `Speaker Deck: ${id}`] : undefined),
  slideshare: (id) => (/^[\w-]+\/[\w-]+$/.test(id) ? [`https://www.slideshare.net/${id}`, `SlideShare: ${id}`] : undefined),
};

/** `{{< youtube id="x" >}}`, `{{< gist user 123 >}}`: the id the site's URL takes. */
function hugoEmbedId(site: string, args: string): string | undefined {
  const { named, positional } = shortcodeArgs(args);
  if (site === 'gist') return named.user && named.id ? `${named.user}/${named.id}` : positional.slice(0, 2).join('/');
  return named.id ?? positional[0];
}

/** A wiki link (as text, read by the link stage) to the post `target` of the folder `dir`. */
const postLink = (dir: string, target: string | undefined, title?: string): Text | undefined =>
  target === undefined || (title !== undefined && !/^[^[\]|\n]+$/.test(title)) ? undefined
    : { type: 'text', value: `[[${dir}${target}${title ? `|${title}` : ''}]]` };

export const BLOG_EMBEDS: readonly Embed[] = [
  // Hugo's `{{< ref "hpa.md" >}}` / `{{< relref … >}}` in running text: a wiki link to the note
  {
    name: 'hugo-ref',
    re: /\{\{[<%][ \t]*(?:ref|relref)[ \t]+"?([^"\s{}]+?)"?[ \t]*[>%]\}\}/gi,
    node: (m, dir) => postLink(dir, wikiTarget(m[1]!)),
  },
  // Hexo's `{% post_link hpa [标题] [escape] %}`
  {
    name: 'hexo-post-link',
    re: /\{%[ \t]*post_link[ \t]+("[^"\n]+"|\S+)(?:[ \t]+([^%\n]*?))?[ \t]*%\}/gi,
    node: (m, dir) => postLink(dir, wikiTarget(m[1]!.replace(/^"|"$/g, '')),
      m[2]?.replace(/[ \t]+(?:true|false)$/i, '').replace(/^"|"$/g, '').trim() || undefined),
  },
  // HackMD / CodiMD `{%youtube id %}`, Hexo's `{% youtube id %}`
  {
    name: 'hackmd-embed',
    re: /\{%[ \t]*(youtube|vimeo|gist|speakerdeck|slideshare|bilibili)[ \t]+([^\s%]+)[ \t]*%\}/gi,
    node: (m) => {
      const s = SITES[m[1]!.toLowerCase()]?.(m[2]!);
      return s ? link(...s) : undefined;
    },
  },
  // Hugo's `{{< youtube id >}}`, `{{< vimeo id >}}`, `{{< gist user id >}}`, `{{< bilibili id >}}`
  {
    name: 'hugo-embed',
    re: /\{\{[<%][ \t]*(youtube|vimeo|gist|bilibili)[ \t]+([^\n{}]*?)[ \t]*[>%]\}\}/gi,
    node: (m) => {
      const site = m[1]!.toLowerCase();
      const id = hugoEmbedId(site, m[2]!);
      const s = id === undefined ? undefined : SITES[site]?.(id);
      return s ? link(...s) : undefined;
    },
  },
  // Hugo's `{{< figure src="a.png" title="标题" alt="…" >}}`
  {
    name: 'hugo-figure',
    re: /\{\{[<%][ \t]*figure[ \t]+([^\n{}]*?)[ \t]*[>%]\}\}/gi,
    node: (m) => {
      const { named } = shortcodeArgs(m[1]!);
      return named.src ? ({ type: 'image', url: named.src, alt: named.alt ?? named.title ?? named.caption ?? '' } as Image) : undefined;
    },
  },
  // Hexo's `{% asset_img a.png [标题] %}` (the post's asset folder is named as the post) and `{% img [class] url [title] %}`
  {
    name: 'hexo-image',
    re: /\{%[ \t]*(asset_img|img)[ \t]+([^\n%]*?)[ \t]*%\}/gi,
    node: (m) => {
      const { positional } = shortcodeArgs(m[2]!);
      const src = m[1]!.toLowerCase() === 'img' ? positional.find((w) => /[/.]/.test(w)) : positional[0];
      if (src === undefined) return undefined;
      const alt = positional.slice(positional.indexOf(src) + 1).filter((w) => !/^\d+$/.test(w)).join(' ');
      return { type: 'image', url: m[1]!.toLowerCase() === 'asset_img' ? `{asset}/${src}` : src, alt } as Image;
    },
  },
];

const ANY_EMBED = /\{%|\{\{[<%]/;

/**
 * Each embed shortcode in the note's running text (see BLOG_EMBEDS) replaced by what it shows: a
 * link to the video or gist, an image. `file` is the note's content-relative path (a Hexo
 * `asset_img` names a file of the post's asset folder, named as the post: `hpa.md` → `hpa/`).
 */
export function readEmbeds(tree: Root, file: string): void {
  const stem = (file.split('/').pop() ?? '').replace(/\.(?:md|markdown)$/i, '');
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  visitType<Text, Parent>(tree, 'text', (node, index, parent) => {
    if (parent === undefined || index === undefined || parent.type === 'link' || !ANY_EMBED.test(node.value)) return;
    const found: [number, number, PhrasingContent][] = [];
    for (const e of BLOG_EMBEDS) {
      for (const m of node.value.matchAll(e.re)) {
        if (found.some(([a, b]) => m.index < b && m.index + m[0].length > a)) continue;
        const n = e.node(m as RegExpExecArray, dir);
        if (n === undefined) continue;
        if (n.type === 'image' && n.url.startsWith('{asset}/')) n.url = `${encodeURI(stem)}/${n.url.slice(8)}`;
        const position = slicePositionOrNode(node, m.index, m.index + m[0].length);
        if (position) n.position = position;
        found.push([m.index, m.index + m[0].length, n]);
      }
    }
    if (found.length === 0) return;
    found.sort((a, b) => a[0] - b[0]);
    const parts: PhrasingContent[] = [];
    let last = 0;
    for (const [a, b, n] of found) {
      if (a > last) parts.push({ type: 'text', value: node.value.slice(last, a) });
      parts.push(n);
      last = b;
    }
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    (parent.children as (PhrasingContent | RootContent)[]).splice(index, 1, ...(parts as RootContent[]));
    return index + parts.length;
  });
}

/**
 * HackMD's tags line, `###### tags: `k8s` `network`` (a heading of any level whose text starts
 * with `tags:`, the tags in code spans or separated by commas/spaces): taken out of the note and
 * its tags returned, as HackMD reads it (it shows the line as the note's tag list, not a heading).
 */
export function hackmdTags(tree: Root): string[] {
  const found: string[] = [];
  const kids = tree.children;
  for (let i = 0; i < kids.length; i++) {
    const h = kids[i]!;
    if (h.type !== 'heading') continue;
    const first = (h as Heading).children[0];
    if (first?.type !== 'text' || !/^\s*tags\s*[:：]/i.test(first.value)) continue;
    const tags: string[] = [];
    let ok = true;
    (h as Heading).children.forEach((c, ci) => {
      if (c.type === 'inlineCode') tags.push(c.value.trim());
      else if (c.type === 'text') {
        const v = ci === 0 ? c.value.replace(/^\s*tags\s*[:：]/i, '') : c.value;
        for (const w of v.split(/[\s,，、]+/)) if (w !== '') tags.push(w.replace(/^#/, ''));
      } else ok = false;
    });
    if (!ok || tags.length === 0) continue;
    found.push(...tags.filter((t) => t !== ''));
    kids.splice(i--, 1);
  }
  return found;
}

/**
 * HackMD's fence info `yaml=`, `yaml=12`, `yaml!` (line numbers on, from 12, wrapped), and (qa54)
 * mdBook's `yaml,editable`, `rust,ignore,noplayground` (its attributes after commas): the language alone.
 */
export function hackmdFenceLangs(tree: Root): void {
  visitType<Code>(tree, 'code', (n) => {
    if (n.lang && /^[\w+#.-]+(?:=\d*|!|=\d*!)$/.test(n.lang)) n.lang = n.lang.replace(/(?:=\d*|!|=\d*!)$/, '');
    else if (n.lang && /^[\w+#.-]+(?:,[\w=-]+)+$/.test(n.lang)) n.lang = n.lang.slice(0, n.lang.indexOf(','));
  });
}

/**
 * yarle's (Evernote / 印象笔记 → Markdown) metadata lines, `Created at: …`, `Last updated at: …`,
 * `Source URL: …`, `Tags: #k8s #pod`, `Notebook: …` (its default templates write them as one
 * paragraph, after a `---` at the note's end or right under its title).
 */
const YARLE_LINE = /^[ \t]*(?:created(?: at)?|(?:last )?updated(?: at)?|source(?: url)?|location|notebook|tag\(s\)|tags|author|reminder(?: time| done time| order)?)[ \t]*:/i;
const YARLE_DATE_LINE = /^[ \t]*(?:created(?: at)?|(?:last )?updated(?: at)?)[ \t]*:/i;

/**
 * The lines (1-based, inclusive) of yarle's metadata paragraph (see YARLE_LINE): the note's last
 * top-level paragraph, or its first after the title, when every line of it is a metadata line and
 * one of them a date. markdown.ts `markPropertyBlock` shows it as the page's metadata, a line each
 * (it was one run-on line, `Created at: … Last updated at: … Source URL: …`).
 */
export function yarleMetadataLines(tree: Root, source: string): { start: number; end: number } | undefined {
  const kids = tree.children.filter((n) => n.type !== 'html' && n.type !== 'yaml');
  const first = kids[0]?.type === 'heading' ? kids[1] : kids[0];
  for (const para of [kids[kids.length - 1], first]) {
    if (para?.type !== 'paragraph' || !para.position) continue;
    const { start, end } = para.position;
    const lines = source.split('\n').slice(start.line - 1, end.line);
    if (lines.length >= 2 && lines.every((l) => YARLE_LINE.test(l)) && lines.some((l) => YARLE_DATE_LINE.test(l))) {
      return { start: start.line, end: end.line };
    }
  }
  return undefined;
}

/**
 * qa54: a line that includes another file where the documentation tool builds the page: mdBook's
 * `{{#include ../yaml/pod.yaml}}`, MkDocs' `--8<-- "snippets/pod.yaml"`, VitePress's
 * `<<< @/snippets/pod.yaml{4-6}` … (inc55: the forms and their reading live in includes.ts
 * `findIncludes`; this is the list of them a parse with no content folder to read from warns about).
 */
export interface IncludeDirective {
  line: number;
  column: number;
  tool: string;
  /** The path as written. */
  path: string;
  /** Content-relative path it names, or `undefined` when it leaves the content folder. */
  target: string | undefined;
}

/** The include lines of a note (includes.ts `findIncludes`, VitePress's forms outside code only); `file` is its content-relative path. */
export function includeDirectives(text: string, tree: Root, file: string): IncludeDirective[] {
  if (!mayInclude(text)) return [];
  const { lineInCode } = codeAwareLines(text, tree);
  const out: IncludeDirective[] = [];
  for (const r of findIncludes(text, file, lineInCode).values()) {
    if (r) out.push({ line: r.line, column: r.column, tool: r.tool, path: r.path, target: r.target });
  }
  return out;
}

/** qa54: an abbreviation's definition (MkDocs' abbr, PHP Markdown Extra): `*[PVC]: PersistentVolumeClaim`. */
const ABBR_LINE = /^[ \t]*\*\[[^\]\n]+\]:[ \t]*\S/;

/**
 * The lines (1-based, inclusive) of each top-level paragraph of abbreviation definitions
 * (ABBR_LINE on every line). MkDocs shows none of them (it marks each use of the abbreviation);
 * here markdown.ts `markPropertyBlock` shows them as a glossary, a line each (they ran together
 * as one line). They are read as written: no alias is made of them.
 */
export function abbreviationLines(tree: Root, source: string): { start: number; end: number }[] {
  if (!source.includes('*[')) return [];
  const lines = source.split('\n');
  const out: { start: number; end: number }[] = [];
  for (const n of tree.children) {
    if (n.type !== 'paragraph' || !n.position) continue;
    const { start, end } = n.position;
    if (lines.slice(start.line - 1, end.line).every((l) => ABBR_LINE.test(l))) out.push({ start: start.line, end: end.line });
  }
  return out;
}
