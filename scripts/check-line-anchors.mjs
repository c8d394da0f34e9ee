#!/usr/bin/env node
/**
 * Check a built site's links to places in notes (`#L<line>`): each must find its element.
 *   node scripts/check-line-anchors.mjs [outDir=dist] [base=/]
 * Prints the links that miss, or whose `path:<line>` label names another line than their anchor,
 * and exits 1 when there is one (scripts/lib/line-anchors.mjs).
 */
import { missingLineAnchors } from './lib/line-anchors.mjs';

const [outDir = 'dist', base = '/'] = process.argv.slice(2);
const { checked, missing, misnamed } = missingLineAnchors(outDir, base);
for (const m of missing) console.log(`no element: ${m.from}: ${m.href}`);
for (const m of misnamed) console.log(`label names another line: ${m.from}: ${m.label} → ${m.href}`);
console.log(`${checked} #L links checked in ${outDir}: ${missing.length} without their element, ${misnamed.length} labelled with another line`);
process.exitCode = missing.length + misnamed.length > 0 ? 1 : 0;
