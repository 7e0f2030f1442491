// The parts of the console, as large tiles: a chair sees them all; a member sees
// her own card, the lists to read, and the QR code.
import { Text, View } from '@tarojs/components'
import { isSmallBody } from '../../../../../types/enums'
import { openPage, boardUrl } from '../../../../lib/routes'
import * as routes from '../../../../lib/staffRoutes'
import { chairTopicsUrl, topicNewUrl } from '../../../../lib/topicRoutes'
import type { ConsoleData } from '../../../lib/consoleStore'
import { useCommitteeNote } from '../../../hooks/useCommitteeNote'
import { useMyMemberId } from '../../../hooks/useMyMemberId'
import { canEdit } from '../../../lib/labels'
import './ConsoleMenu.css'

export interface ConsoleMenuProps {
  data: ConsoleData
}

interface Tile {
  key: string
  title: string
  note: string
  url: string
}

function chairTiles({ org, role, members, areas, activities, children }: ConsoleData, committeeNote: string): Tile[] {
  const active = members.filter((member) => member.status === 'active').length
  return [
    { key: 'info', title: '基本信息', note: '名称、标识、地址、开放时间、职责', url: routes.orgInfoUrl(org._id) },
    { key: 'members', title: '成员', note: `在任 ${active} 人`, url: routes.membersUrl(org._id) },
    { key: 'areas', title: '片区', note: `${areas.length} 个楼栋/网格/小组`, url: routes.areasUrl(org._id) },
    { key: 'rotation', title: '轮值安排', note: '全年 12 个月谁轮值', url: routes.rotationUrl(org._id) },
    { key: 'activities', title: '活动', note: `${activities.length} 项计划与成效`, url: routes.activitiesUrl(org._id) },
    // a 妇女小组 or 妇女微家 has no 执委 to hold to the 七个一
    ...(isSmallBody(org.level)
      ? []
      : [
          { key: 'duty-team', title: '履职情况', note: '执委“七个一”、谁落后了', url: routes.dutyTeamUrl(org._id) },
          { key: 'duty-minimums', title: '七个一要求', note: '本会可提高次数，不能降低', url: routes.dutyMinimumsUrl(org._id) },
        ]),
    ...committeeTile(org, committeeNote),
    ...(isSmallBody(org.level) || role !== 'chair'
      ? []
      : [{ key: 'appraisal-results', title: '述职评议结果', note: '合格情况、优秀执委推荐名单', url: routes.appraisalResultsUrl(org._id) }]),
    { key: 'topics', title: '议事', note: '审核议题、安排议事会、反馈结果', url: chairTopicsUrl(org._id) },
    { key: 'children', title: '下级组织', note: `${children.length} 个`, url: routes.childrenUrl(org._id) },
    // the view from above: only a federation with federations under it has anything to show
    ...(children.length === 0 ? [] : [{ key: 'overview', title: '下级统计', note: '下级台账、履职、议事、求助一张表', url: routes.overviewUrl(org._id) }]),
    { key: 'invites', title: '邀请', note: '邀请执委绑定微信', url: routes.invitesUrl(org._id) },
    { key: 'ledgers', title: '台账', note: '导出花名册、活动、议事、履职台账，写年度总结', url: routes.ledgersUrl(org._id) },
    { key: 'history', title: '变更记录', note: '谁在何时改了什么', url: routes.historyUrl(org._id) },
    { key: 'qrcode', title: '二维码与海报', note: '下载二维码、打印亮牌', url: routes.qrcodeUrl(org._id) },
    // her own 七个一: a chair of this federation is one of its 执委; a chair above opening it is not
    ...(isSmallBody(org.level) || role !== 'chair' ? [] : [dutyTile(org._id), appraisalRateTile(org._id)]),
  ]
}

/** 执委会: the committee's own meetings and 增替补 (a 妇女小组 or 微家 has no 执委会) */
const committeeTile = (org: ConsoleData['org'], note: string): Tile[] =>
  isSmallBody(org.level) ? [] : [{ key: 'committees', title: '执委会', note, url: routes.committeesUrl(org._id) }]

/** 我的履职: every member's own 七个一, the chair's too */
const dutyTile = (orgId: string): Tile => ({ key: 'duty', title: '我的履职', note: '“七个一”、记一笔、一本记录', url: routes.dutyUrl(orgId) })

/** 执委互评 and her own result: every 执委 of the federation, the chair too (002 履职制度第八条 "对其他执委履职情况进行评议") */
const appraisalRateTile = (orgId: string): Tile => ({ key: 'appraisal-rate', title: '执委互评', note: '评议其他执委、我的评议结果', url: routes.appraisalRateUrl(orgId) })

function memberTiles(data: ConsoleData, myMemberId: string | null | undefined, committeeNote: string): Tile[] {
  const { org } = data
  const mine = myMemberId ? [{ key: 'profile', title: '我的资料', note: '电话、照片、特长', url: routes.memberEditUrl(org._id, myMemberId) }] : []
  return [
    ...mine,
    // a 妇女小组's 小组长 and 组员 are no 执委: no 七个一 of theirs
    ...(isSmallBody(org.level) ? [] : [dutyTile(org._id)]),
    { key: 'members', title: '成员', note: '本会执委名单', url: routes.membersUrl(org._id) },
    ...committeeTile(org, committeeNote),
    ...(isSmallBody(org.level) ? [] : [appraisalRateTile(org._id)]),
    { key: 'areas', title: '片区', note: '谁联系哪里', url: routes.areasUrl(org._id) },
    { key: 'rotation', title: '轮值安排', note: '全年谁轮值', url: routes.rotationUrl(org._id) },
    { key: 'activities', title: '活动', note: '计划与成效', url: routes.activitiesUrl(org._id) },
    { key: 'topic-new', title: '代提议题', note: '走访中群众反映的问题', url: topicNewUrl(org._id) },
    { key: 'qrcode', title: '二维码与海报', note: '下载二维码、打印亮牌', url: routes.qrcodeUrl(org._id) },
  ]
}

export function ConsoleMenu({ data }: ConsoleMenuProps) {
  const editor = canEdit(data.role)
  const myMemberId = useMyMemberId(data.org._id, !editor)
  const committeeNote = useCommitteeNote(data.org._id, !isSmallBody(data.org.level))
  const tiles = editor ? chairTiles(data, committeeNote) : memberTiles(data, myMemberId, committeeNote)
  return (
    <View className='console-menu'>
      {tiles.map((tile) => (
        <View key={tile.key} className={`console-tile console-tile--${tile.key}`} hoverClass='console-tile--pressed' onClick={() => openPage(tile.url)}>
          <Text className='console-tile__title'>{tile.title}</Text>
          <Text className='console-tile__note'>{tile.note}</Text>
        </View>
      ))}
      <View className='console-tile console-tile--board' hoverClass='console-tile--pressed' onClick={() => openPage(boardUrl(data.org.code))}>
        <Text className='console-tile__title'>查看公开亮牌</Text>
        <Text className='console-tile__note'>居民扫码看到的样子</Text>
      </View>
    </View>
  )
}
