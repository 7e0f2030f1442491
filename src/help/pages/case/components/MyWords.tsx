// What she told the federation, as it is stored for her case, with what she added
// later. Folded away until she taps it: the page may be opened where others can see the
// screen, so her story is not shown every time. It is the data that export and delete
// are about.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { RequesterCaseView } from '../../../../../types/requests'
import { CONTACT_CHANNEL_LABEL } from '../../../../../types/requestModel'
import { ActionButton } from '../../../../components/ActionButton'
import { Section } from '../../../../components/Section'
import { beijingDateTime } from '../../../../lib/dates'

function Line({ label, text }: { label: string; text: string }) {
  if (!text) return null
  return (
    <View className='case-fact'>
      <Text className='case-fact__label'>{label}</Text>
      <Text className='case-fact__text'>{text}</Text>
    </View>
  )
}

function Words({ view }: { view: RequesterCaseView }) {
  const { personal } = view
  const contact = `${CONTACT_CHANNEL_LABEL[view.contactChannel]}${view.doNotCall ? '，不要打电话' : ''}${personal.safeTimes ? `，${personal.safeTimes}` : ''}`
  return (
    <View className='case-my-words__body'>
      <Line label='发生了什么' text={personal.description} />
      <Line label='希望得到的帮助' text={personal.needs} />
      <Line label='联系方式' text={contact} />
      <Line label='手机号' text={personal.phone} />
      <Line label='地址' text={personal.address} />
      <Line label='称呼' text={personal.name} />
      {view.timeline
        .filter((entry) => entry.step === 'addInfo' && entry.text)
        .map((entry) => (
          <Line key={entry.seq} label={`补充的情况（${beijingDateTime(entry.at)}）`} text={entry.text} />
        ))}
    </View>
  )
}

export function MyWords({ view }: { view: RequesterCaseView }) {
  const [open, setOpen] = useState(false)
  return (
    <Section title='我填写的内容' className='case-my-words'>
      {open ? <Words view={view} /> : <Text className='help-note case-my-words__folded'>为了您的安全，内容已收起。</Text>}
      <ActionButton
        className={open ? 'my-words-hide-button' : 'my-words-show-button'}
        variant='plain'
        text={open ? '收起' : '点开查看我填写的内容'}
        onClick={() => setOpen(!open)}
      />
    </Section>
  )
}
