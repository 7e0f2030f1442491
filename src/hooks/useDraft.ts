// A form's values, kept as a draft on the phone while she types (src/lib/drafts.ts) and
// offered back, with a short notice, when the form opens again. `discard` once it is sent.
// Not for help requests: they leave nothing on the phone.
import { useCallback, useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { clearDraft, readDraft, saveDraft } from '../lib/drafts'

export interface DraftOptions {
  /** what the form started from (e.g. the record's version): a draft of another start is not offered */
  basedOn?: string | number | null
}

export function useDraft<T extends object>(key: string, blank: () => T, options: DraftOptions = {}) {
  const basedOn = options.basedOn ?? null
  const [start] = useState(() => {
    const empty = blank()
    return { empty, restored: readDraft(key, empty, basedOn) }
  })
  const [values, setValues] = useState<T>(() => start.restored ?? start.empty)
  /** sent: nothing more is kept, even if the page stays a moment longer */
  const sent = useRef(false)

  useEffect(() => {
    if (start.restored) void Taro.showToast({ title: '已恢复上次没写完的内容', icon: 'none' })
  }, [start])

  useEffect(() => {
    if (sent.current) return
    if (JSON.stringify(values) === JSON.stringify(start.empty)) clearDraft(key)
    else saveDraft(key, values, basedOn)
  }, [key, values, basedOn, start])

  const discard = useCallback(() => {
    sent.current = true
    clearDraft(key)
  }, [key])

  return { values, setValues, restored: start.restored !== null, discard }
}
