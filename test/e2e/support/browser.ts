// Debian's Chromium through playwright-core, with the flags this machine needs
// (../shared/TOOLCHAIN.md): a fresh profile each launch, a phone-sized viewport.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** The flags Chromium needs on this kind of machine (closed network, root, no GPU). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** A phone-sized Chinese-locale browser on Debian's Chromium. */
export const PHONE = {
  executablePath: CHROMIUM,
  args: CHROMIUM_ARGS,
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
}

export async function launchPhone(): Promise<{ context: BrowserContext; page: Page }> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`)
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'liangpai-chromium-'))
  const context = await chromium.launchPersistentContext(profile, PHONE)
  const page = context.pages()[0] ?? (await context.newPage())
  return { context, page }
}

export const ARTIFACTS = path.resolve(__dirname, '../../../test-artifacts/e2e')

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  const file = path.join(ARTIFACTS, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}
