// A save from a console form: afterwards the org's console view (and the board, if this
// session shows it) is read again, so every console page and the board show the change.
import { type SaveRules, useSave } from '../../hooks/useSave'
import { refreshAfterSave } from '../lib/consoleStore'

export function useConsoleSave(orgId: string, rules: SaveRules = {}) {
  return useSave({ ...rules, afterSave: () => refreshAfterSave(orgId) })
}
