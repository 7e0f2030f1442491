// The ports of one WeChat cloud function: its entry (cloudfunctions/<fn>/index.ts) lists
// a builder for each port its actions use, and each is built the first time a handler
// reaches for it. So a function bundles only the adapters it uses and what they carry
// (the board function none: no image codecs, no vault), and an instance builds only what
// its calls need. A port the entry does not list fails where it is used, naming the
// function and the port.
import type { Ports } from '../ports'
import type { WxOpenSdk } from './wechatSdk'

export type PortName = keyof Ports
export type PortBuilder<K extends PortName> = (sdk: WxOpenSdk) => Ports[K]
/** A function's ports: a builder for each it uses, none for the others. */
export type PortBuilders = { [K in PortName]?: PortBuilder<K> }

/** Every port of `Ports`: a missing or an extra one does not compile. */
const EVERY_PORT = { contentCheck: true, files: true, downloads: true, documents: true, qrcode: true, notify: true, vault: true, signIns: true, images: true } satisfies Record<
  PortName,
  true
>
export const PORT_NAMES = Object.keys(EVERY_PORT) as PortName[]

export function lazyPorts(fn: string, builders: PortBuilders, sdk: WxOpenSdk): Ports {
  const built: Partial<Ports> = {}
  const ports = {} as Ports
  for (const name of PORT_NAMES) {
    Object.defineProperty(ports, name, {
      enumerable: true,
      get() {
        if (built[name]) return built[name]
        const builder = builders[name] as PortBuilder<typeof name> | undefined
        if (!builder) throw new Error(`the ${fn} function builds no ${name} port: list it in cloudfunctions/${fn}/index.ts`)
        return ((built as Record<PortName, unknown>)[name] = builder(sdk))
      },
    })
  }
  return ports
}
