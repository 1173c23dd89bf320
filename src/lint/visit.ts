/** The one helper the lint rules share. */
import type { Node, Parent } from 'mdast';

/** Walks an mdast tree depth-first, calling `enter` on every node with its ancestors. */
export function visit(node: Node, enter: (node: Node, ancestors: Node[]) => void, ancestors: Node[] = []): void {
	enter(node, ancestors);
	for (const child of (node as Parent).children ?? []) visit(child, enter, [...ancestors, node]);
}
