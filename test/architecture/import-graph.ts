// The repository's import graph, read from the TypeScript sources with a small scanner (no compiler):
// which file imports which, grouped into folders, and the cycles in both.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Folders whose sources make up the graph. */
export const SOURCE_ROOTS = ['src', 'adapters', 'commands', 'seeds', 'migrations', 'scripts', 'bench'];

/** A file's imports, as repository-relative paths of files that exist. */
export type ImportGraph = Map<string, string[]>;

/** Every import, and the runtime ones only (type-only imports are erased by the compiler). */
export interface ImportGraphs {
  all: ImportGraph;
  runtime: ImportGraph;
}

const SOURCE = /\.(ts|mts|mjs)$/;
const STATIC = /\b(?:import|export)\s+(type\s+)?([^'";]*?)\bfrom\s*['"]([^'"]+)['"]/g;
const DYNAMIC = /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
const BARE = /^\s*import\s+['"]([^'"]+)['"]/gm;

/** True for `import type …` and for `import { type A, type B }`, whose every name is a type. */
function isTypeOnly(typeKeyword: string | undefined, clause: string): boolean {
  if (typeKeyword) return true;
  const braces = /^\{([^}]*)\}$/.exec(clause.trim());
  if (!braces) return false;
  const names = (braces[1] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return names.length > 0 && names.every((name) => name.startsWith('type '));
}

function listSources(root: string, dir: string): string[] {
  const absolute = path.join(root, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute).flatMap((name) => {
    const relative = path.posix.join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(path.join(root, relative)).isDirectory()) return listSources(root, relative);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [relative] : [];
  });
}

/** Strip comments so an import shown in a comment is not read as one. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function resolveImport(root: string, from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.posix.join(path.posix.dirname(from), specifier);
  const candidates = [
    base,
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.mjs$/, '.mts'),
    `${base}.ts`,
    `${base}/index.ts`,
  ];
  return candidates.find((candidate) => SOURCE.test(candidate) && existsSync(path.join(root, candidate)));
}

/** Read every source file under the roots and resolve its relative imports. */
export function readImportGraph(root: string, roots: readonly string[] = SOURCE_ROOTS): ImportGraphs {
  const all: ImportGraph = new Map();
  const runtime: ImportGraph = new Map();
  for (const file of roots.flatMap((dir) => listSources(root, dir))) {
    const text = withoutComments(readFileSync(path.join(root, file), 'utf8'));
    const everything = new Set<string>();
    const values = new Set<string>();
    const add = (specifier: string | undefined, typeOnly: boolean) => {
      const target = resolveImport(root, file, specifier ?? '');
      if (!target || target === file) return;
      everything.add(target);
      if (!typeOnly) values.add(target);
    };
    for (const match of text.matchAll(STATIC)) add(match[3], isTypeOnly(match[1], match[2] ?? ''));
    for (const match of text.matchAll(DYNAMIC)) add(match[1], false);
    for (const match of text.matchAll(BARE)) add(match[1], false);
    all.set(file, [...everything].sort());
    runtime.set(file, [...values].sort());
  }
  return { all, runtime };
}

/**
 * The folder a file belongs to for layering: `src/engine`, `adapters/discord`; a file directly in a
 * top folder belongs to that folder (`src`, `commands`).
 */
export function folderOf(file: string): string {
  const parts = file.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : (parts[0] ?? file);
}

/** The graph between folders: an edge for every import that crosses one. */
export function folderGraph(graph: ImportGraph): ImportGraph {
  const edges = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = folderOf(file);
    const set = edges.get(from) ?? new Set<string>();
    for (const target of targets) if (folderOf(target) !== from) set.add(folderOf(target));
    edges.set(from, set);
  }
  return new Map([...edges].map(([folder, set]) => [folder, [...set].sort()]));
}

/** Strongly connected components with more than one member (Tarjan): the cycles, each sorted. */
export function cycles(graph: ImportGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** Imports from files under `fromPrefix` into files under any of `forbidden`, as "from → to". */
export function crossings(graph: ImportGraph, fromPrefix: string, forbidden: readonly string[]): string[] {
  const found: string[] = [];
  for (const [file, targets] of graph) {
    if (!file.startsWith(fromPrefix)) continue;
    for (const target of targets)
      if (forbidden.some((prefix) => target.startsWith(prefix))) found.push(`${file} → ${target}`);
  }
  return found.sort();
}
