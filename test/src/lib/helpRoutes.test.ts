// Every help-request link points at a page the app registers, and the case link is
// the one notifications open (help/pages/case/index?caseId=…).
import { helpCaseUrl, helpIntakeUrl, myHelpUrl, requestNewUrl, requestQueueUrl, requestStatsUrl, staffRequestUrl, tipsHashUrl, tipsUrl } from '../../../src/lib/helpRoutes'

type Config = { pages: string[]; subPackages: { root: string; pages: string[] }[] }

/** Taro provides defineAppConfig as a build-time global; here it only hands the config back. */
;(globalThis as { defineAppConfig?: (config: unknown) => unknown }).defineAppConfig = (config) => config
const appConfig: unknown = require('../../../src/app.config').default

describe('help-request routes', () => {
  const config = appConfig as unknown as Config
  const registered = new Set([...config.pages, ...config.subPackages.flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`))])

  test('each link opens a registered page', () => {
    const links = [
      helpIntakeUrl('o1'),
      myHelpUrl(),
      helpCaseUrl('c1'),
      tipsUrl(),
      requestQueueUrl('o1', 'own'),
      staffRequestUrl('c1'),
      requestNewUrl('o1'),
      requestStatsUrl('o1', 'rollup'),
    ]
    for (const link of links) expect(registered).toContain(link.slice(1).split('?')[0])
  })

  test('the case link matches what notifications open, and quick exit targets the tips page in the address bar', () => {
    expect(helpCaseUrl('c1')).toBe('/help/pages/case/index?caseId=c1')
    expect(tipsHashUrl()).toBe('#/pages/tips/index')
    expect(requestQueueUrl('o 1', 'assigned')).toBe('/staff/pages/requests/index?orgId=o%201&scope=assigned')
  })
})
