// 录入纸质评议票: the chair types one paper ballot at a time — each member 满意 / 基本满意 / 不满意 and
// any comment written on it — and the form clears for the next one.
import { useState } from 'react'
import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { AppraisalRoundView } from '../../../../../types'
import { RatingForm, ratingsOf, ungraded, type RatingDraft } from '../../../../components/RatingForm'
import { SaveBar } from '../../../../components/SaveBar'
import { Section } from '../../../../components/Section'
import { useSave } from '../../../../hooks/useSave'
import { errorAt } from '../../../../lib/fieldErrors'
import type { ConsoleData } from '../../../lib/consoleStore'

export function PaperBallot({ data, round, onEntered }: { data: ConsoleData; round: AppraisalRoundView; onEntered: () => void }) {
  const [draft, setDraft] = useState<RatingDraft>({})
  const save = useSave({ oneRecord: true })
  const photos = new Map(data.members.map((m) => [m._id, m.photoUrl]))
  const members = round.members.map((m) => ({ ...m, photoUrl: photos.get(m.memberId) ?? null }))
  const submit = async () => {
    const left = ungraded(members, draft)
    if (left.length > 0) return void Taro.showToast({ title: `还没评：${left.join('、')}`, icon: 'none' })
    if (await save.run('org', 'enterPaperBallot', { roundId: round._id, ratings: ratingsOf(members, draft) }, { done: '已录入' })) {
      setDraft({})
      onEntered()
    }
  }
  return (
    <Section title='录入纸质评议票' note={`已录入 ${round.ballots.paper} 张`} className='appraisal-paper'>
      <Text className='page-note'>按纸质票上勾选的录入，一张票录一次。</Text>
      <RatingForm members={members} draft={draft} onChange={setDraft} errorOf={(i) => errorAt(save.errors, `ratings.${i}.grade`) ?? errorAt(save.errors, `ratings.${i}.comment`)} />
      <SaveBar text='录入这张评议票' busy={save.busy} onSave={() => void submit()} errors={save.errors} shownFields={[]} />
    </Section>
  )
}
