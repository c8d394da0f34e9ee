/**
 * The Node the bench helpers start their child processes with: the one running the helper.
 *
 * The helpers load the project's TypeScript (`src/**.ts`) in their children, which needs Node's
 * type stripping (Node ≥ 22.12, README "Quick start"); the machine may also have an older Node
 * first on a PATH the children see. So a child is started with the binary of this very process
 * (`/proc/self/exe` where there is one — the executable the kernel runs, whatever `execPath`
 * says — else `process.execPath`), never with `node` looked up by name, and a child that runs
 * `node` by name anyway (`npm run …`, a script's `#!/usr/bin/env node`) gets a PATH whose first
 * entry is this binary's folder (`nodeEnv`). A helper run by a Node without type stripping stops at
 * once with a message saying so (`nodeBin` throws), rather than each child failing on `.ts`.
 */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';

let bin;

/** The Node binary running this process, checked to be able to load the project's `.ts` files. */
export function nodeBin() {
  if (bin !== undefined) return bin;
  if (!process.features.typescript) {
    throw new Error(`this helper runs on Node ${process.versions.node} (${process.execPath}), which cannot load the project's TypeScript: run it with Node >= 22.12 (README, "Quick start")`);
  }
  let exe = process.execPath;
  try {
    if (existsSync('/proc/self/exe')) exe = realpathSync('/proc/self/exe');
  } catch {
    // (no /proc: execPath)
  }
  return (bin = exe);
}

/** `env` (default this process's) with `nodeBin()`'s folder first on PATH, for children that run `node` by name. */
export function nodeEnv(env = process.env) {
  const dir = path.dirname(nodeBin());
  const rest = (env.PATH ?? '').split(path.delimiter).filter((p) => p !== '' && p !== dir);
  return { ...env, PATH: [dir, ...rest].join(path.delimiter) };
}

/** Stops with a message when `checkout` cannot resolve the project's packages (a bare `git clone` has no node_modules). */
export function checkCheckout(checkout) {
  if (!existsSync(path.join(checkout, 'node_modules'))) {
    throw new Error(`${checkout} has no node_modules: link this checkout's (ln -s ${path.resolve(import.meta.dirname, '../../node_modules')} ${path.join(checkout, 'node_modules')}) or run npm ci there`);
  }
}
