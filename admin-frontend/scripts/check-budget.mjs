// Fails when the JavaScript a first visit loads, gzipped, exceeds the budget.
// First load = the entry chunk with everything it imports statically, plus the heaviest page a
// user can land on after signing in (its lazy chunk with its own static imports).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));

function closure(key, into = new Set()) {
  if (into.has(key)) return into;
  into.add(key);
  for (const imported of manifest[key].imports ?? []) closure(imported, into);
  return into;
}

const gzipKb = (keys) =>
  [...keys].filter((k) => manifest[k].file.endsWith('.js'))
    .reduce((sum, k) => sum + gzipSync(readFileSync(new URL(manifest[k].file, dist)), { level: 9 }).length, 0) / 1024;

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const entryFiles = closure(entry);
const pages = manifest[entry].dynamicImports ?? [];
const heaviest = pages
  .map((page) => ({ page, kb: gzipKb([...closure(page)].filter((k) => !entryFiles.has(k))) }))
  .sort((a, b) => b.kb - a.kb)[0] ?? { page: 'none', kb: 0 };
const total = gzipKb(entryFiles) + heaviest.kb;

console.log(`JS gzip: app shell ${gzipKb(entryFiles).toFixed(1)} KB + heaviest page (${heaviest.page}) ${heaviest.kb.toFixed(1)} KB = ${total.toFixed(1)} KB (budget ${BUDGET_KB} KB)`);
if (total > BUDGET_KB) {
  console.error(`Over budget by ${(total - BUDGET_KB).toFixed(1)} KB.`);
  process.exit(1);
}
