// Dependencies point inward (adapters → commands → src) and no folder or file imports itself in a circle.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { crossings, cycles, folderGraph, readImportGraph } from './import-graph.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { all, runtime } = readImportGraph(ROOT);

describe('import graph', () => {
  it('reads the sources it guards', () => {
    expect(all.has('src/app/create-core.ts')).toBe(true);
    expect(all.get('commands/dispatch.ts')).toContain('commands/parse-args.ts');
    expect(all.get('src/errors.ts')).toContain('src/platform/types.ts');
    // …whose import of platform/types is a type only, erased at run time.
    expect(runtime.get('src/errors.ts')).not.toContain('src/platform/types.ts');
  });

  it('never lets src import adapters, commands or seeds, not even a type', () => {
    expect(crossings(all, 'src/', ['adapters/', 'commands/', 'seeds/'])).toEqual([]);
  });

  it('never lets commands import an adapter', () => {
    expect(crossings(all, 'commands/', ['adapters/'])).toEqual([]);
  });

  it('has no cycle between folders at run time', () => {
    expect(cycles(folderGraph(runtime))).toEqual([]);
  });

  it('has no cycle between files at run time', () => {
    expect(cycles(runtime)).toEqual([]);
  });
});

describe('cycle finder', () => {
  it('finds a cycle through three nodes and ignores a tail that leads into it', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c']]);
  });

  it('finds none in a chain', () => {
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toEqual([]);
  });
});
