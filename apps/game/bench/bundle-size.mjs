// @ts-check
// The built game's JavaScript, gzipped: what index.html loads before anything
// runs (the entry and its static imports) and everything in dist/assets.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip level 6: zlib's default, the level Vite's build report uses. */
export const GZIP_LEVEL = 6;

/**
 * @typedef {object} JsSet
 * @property {string[]} files paths relative to dist, e.g. `assets/index-abc.js`
 * @property {number} gzipBytes the sum of each file gzipped on its own
 */

/**
 * @typedef {object} BundleSizes
 * @property {JsSet} initial what index.html loads: entry scripts, modulepreloads and their static imports
 * @property {JsSet} total every dist/assets/*.js
 * @property {'manifest' | 'html'} source where the initial set came from
 */

/** @param {string} path */
export function gzipBytes(path) {
  return gzipSync(readFileSync(path), { level: GZIP_LEVEL }).length;
}

/**
 * The local scripts an HTML page loads at once: `<script src>` and
 * `<link rel="modulepreload" href>`, as paths relative to dist.
 * @param {string} html
 * @returns {string[]}
 */
export function htmlScripts(html) {
  /** @type {string[]} */
  const found = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attr = (/** @type {string} */ name) =>
      new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    const isScript = /^<script/i.test(tag);
    const url = isScript ? attr('src') : attr('rel') === 'modulepreload' ? attr('href') : undefined;
    if (url !== undefined && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) found.push(distPath(url));
  }
  return found;
}

/** `/assets/x.js` or `./assets/x.js` → `assets/x.js` (the game is built with base `/`). */
function distPath(/** @type {string} */ url) {
  return posix.normalize(url.replace(/[?#].*$/, '').replace(/^\/+/, ''));
}

// A static import or re-export in a built chunk, e.g. `import{a as b}from"./index-x.js"`,
// `import"./x.js"`, `export*from"./x.js"`. Dynamic `import("./x.js")` never matches:
// after `import` comes a parenthesis, not bindings or a quote.
const STATIC_IMPORT =
  /(?:^|[\s;})])(?:import|export)\s*(?:[\w$\s{},*]*?\s*from\s*)?(["'`])([^"'`\n]+?\.m?js)\1/g;

/**
 * The chunks `code` (at `file`, relative to dist) imports statically.
 * @param {string} file
 * @param {string} code
 * @returns {string[]}
 */
export function staticImports(file, code) {
  /** @type {string[]} */
  const found = [];
  for (const m of code.matchAll(STATIC_IMPORT)) {
    const spec = m[2] ?? '';
    if (spec.startsWith('.')) found.push(posix.normalize(posix.join(posix.dirname(file), spec)));
    else if (spec.startsWith('/')) found.push(distPath(spec));
  }
  return found;
}

/**
 * @typedef {object} ManifestChunk
 * @property {string} file
 * @property {boolean} [isEntry]
 * @property {string[]} [imports] static imports, as manifest keys
 */

/**
 * The initial JS set from Vite's manifest (only if the build writes one): the
 * entries and, recursively, their static `imports` (not `dynamicImports`).
 * @param {Record<string, ManifestChunk>} manifest
 * @returns {string[]}
 */
function initialFromManifest(manifest) {
  const seen = new Set();
  /** @type {string[]} */
  const files = [];
  const visit = (/** @type {string} */ key) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    if (chunk.file.endsWith('.js')) files.push(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return files;
}

/**
 * Follows static imports from `roots` through the files that exist in dist.
 * @param {string} dist
 * @param {string[]} roots
 * @returns {string[]}
 */
function initialFromHtml(dist, roots) {
  const seen = new Set();
  const queue = roots.filter((f) => f.endsWith('.js'));
  /** @type {string[]} */
  const files = [];
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.shift());
    if (seen.has(file) || !existsSync(join(dist, file))) continue;
    seen.add(file);
    files.push(file);
    queue.push(...staticImports(file, readFileSync(join(dist, file), 'utf8')));
  }
  return files;
}

/**
 * @param {string} dist the built game (apps/game/dist)
 * @returns {BundleSizes}
 */
export function measureBundle(dist) {
  const manifestPath = join(dist, '.vite', 'manifest.json');
  const fromManifest = existsSync(manifestPath);
  const initialFiles = fromManifest
    ? initialFromManifest(
        /** @type {Record<string, ManifestChunk>} */ (
          JSON.parse(readFileSync(manifestPath, 'utf8'))
        ),
      )
    : initialFromHtml(dist, htmlScripts(readFileSync(join(dist, 'index.html'), 'utf8')));
  if (initialFiles.length === 0) throw new Error(`No JavaScript loaded by ${dist}/index.html`);
  const totalFiles = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`)
    .sort();
  const sum = (/** @type {string[]} */ files) =>
    files.reduce((n, f) => n + gzipBytes(join(dist, f)), 0);
  return {
    initial: { files: initialFiles, gzipBytes: sum(initialFiles) },
    total: { files: totalFiles, gzipBytes: sum(totalFiles) },
    source: fromManifest ? 'manifest' : 'html',
  };
}
