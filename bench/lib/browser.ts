// Debian's Chromium through playwright-core with the flags this machine needs
// (those of test/e2e/support/browser.ts): a fresh profile for every launch, a phone-sized screen.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { CHROMIUM, PHONE } from '../../test/e2e/support/browser'

export interface Phone {
  page: Page
  close(): Promise<void>
}

export async function launchPhone(): Promise<Phone> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`没有找到 Chromium（${CHROMIUM}）：apt-get install -y chromium，或设置 CHROMIUM_PATH`)
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'liangpai-bench-chromium-'))
  let context: BrowserContext | null = null
  try {
    context = await chromium.launchPersistentContext(profile, PHONE)
    const page = context.pages()[0] ?? (await context.newPage())
    const opened = context
    return {
      page,
      close: async () => {
        await opened.close()
        fs.rmSync(profile, { recursive: true, force: true })
      },
    }
  } catch (error) {
    await context?.close()
    fs.rmSync(profile, { recursive: true, force: true })
    throw error
  }
}
