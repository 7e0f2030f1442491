// 结束评议: after the last ballot. The codes stop working and each member's counts are kept; the
// results page then shows 合格 / 不合格.
import type { AppraisalRoundView } from '../../../../../types'
import { ActionButton } from '../../../../components/ActionButton'
import { Section } from '../../../../components/Section'
import { useSave } from '../../../../hooks/useSave'
import { confirmAction } from '../../../../lib/confirm'

export function CloseRound({ round, onClosed }: { round: AppraisalRoundView; onClosed: () => void }) {
  const save = useSave()
  const close = async () => {
    if (!(await confirmAction('结束评议？', '结束后评议码作废，不能再扫码或录入评议票。', '结束评议'))) return
    if (await save.run('org', 'closeAppraisal', { roundId: round._id, version: round.version }, { done: '评议已结束' })) onClosed()
  }
  return (
    <Section title='结束评议' className='appraisal-close'>
      <ActionButton className='appraisal-close-button' variant='plain' text={save.busy ? '正在结束…' : '结束评议'} onClick={() => void (save.busy ? undefined : close())} />
    </Section>
  )
}
