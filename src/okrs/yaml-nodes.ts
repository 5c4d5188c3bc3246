/** Finding things in a parsed YAML document, so every error and model element carries a line and column. */
import { isAlias, isMap, isScalar, isSeq, visit, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import type { Position } from './model.js';
import { quoteInput } from '../syntax/hints.js';

export type PathSegment = string | number;

/** Where a path leads in the document. */
export interface Located {
  /** The node the whole path names, if it exists. */
  node?: Node;
  /** The key node of the last segment when it names a mapping entry. */
  key?: Node;
  /** The deepest node along the path that exists (the parent mapping when a key is missing). */
  deepest: Node;
}

export function locate(doc: Document, path: readonly PathSegment[]): Located {
  let current = resolve(doc, doc.contents as Node | null);
  if (current === undefined) throw new Error('locate needs a non-empty document');
  let key: Node | undefined;
  for (const segment of path) {
    const parent: Node = current;
    let next: Node | undefined;
    key = undefined;
    if (isMap(parent)) {
      const pair: Pair | undefined = parent.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (pair !== undefined) {
        key = pair.key as Node;
        // `key:` with no value has a null value node; point at the key then.
        next = resolve(doc, pair.value as Node | null) ?? key;
      }
    } else if (isSeq(parent) && typeof segment === 'number') {
      next = resolve(doc, parent.items[segment] as Node | null);
    }
    if (next === undefined) return { deepest: parent };
    current = next;
  }
  return key === undefined ? { node: current, deepest: current } : { node: current, key, deepest: current };
}

function resolve(doc: Document, node: Node | null | undefined): Node | undefined {
  if (node === null || node === undefined) return undefined;
  return isAlias(node) ? (node.resolve(doc) as Node | undefined) : node;
}

export function positionAt(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

export function nodePosition(lineCounter: LineCounter, node: Node): Position {
  return positionAt(lineCounter, node.range?.[0] ?? 0);
}

/** Where a field of a mapping is written: its key, or the value when the path ends in a list item. */
export function fieldPosition(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly PathSegment[],
): Position | undefined {
  const found = locate(doc, path);
  const node = found.key ?? found.node;
  return node === undefined ? undefined : nodePosition(lineCounter, node);
}

export interface DuplicateKey {
  message: string;
  position: Position;
}

/**
 * Keys repeated in one mapping. The document is parsed with `uniqueKeys: false` so this can name the key and
 * where it first appeared, which yaml's own error does not.
 */
export function duplicateKeys(doc: Document, lineCounter: LineCounter): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Map<string, Position>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        const position = nodePosition(lineCounter, pair.key);
        const first = seen.get(name);
        if (first === undefined) {
          seen.set(name, position);
        } else {
          found.push({
            message:
              `duplicate key ${quoteInput(name)} (first at line ${first.line}); ` +
              'each key may appear once in a mapping',
            position,
          });
        }
      }
    },
  });
  return found;
}
