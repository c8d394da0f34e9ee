/** Minimal types for d3-flextree 2.1 (the package ships none): only what layout.ts uses. */
declare module 'd3-flextree' {
  export interface FlexNode<T> {
    data: T;
    depth: number;
    /** Breadth coordinate of the node's centre. */
    x: number;
    /** Depth coordinate of the node's start (top). */
    y: number;
    children: FlexNode<T>[] | null;
    parent: FlexNode<T> | null;
    each(fn: (node: FlexNode<T>) => void): this;
  }
  export interface FlexTreeLayout<T> {
    (root: FlexNode<T>): FlexNode<T>;
    hierarchy(data: T, children?: (d: T) => T[] | null | undefined): FlexNode<T>;
  }
  export function flextree<T>(options?: {
    children?: (d: T) => T[] | null | undefined;
    nodeSize?: (node: FlexNode<T>) => [number, number];
    spacing?: number | ((a: FlexNode<T>, b: FlexNode<T>) => number);
  }): FlexTreeLayout<T>;
}
