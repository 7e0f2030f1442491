// One valid payload, broken in one to three places: a field swapped for a near miss or a
// wrong kind, removed, joined by a key it must not carry (`openid`, `__proto__`), or
// buried in nesting. These are the nastiest payloads: everything else about them is right,
// so they get furthest into a handler.
import fc from 'fast-check'
import { extraKey, nearValue, nest, PLANTED, roomBelow, withOwnKey, wrongKind } from './nasty'

type Path = readonly (string | number)[]
interface Node {
  path: Path
  value: unknown
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)

/** Every value in `value`, itself included, with the path that reaches it. */
export function nodesOf(value: unknown, path: Path = []): Node[] {
  const nodes: Node[] = [{ path, value }]
  if (Array.isArray(value)) value.slice(0, 5).forEach((item, index) => nodes.push(...nodesOf(item, [...path, index])))
  else if (isObject(value)) for (const [key, item] of Object.entries(value)) nodes.push(...nodesOf(item, [...path, key]))
  return nodes
}

/** A shallow copy that keeps `__proto__` an own key, as JSON.parse makes it. */
function copyOf(value: unknown): Record<string | number, unknown> {
  if (Array.isArray(value)) return [...value] as unknown as Record<number, unknown>
  const copy: Record<string, unknown> = {}
  if (isObject(value)) for (const key of Object.keys(value)) withOwnKey(copy, key, value[key])
  return copy
}

const REMOVE = Symbol('remove')

/** `root` with the value at `path` replaced (or removed); containers on the way are copied, or made. */
function setAt(root: unknown, path: Path, leaf: unknown): unknown {
  if (path.length === 0) return leaf === REMOVE ? undefined : leaf
  const [head, ...rest] = path
  const copy = copyOf(root)
  if (rest.length === 0 && leaf === REMOVE) {
    if (Array.isArray(copy)) copy.splice(Number(head), 1)
    else delete copy[head]
  } else withOwnKey(copy, String(head), setAt(Object.prototype.hasOwnProperty.call(copy, head) ? copy[head] : undefined, rest, leaf))
  return copy
}

type Mutation = (root: unknown) => unknown

function mutationsAt(node: Node, ids: readonly string[]): fc.Arbitrary<Mutation> {
  const depth = node.path.length
  const replace = nearValue(node.value, ids, depth).map(
    (value): Mutation =>
      (root) =>
        setAt(root, node.path, value),
  )
  const options: fc.Arbitrary<Mutation>[] = [
    replace,
    replace,
    wrongKind.map(
      (value): Mutation =>
        (root) =>
          setAt(root, node.path, value),
    ),
  ]
  if (depth > 0) options.push(fc.constant<Mutation>((root) => setAt(root, node.path, REMOVE)))
  if (isObject(node.value)) {
    const add = fc.tuple(extraKey, fc.oneof(fc.constant<unknown>(PLANTED), fc.constant<unknown>('oid-chair'), wrongKind))
    options.push(
      add.map(
        ([key, value]): Mutation =>
          (root) =>
            setAt(root, [...node.path, key], value),
      ),
    )
  }
  if (roomBelow(depth) > 1) {
    const levels = fc.integer({ min: 2, max: roomBelow(depth) })
    options.push(
      fc.tuple(levels, fc.boolean()).map(
        ([n, asArray]): Mutation =>
          (root) =>
            setAt(root, node.path, nest(n, node.value, asArray)),
      ),
    )
  }
  return fc.oneof(...options)
}

/** `base` broken in one to three places; the fixture ids stand in for ids of the wrong thing. */
export function mutationsOf(base: unknown, ids: readonly string[]): fc.Arbitrary<unknown> {
  const nodes = nodesOf(base)
  const one = fc.constantFrom(...nodes).chain((node) => mutationsAt(node, ids))
  // one change most often: the rest of the payload stays valid and carries it deepest
  const mutations = fc.oneof({ arbitrary: fc.tuple(one), weight: 3 }, { arbitrary: fc.array(one, { minLength: 2, maxLength: 3 }), weight: 1 })
  return mutations.map((changes) => changes.reduce((payload, mutate) => mutate(payload), base))
}
