// A child federation in a list: name, level, completeness, and a tap into its console.
import type { GetConsoleOutput } from '../../../../types/org'
import { ListRow } from '../../../components/ListRow'
import { orgLevelTag } from '../../../lib/labels'
import { openPage } from '../../../lib/routes'
import { consoleUrl } from '../../../lib/staffRoutes'

export interface ChildOrgRowProps {
  child: GetConsoleOutput['children'][number]
}

export function ChildOrgRow({ child }: ChildOrgRowProps) {
  return (
    <ListRow
      className='child-org-row'
      title={child.name}
      lines={[orgLevelTag(child.level)]}
      badge={`${Math.round(child.completeness.score)} 分 · 队伍 ${child.completeness.warningCount} 项待完善`}
      badgeTone={child.completeness.warningCount === 0 ? 'good' : 'warn'}
      onOpen={() => openPage(consoleUrl(child.orgId))}
    />
  )
}
