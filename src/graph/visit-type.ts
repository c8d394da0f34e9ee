/**
 * perf64: `visit(tree, type, visitor)` of unist-util-visit for one node type, as a plain walk.
 * unist-util-visit-parents 6 makes a closure for every node it passes, renames it with
 * `Object.defineProperty` (a debugging label built from the node's type) and copies the ancestors
 * array for every parent, whatever the test: the note passes that look for one rare node type
 * (HackMD's fence languages, blog embeds, SiYuan block references) and a concept's lead paragraph
 * paid that for every node of every note (docs/performance.md section 70).
 *
 * The same walk and the same contract as `visit(tree, type, visitor)`: every node in preorder, in
 * document order, the root included (with no index and no parent); the visitor is called for each
 * node of type `type` with its index in its parent and the parent. It returns nothing to go on
 * (into the node's children, then its next sibling), `false` (unist-util-visit's `EXIT`) to stop
 * the whole walk, or a number: the index in the parent to go on at after the node's children (a
 * visitor that replaced the node by several returns the index after them). The parent's children
 * are read as the walk goes, so a visitor may change the list it is in.
 */
interface AnyNode {
  type: string;
  children?: AnyNode[];
}

/** What a visitor returns: nothing (go on), `false` (stop), or the index in the parent to go on at. */
export type VisitResult = number | false | undefined | void;

export function visitType<T, P = { type: string; children: unknown[] }>(tree: object, type: string, visitor: (node: T, index: number | undefined, parent: P | undefined) => VisitResult): void {
  // (true: go on with the next sibling; false: stop; a number: go on at that index)
  const walk = (node: AnyNode, index: number | undefined, parent: AnyNode | undefined): number | boolean => {
    let next: number | boolean = true;
    if (node.type === type) {
      const r = visitor(node as T, index, parent as P | undefined);
      if (r === false) return false;
      if (typeof r === 'number') next = r;
    }
    const kids = node.children;
    if (kids) {
      let i = 0;
      while (i > -1 && i < kids.length) {
        const r = walk(kids[i]!, i, node);
        if (r === false) return false;
        i = typeof r === 'number' ? r : i + 1;
      }
    }
    return next;
  };
  walk(tree as AnyNode, undefined, undefined);
}
