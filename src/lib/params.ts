// Reads the org code a page was opened with: `scene` from a QR code or a shared card
// (URL-encoded by WeChat), or `code` from an in-app link.
export type CodeParam = { ok: true; code: string } | { ok: false; reason: 'missing' | 'invalid'; raw: string }

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value)
  } catch {
    return null
  }
}

export function readOrgCode(params: Partial<Record<string, string>>): CodeParam {
  const raw = params.scene ?? params.code ?? ''
  const code = decode(raw)
  if (code === null) return { ok: false, reason: 'invalid', raw }
  const trimmed = code.trim()
  if (trimmed === '' || trimmed === 'undefined') return { ok: false, reason: 'missing', raw }
  return { ok: true, code: trimmed }
}

/** A plain query value (ids), decoded once. */
export function readParam(params: Partial<Record<string, string>>, name: string): string {
  return decode(params[name] ?? '') ?? ''
}
