// The resident pages' former main-package paths, and where each leads now.
import { movedPage } from '../../../src/lib/formerPages'
import { formerResidentPage, RESIDENT_PAGE_NAMES, residentPage } from '../../../types/routes'

type Config = { pages: string[]; subPackages: { root: string; pages: string[] }[] }

/** Taro provides defineAppConfig as a build-time global; here it only hands the config back. */
;(globalThis as { defineAppConfig?: (config: unknown) => unknown }).defineAppConfig = (config) => config
const config = require('../../../src/app.config').default as Config
const registered = new Set([...config.pages, ...config.subPackages.flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`))])

jest.mock('@tarojs/taro', () => ({}))

test('each resident page is registered in the resident subpackage, and its former path no longer is', () => {
  for (const name of RESIDENT_PAGE_NAMES) {
    expect(registered).toContain(residentPage(name))
    expect(registered).not.toContain(formerResidentPage(name))
  }
  expect(config.pages).toEqual(['pages/board/index'])
})

test('a former path, with or without its leading slash, leads to the page that replaced it; any other path to none', () => {
  expect(movedPage('pages/member/index')).toBe('resident/pages/member/index')
  expect(movedPage('/pages/tips/index')).toBe('resident/pages/tips/index')
  expect(movedPage('pages/board/index')).toBeNull()
  expect(movedPage('pages/nowhere/index')).toBeNull()
})
