// The 基本信息 form: the org's editable fields, what changed, and saving only those
// with org.updateOrg (so the change history names exactly what she changed). The wall's
// 监督电话 and 制度 (001 6.1.3) and the 年度工作计划 (002 第七条) are among them.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { ActionInput } from '../../../../types/contracts'
import { DEFAULT_WALL_RULES, type OpeningHours } from '../../../../types/documents'
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
  supervisionPhone: string
  wallRules: string[]
  /** as typed: both empty means no plan */
  annualPlan: { year: string; text: string }
}

export const ORG_INFO_FIELDS = [
  'name',
  'logoUrl',
  'homeName',
  'address',
  'hours',
  'duties',
  'representativesCount',
  'intro',
  'supervisionPhone',
  'wallRules',
  'annualPlan',
] as const

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
    supervisionPhone: org.supervisionPhone ?? '',
    wallRules: org.wallRules ?? [...DEFAULT_WALL_RULES],
    annualPlan: org.annualPlan ? { year: String(org.annualPlan.year), text: org.annualPlan.text } : { year: '', text: '' },
  }
}

/** A count she typed: digits become a number; anything else goes as typed and the back end names the field. */
const countOf = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN)

/** What a field she edited sends: a count as a number, an empty phone or plan as none. */
function sent(field: (typeof ORG_INFO_FIELDS)[number], values: OrgInfoValues): unknown {
  if (field === 'representativesCount') return countOf(values.representativesCount)
  if (field === 'supervisionPhone') return values.supervisionPhone.trim() === '' ? null : values.supervisionPhone.trim()
  if (field === 'annualPlan') {
    const { year, text } = values.annualPlan
    return year.trim() === '' && text.trim() === '' ? null : { year: year.trim() === '' ? undefined : countOf(year), text }
  }
  return values[field]
}

function changesBetween(before: OrgInfoValues, after: OrgInfoValues): Changes {
  const changes: Record<string, unknown> = {}
  for (const field of ORG_INFO_FIELDS) {
    if (JSON.stringify(before[field]) === JSON.stringify(after[field])) continue
    changes[field] = sent(field, after)
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
