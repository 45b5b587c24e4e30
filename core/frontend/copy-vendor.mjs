// Copies the prebuilt browser bundles of the chart libraries next to the page's own assets in target/classes.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'target', 'classes', 'web', 'vendor');
mkdirSync(out, { recursive: true });
const files = [
  ['vis-timeline/standalone/umd/vis-timeline-graph2d.min.js', 'vis-timeline.min.js'],
  ['vis-timeline/styles/vis-timeline-graph2d.min.css', 'vis-timeline.min.css'],
  ['cytoscape/dist/cytoscape.min.js', 'cytoscape.min.js'],
  ['diff/dist/diff.min.js', 'diff.min.js'],
];
for (const [from, to] of files) {
  copyFileSync(join(here, 'node_modules', from), join(out, to));
}
console.log(`copied ${files.length} vendor files to ${out}`);
