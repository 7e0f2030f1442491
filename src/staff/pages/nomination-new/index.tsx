// 登记人选: a candidate for 增补 or 替补, and how she was put forward (002 增替补及退出制度第十五条).
import { ConsoleShell } from '../../components/ConsoleShell'
import { NominationForm } from './components/NominationForm'

export default function NominationNewPage() {
  return (
    <ConsoleShell className='nomination-new-page' chairOnly='只有主席可以登记增替补人选'>
      {(data) => <NominationForm data={data} />}
    </ConsoleShell>
  )
}
