// The page's query parameters, kept current. In H5, opening a link to a page that is
// already in the history (a board with another `scene`, pasted into the same tab)
// shows the kept page again with its OLD parameters; re-reading the address when the
// page shows makes the board always match its URL. In WeChat a page's query never
// changes: Taro builds the mini-program with usePageParams.weapp.ts.
import { useCallback, useEffect, useState } from 'react'
import { useDidShow, useRouter } from '@tarojs/taro'

type Params = Partial<Record<string, string>>

/** `a=1&b=%E5` → { a: '1', b: '%E5' }: values stay encoded, as Taro gives them. */
function parseQuery(query: string): Params {
  const params: Params = {}
  for (const pair of query.split('&')) {
    if (!pair) continue
    const at = pair.indexOf('=')
    params[at < 0 ? pair : pair.slice(0, at)] = at < 0 ? '' : pair.slice(at + 1)
  }
  return params
}

function sameParams(a: Params, b: Params): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((key) => key !== '$taroTimestamp'))
  return [...keys].every((key) => a[key] === b[key])
}

export function usePageParams(): Params {
  const { params, path } = useRouter()
  const [current, setCurrent] = useState<Params>(params)
  const pagePath = path.split('?')[0]
  const readAddress = useCallback(() => {
    const [hashPath, query = ''] = window.location.hash.slice(1).split('?')
    if (hashPath !== pagePath) return
    const fromAddress = parseQuery(query)
    setCurrent((previous) => (sameParams(previous, fromAddress) ? previous : fromAddress))
  }, [pagePath])
  useDidShow(readAddress)
  useEffect(() => {
    window.addEventListener('hashchange', readAddress)
    return () => window.removeEventListener('hashchange', readAddress)
  }, [readAddress])
  return current
}
