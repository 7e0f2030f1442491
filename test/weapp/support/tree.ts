// Reading a Taro page's data the way WeChat's view layer does: the page's `root` is a
// tree of nodes, each `{ nn, sid, cl?, st?, v?, cn: [...] }` (node name, node id, class,
// style, text, children). These are Taro's data-protocol keys, fixed by its templates
// (base.wxml reads `i.cl`, `i.cn`, `i.sid`), not names a minifier can change.

export interface TaroNode {
  nn?: string | number
  sid?: string
  uid?: string
  /** class */
  cl?: string
  /** style */
  st?: string
  /** the text of a text node */
  v?: string
  cn?: TaroNode[]
  [prop: string]: unknown
}

export function childrenOf(node: TaroNode): TaroNode[] {
  return Array.isArray(node.cn) ? node.cn : []
}

/** Every node under `node` (itself included), depth first, in document order. */
export function allNodes(node: TaroNode): TaroNode[] {
  return [node, ...childrenOf(node).flatMap(allNodes)]
}

export function hasClass(node: TaroNode, name: string): boolean {
  return typeof node.cl === 'string' && node.cl.split(/\s+/).includes(name)
}

export function byClass(root: TaroNode, name: string): TaroNode[] {
  return allNodes(root).filter((node) => hasClass(node, name))
}

/** The node's visible text: its text nodes joined in order. */
export function textOf(node: TaroNode): string {
  return allNodes(node)
    .map((child) => (typeof child.v === 'string' ? child.v : ''))
    .join('')
}
