/**
 * What the generators that read kubernetes/kubernetes Go sources share (build-config-catalogue.mjs,
 * build-k8s-names.mjs): their command-line options and a tree-sitter parser for Go (the grammar of
 * `tree-sitter-go`, run by `web-tree-sitter`; both pinned dev dependencies).
 */
import { createRequire } from 'node:module';
import { Parser, Language } from 'web-tree-sitter';

const require = createRequire(import.meta.url);

/**
 * `--check` and the folders the generator needs (`{ from: 'kubernetes/kubernetes', … }`: option
 * name → what it is the root of). A missing one exits with status 2 and says what to pass.
 */
export function sourceOptions(script, roots, argv = process.argv.slice(2)) {
  const dirs = {};
  for (const name of Object.keys(roots)) {
    const at = argv.indexOf(`--${name}`);
    dirs[name] = at >= 0 ? argv[at + 1] : undefined;
  }
  const missing = Object.keys(roots).filter((name) => !dirs[name]);
  if (missing.length > 0) {
    const what = Object.entries(roots).map(([name, repo]) => `--${name} <dir> (the root of a ${repo} checkout)`).join(' and ');
    console.error(`${script}: ${what} ${missing.length > 1 || Object.keys(roots).length > 1 ? 'are' : 'is'} required; see the script's list of files and commits.`);
    process.exit(2);
  }
  return { check: argv.includes('--check'), ...dirs };
}

/** A tree-sitter parser for Go. */
export async function goParser() {
  await Parser.init();
  const parser = new Parser();
  parser.setLanguage(await Language.load(require.resolve('tree-sitter-go/tree-sitter-go.wasm')));
  return parser;
}
