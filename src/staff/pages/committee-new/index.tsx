// 召集执委会: the chair calls a 执委会全体会议 (002 激励制度第三条 "乡镇（街道）、村（社区）妇联每半年召开一次执委会").
import { ConsoleShell } from '../../components/ConsoleShell'
import { CommitteeForm } from './components/CommitteeForm'

export default function CommitteeNewPage() {
  return (
    <ConsoleShell className='committee-new-page' chairOnly='只有主席可以召集执委会'>
      {(data) => <CommitteeForm data={data} />}
    </ConsoleShell>
  )
}
