// What the woman told the federation, decrypted for the staff who may read it, with
// how it is safe to reach her. "Do not call" is shown first and the call button is
// left out, so nobody phones her by mistake.
import { Text, View } from '@tarojs/components'
import type { StaffCaseView } from '../../../../../types/requests'
import { CONTACT_CHANNEL_LABEL } from '../../../../../types/requestModel'
import { CallButton } from '../../../../components/CallButton'
import { Section } from '../../../../components/Section'
import { Fact } from './CaseFacts'

export function HerWords({ view }: { view: StaffCaseView }) {
  const { personal } = view
  return (
    <Section title='她的情况' note='请勿外传' className='request-personal'>
      {view.doNotCall ? <Text className='request-do-not-call'>她要求：不要给她打电话</Text> : null}
      <Fact name='name' label='称呼' text={personal.name || '未留称呼'} />
      <Fact name='description' label='发生了什么' text={personal.description} />
      <Fact name='needs' label='希望得到的帮助' text={personal.needs} />
      <Fact name='contact' label='安全的联系方式' text={`${CONTACT_CHANNEL_LABEL[view.contactChannel]}${personal.safeTimes ? ` · ${personal.safeTimes}` : ''}`} />
      <Fact name='phone' label='手机号' text={personal.phone || '未留'} />
      <Fact name='address' label='地址' text={personal.address} />
      {personal.phone && !view.doNotCall && view.contactChannel === 'phone' ? (
        <View className='request-personal__call'>
          <CallButton phone={personal.phone} label='按她方便的时间拨打' />
        </View>
      ) : null}
    </Section>
  )
}
