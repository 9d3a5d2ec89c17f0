// Usage: npm run api:types [-- http://127.0.0.1:8080 | path/to/openapi.json]
// Fetches the spec from a running local stack (./dev run) and rewrites the typed API files.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { fetchSpec, renderApiFiles } from './api-files.mjs';

const source = process.argv[2] ?? 'http://127.0.0.1:8080';
const spec = /^https?:/.test(source) ? await fetchSpec(source) : JSON.parse(await readFile(source, 'utf8'));
const root = fileURLToPath(new URL('..', import.meta.url));
for (const [file, text] of Object.entries(await renderApiFiles(spec))) {
  await writeFile(root + file, text);
  console.log(`wrote ${file}`);
}
