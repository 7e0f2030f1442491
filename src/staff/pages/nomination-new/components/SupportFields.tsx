// How the candidate was put forward (第十五条): 组织推荐 names the 党组织; 群众推荐 ticks the 执委
// who recommend her, or counts the women who signed and attaches the sheet's photo; 个人自荐
// needs nothing more here (it goes to 初审 first).
import { Text } from '@tarojs/components'
import { NOMINATION_ROUTES, NOMINATION_ROUTE_LABEL, type NominationRoute } from '../../../../../types/committee'
import { Choices } from '../../../../components/Choices'
import { FormField } from '../../../../components/FormField'
import { TextInput } from '../../../../components/TextInput'
import { errorAt, type FieldErrors } from '../../../../lib/fieldErrors'
import { DocumentPhotoField } from '../../../components/DocumentPhoto'
import { MASS_ROUTE_QUOTE, committeeOf, massRouteWords } from '../../../lib/committee'
import type { ConsoleData } from '../../../lib/consoleStore'

export interface SupportValues {
  route: NominationRoute
  partyOrg: string
  memberIds: string[]
  women: string
  sheetPhoto: string | null
}

export const emptySupport: SupportValues = { route: 'organisation', partyOrg: '', memberIds: [], women: '', sheetPhoto: null }

/** The contract's shape of what she filled in for the route she picked. */
export function supportOf(values: SupportValues) {
  if (values.route === 'organisation') return { route: 'organisation' as const, partyOrg: values.partyOrg }
  if (values.route === 'self') return { route: 'self' as const }
  const women = values.women.trim() === '' ? 0 : /^\d+$/.test(values.women.trim()) ? Number(values.women.trim()) : -1
  return { route: 'mass' as const, memberIds: values.memberIds, women, sheetPhoto: values.sheetPhoto }
}

const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value])

export function SupportFields({ data, values, errors, onChange }: { data: ConsoleData; values: SupportValues; errors: FieldErrors; onChange: (values: SupportValues) => void }) {
  const set = (change: Partial<SupportValues>) => onChange({ ...values, ...change })
  const committee = committeeOf(data)
  return (
    <>
      <FormField label='推荐方式' name='support' required error={errors.support}>
        <Choices
          className='nomination-route'
          options={NOMINATION_ROUTES.map((value) => ({ value, label: NOMINATION_ROUTE_LABEL[value] }))}
          selected={[values.route]}
          onToggle={(route) => set({ route })}
        />
      </FormField>
      {values.route === 'organisation' ? (
        <FormField label='推荐的党组织' name='support.partyOrg' required error={errorAt(errors, 'support.partyOrg')}>
          <TextInput className='nomination-party-input' value={values.partyOrg} maxLength={40} placeholder='如：和美社区党委' onChange={(partyOrg) => set({ partyOrg })} />
        </FormField>
      ) : null}
      {values.route === 'self' ? <Text className='page-note'>个人自荐先由本会初审，通过后再报党组织审议。</Text> : null}
      {values.route === 'mass' ? (
        <>
          <Text className='page-note nomination-mass-rule'>{massRouteWords(committee.length)}</Text>
          <Text className='page-note'>{`依据：第十五条“${MASS_ROUTE_QUOTE}”`}</Text>
          <FormField label={`推荐她的执委（已选 ${values.memberIds.length} 位）`} name='support.memberIds' error={errorAt(errors, 'support.memberIds')}>
            <Choices
              className='nomination-supporters'
              options={committee.map((member) => ({ value: member._id, label: member.name }))}
              selected={values.memberIds}
              onToggle={(id) => set({ memberIds: toggle(values.memberIds, id) })}
            />
          </FormField>
          <FormField label='签名推荐的妇女人数' name='support.women' hint='没有签名表就不填' error={errorAt(errors, 'support.women')}>
            <TextInput className='nomination-women-input' type='number' value={values.women} maxLength={4} onChange={(women) => set({ women })} />
          </FormField>
          <FormField label='签名表照片' name='support.sheetPhoto' error={errorAt(errors, 'support.sheetPhoto')}>
            <DocumentPhotoField orgId={data.org._id} value={values.sheetPhoto} onChange={(sheetPhoto) => set({ sheetPhoto })} actionText='拍照上传签名表' label='签名表照片' />
          </FormField>
        </>
      ) : null}
    </>
  )
}
