// Copies the prebuilt browser bundles of the page's libraries next to its own assets in target/classes.
// Runs `npm ci` first when the installed packages are missing or older than package-lock.json, so a fresh clone
// and a checkout whose lock file changed both build without a separate step.
import { execSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const files = [
  ['vis-timeline/standalone/umd/vis-timeline-graph2d.min.js', 'vis-timeline.min.js'],
  ['vis-timeline/styles/vis-timeline-graph2d.min.css', 'vis-timeline.min.css'],
  ['cytoscape/dist/cytoscape.min.js', 'cytoscape.min.js'],
  ['diff/dist/diff.min.js', 'diff.min.js'],
];
const modules = join(here, 'node_modules');
const installed = join(modules, '.package-lock.json');
const stale = !existsSync(installed)
  || statSync(join(here, 'package-lock.json')).mtimeMs > statSync(installed).mtimeMs
  || files.some(([from]) => !existsSync(join(modules, from)));
if (stale) {
  execSync('npm ci --no-audit --no-fund', { cwd: here, stdio: 'inherit' });
}
const out = join(here, '..', 'target', 'classes', 'web', 'vendor');
mkdirSync(out, { recursive: true });
for (const [from, to] of files) {
  copyFileSync(join(modules, from), join(out, to));
}
console.log(`copied ${files.length} vendor files to ${out}`);
