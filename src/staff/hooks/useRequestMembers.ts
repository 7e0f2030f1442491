// Who a case can be assigned to: the active members of the case's federation (and,
// for a case escalated to her, of the upper federation), from the console's shared
// store so an open console does not load them twice.
import { useEffect, useState } from 'react'
import { POST_LABEL } from '../../../types/enums'
import type { ChoiceOption } from '../../components/Choices'
import { cachedConsole, loadConsole } from '../lib/consoleStore'

function optionsOf(orgIds: string[]): ChoiceOption<string>[] {
  return orgIds.flatMap((orgId) => {
    const data = cachedConsole(orgId)
    if (!data) return []
    const many = orgIds.length > 1
    return data.members
      .filter((member) => member.status === 'active')
      .map((member) => ({ value: member._id, label: member.name, note: `${POST_LABEL[member.post]}${many ? ` · ${data.org.name}` : ''}` }))
  })
}

/** null while loading. */
export function useRequestMembers(orgIds: string[]): ChoiceOption<string>[] | null {
  const key = orgIds.join(',')
  const [options, setOptions] = useState<ChoiceOption<string>[] | null>(() => (orgIds.every((orgId) => cachedConsole(orgId)) ? optionsOf(orgIds) : null))
  useEffect(() => {
    let alive = true
    const ids = key.split(',').filter(Boolean)
    Promise.all(
      ids.map((orgId) =>
        cachedConsole(orgId)
          ? Promise.resolve()
          : loadConsole(orgId).then(
              () => undefined,
              () => undefined,
            ),
      ),
    ).then(() => {
      if (alive) setOptions(optionsOf(ids))
    })
    return () => void (alive = false)
  }, [key])
  return options
}
