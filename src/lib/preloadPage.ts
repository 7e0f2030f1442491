// Fetching a page's code before she opens it, so that the page still opens when the
// network is gone by then. The board uses it for 我要求助: a woman who must ask for help
// on a weak network must not be left on a board whose button changes the address and
// nothing else. In the mini-program the same is done by app.config's preloadRule.
// The fetch waits until the page asking for it has painted: on a slow phone the board
// she opened comes first, and no other package's code loads before it shows.
/** A page of Taro's H5 router: its path and the loader of its code (the page's chunks). */
interface RouteEntry {
  path: string
  load?: (...args: unknown[]) => unknown
}

type H5Window = Window & { __taroAppConfig?: { routes?: RouteEntry[] } }

/** Loads the code of the page at `path` (no leading slash) once, in H5, after the next paint; elsewhere does nothing. */
export function preloadPage(path: string): void {
  if (process.env.TARO_ENV === 'h5') {
    const load = () => {
      const route = (window as H5Window).__taroAppConfig?.routes?.find((entry) => entry.path.replace(/^\//, '') === path)
      const loaded = route?.load?.()
      // The loader answers [the page module's promise, …]: a failure only means it loads later.
      if (Array.isArray(loaded) && loaded[0] instanceof Promise) loaded[0].catch(() => undefined)
    }
    // a task queued from an animation frame runs after that frame is painted
    requestAnimationFrame(() => setTimeout(load, 0))
  }
}
