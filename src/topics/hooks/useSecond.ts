// 附议 (topics.second): once per person. Signed out, she is sent to 我的 to sign in; a
// refusal is shown in the server's own words.
import { useSave } from '../../hooks/useSave'
import { openPage } from '../../lib/routes'
import { meUrl } from '../../lib/staffRoutes'

export function useSecond(topicId: string, onSeconded: (secondCount: number) => void) {
  const save = useSave({
    dialogTitle: '没有附议成功',
    fields: 'none',
    onRefused: (error) => {
      if (error.code === 'UNAUTHENTICATED') openPage(meUrl())
    },
  })
  const second = async () => {
    const answer = await save.run('topics', 'second', { topicId }, { done: '已附议' })
    if (answer) onSeconded(answer.secondCount)
  }
  return { busy: save.busy, second }
}
