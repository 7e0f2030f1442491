// Every mini-program page that can reach a privacy-scoped WeChat API also renders
// <PrivacyConsent />. On a page without it, the consent request is refused (nothing
// unexplained pops up), and the feature's message — "tap again and agree" — would lead
// nowhere. Reach is read through the page's imports as the weapp build resolves them
// (x.weapp.tsx before x.tsx).
import fs from 'node:fs'
import path from 'node:path'
import { privacyApisIn } from '../../../fixtures/privacyApis'

const ROOT = path.resolve(__dirname, '../../../..')
const SRC = path.join(ROOT, 'src')
const CONSENT = path.join(SRC, 'components/PrivacyConsent/index.weapp.tsx')

/** Pages that reach a privacy-scoped API only in a branch the weapp build never takes. */
const BROWSER_ONLY: Record<string, string> = {
  // the board's 分享 copies a link only in H5; in WeChat it is a share card (BoardActions)
  'pages/board/index': 'copies its link only in the browser',
}

function resolveImport(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier)
  const candidates = ['.weapp.tsx', '.weapp.ts', '.tsx', '.ts', '/index.weapp.tsx', '/index.weapp.ts', '/index.tsx', '/index.ts'].map((ending) => base + ending)
  return candidates.find((file) => fs.existsSync(file)) ?? null
}

/** Every file of ours a page pulls in (types/ included: it calls no WeChat API, but is cheap to read). */
function reach(page: string): Set<string> {
  const seen = new Set<string>()
  const queue = [page]
  while (queue.length > 0) {
    const file = queue.pop() as string
    if (seen.has(file)) continue
    seen.add(file)
    const source = fs.readFileSync(file, 'utf8')
    for (const [, specifier] of source.matchAll(/(?:from|import)\s+'(\.{1,2}\/[^']+)'/g)) {
      const resolved = resolveImport(file, specifier)
      if (resolved) queue.push(resolved)
    }
  }
  return seen
}

function appPages(): string[] {
  const config = fs.readFileSync(path.join(SRC, 'app.config.ts'), 'utf8')
  const mainList = /^\s*pages:\s*\[([^\]]*)\]/m.exec(config)?.[1] ?? ''
  const main = [...mainList.matchAll(/'([\w/-]+)'/g)].map((match) => match[1])
  const subpackages = [...config.matchAll(/root:\s*'(\w+)',\s*pages:\s*\[([^\]]*)\]/g)].flatMap(([, root, list]) =>
    [...list.matchAll(/'([\w/-]+)'/g)].map((match) => `${root}/${match[1]}`),
  )
  return [...new Set([...main, ...subpackages])]
}

const pages = appPages().map((page) => {
  const files = reach(path.join(SRC, `${page}.tsx`))
  const apis = [...files].flatMap((file) => privacyApisIn(fs.readFileSync(file, 'utf8')))
  return { page, apis: [...new Set(apis)], hostsConsent: files.has(CONSENT) }
})

test('the scan reads the app’s pages and follows imports into the API calls', () => {
  expect(pages.length).toBeGreaterThan(30)
  expect(pages.find((entry) => entry.page === 'staff/pages/qrcode/index')?.apis).toEqual(['saveImageToPhotosAlbum'])
  expect(pages.find((entry) => entry.page === 'staff/pages/member-edit/index')?.apis).toContain('chooseMedia')
  expect(pages.find((entry) => entry.page === 'help/pages/case/index')?.apis).toContain('setClipboardData')
  expect(pages.find((entry) => entry.page === 'help/pages/intake/index')?.apis).toEqual([])
})

test.each(pages.filter((entry) => entry.apis.length > 0 && !BROWSER_ONLY[entry.page]).map((entry) => [entry.page, entry.apis.join(', '), entry] as const))(
  '%s (%s) renders PrivacyConsent',
  (_page, _apis, entry) => {
    expect(entry.hostsConsent).toBe(true)
  },
)

test.each(Object.keys(BROWSER_ONLY))('%s is excused only while it still reaches a privacy-scoped API', (page) => {
  expect(pages.find((entry) => entry.page === page)?.apis.length).toBeGreaterThan(0)
})
