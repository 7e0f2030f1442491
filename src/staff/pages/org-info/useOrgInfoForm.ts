// The 基本信息 form: the org's editable fields, what changed, and saving only those
// with org.updateOrg (so the change history names exactly what she changed).
import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { ActionInput } from '../../../../types/contracts'
import type { OpeningHours } from '../../../../types/documents'
import { useConsoleSave } from '../../hooks/useConsoleSave'
import type { ConsoleData } from '../../lib/consoleStore'

type Changes = ActionInput<'org', 'updateOrg'>['changes']

export interface OrgInfoValues {
  name: string
  logoUrl: string | null
  homeName: string
  address: string
  hours: OpeningHours
  duties: string[]
  representativesCount: string
  intro: string
}

export const ORG_INFO_FIELDS = ['name', 'logoUrl', 'homeName', 'address', 'hours', 'duties', 'representativesCount', 'intro'] as const

function valuesOf(org: ConsoleData['org']): OrgInfoValues {
  return {
    name: org.name,
    logoUrl: org.logoUrl,
    homeName: org.homeName,
    address: org.address,
    hours: org.hours,
    duties: org.duties,
    representativesCount: String(org.representativesCount),
    intro: org.intro,
  }
}

/** A count she typed: digits become a number; anything else goes as typed and the back end names the field. */
const countOf = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN)

function changesBetween(before: OrgInfoValues, after: OrgInfoValues): Changes {
  const changes: Record<string, unknown> = {}
  for (const field of ORG_INFO_FIELDS) {
    if (JSON.stringify(before[field]) === JSON.stringify(after[field])) continue
    changes[field] = field === 'representativesCount' ? countOf(after.representativesCount) : after[field]
  }
  return changes as Changes
}

export function useOrgInfoForm(data: ConsoleData) {
  const initial = valuesOf(data.org)
  const [values, setValues] = useState(initial)
  const save = useConsoleSave(data.org._id, { keepConflict: true })
  const set = <K extends keyof OrgInfoValues>(field: K, value: OrgInfoValues[K]) => setValues((current) => ({ ...current, [field]: value }))
  const changes = changesBetween(initial, values)
  const dirty = Object.keys(changes).length > 0
  const submit = async () => {
    if (!dirty) return void Taro.showToast({ title: '还没有修改任何内容', icon: 'none' })
    await save.run('org', 'updateOrg', { orgId: data.org._id, version: data.org.version, changes })
  }
  return { values, set, dirty, submit, save }
}
