// Encryption at rest for help requests (they are sensitive personal information, so
// nothing on disk may be readable without the key): AES-256-GCM with a random
// 12-byte IV per value and the 16-byte tag, written as `v1.<iv>.<tag>.<ciphertext>`
// (base64url). The key never lives in code: WeChat cloud reads it from the function's
// environment (LIANGPAI_REQUEST_KEY, 32 bytes in base64); the local host keeps one
// beside its data folder, never in it (server/vault.ts).
import { createCipheriv, createDecipheriv, randomFillSync } from 'node:crypto'

export interface VaultPort {
  /** '' stays '' (nothing to hide); anything else becomes ciphertext */
  seal(plain: string): string
  /** the plaintext of a sealed value; '' for ''; throws on a value that was tampered with */
  open(sealed: string): string
}

export const KEY_ENV = 'LIANGPAI_REQUEST_KEY'
const VERSION = 'v1'

/**
 * IVs are cut from one fill of the system's random generator, 12 bytes each, every byte used
 * once (as node itself cuts randomUUID from a buffered fill): the same randomness as a call
 * to randomBytes(12) an IV, at a 256th of the calls into OpenSSL. Sealing a 求助 submit's
 * fields spent 2% of the host's thread in them.
 */
const IV_BYTES = 12
const ivPool = Buffer.alloc(IV_BYTES * 256)
let ivNext = ivPool.length

/** A fresh IV, never handed out before. */
export function freshIv(): Buffer {
  if (ivNext === ivPool.length) {
    randomFillSync(ivPool)
    ivNext = 0
  }
  const iv = Buffer.from(ivPool.subarray(ivNext, ivNext + IV_BYTES))
  ivNext += IV_BYTES
  return iv
}

export function createVault(key: Buffer): VaultPort {
  if (key.length !== 32) throw new Error(`the request key must be 32 bytes, got ${key.length}`)
  return {
    seal(plain) {
      if (plain === '') return ''
      const iv = freshIv()
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.')
    },
    open(sealed) {
      if (sealed === '') return ''
      const [version, iv, tag, body] = sealed.split('.')
      if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('not a sealed value')
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
      decipher.setAuthTag(Buffer.from(tag, 'base64url'))
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
    },
  }
}

/** A key from base64 text, or an error naming the variable. */
export function keyFromText(text: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64')
  if (key.length !== 32) throw new Error(`${KEY_ENV} must be 32 bytes in base64 (openssl rand -base64 32)`)
  return key
}

/** The vault over the environment's key; without one, every use fails (help requests are refused, nothing is stored in clear). */
export function vaultFromEnv(env: NodeJS.ProcessEnv = process.env): VaultPort {
  const text = env[KEY_ENV]
  if (text) return createVault(keyFromText(text))
  const missing = (): never => {
    throw new Error(`${KEY_ENV} is not set: help requests cannot be stored or read`)
  }
  return { seal: missing, open: missing }
}
