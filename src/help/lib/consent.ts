// 《个人信息使用说明》, the consent text, shipped with the page so that she can read it
// and go on with no network. It carries its version; the page sends the version she
// agreed to and the server refuses a submission made on any other (requests.submit).
// How long closed cases are kept is set per deployment: the page says the default
// until the server has said its own.
import { CONSENT_VERSION, DEFAULT_RETENTION_DAYS } from '../../../types/requestModel'
import { retentionText } from './words'

export interface ConsentClause {
  title: string
  text: string
}

export const CONSENT_TEXT_VERSION = CONSENT_VERSION
export const BUNDLED_RETENTION_DAYS = DEFAULT_RETENTION_DAYS

export function consentClauses(retentionDays: number): ConsentClause[] {
  return [
    { title: '收集什么', text: '您选择的求助类别、您写下的情况和希望得到的帮助、紧急程度、方便联系的方式和时间；手机号、称呼和地址都可以不填。' },
    {
      title: '为什么收集',
      text: '只用于妇联了解您的情况、按您说的方式联系您、为您提供帮助，或在您需要时转介给派出所、法律援助等单位。不会公开，不会出现在亮牌上。',
    },
    { title: '谁能看到', text: '本妇联的主席、副主席和负责跟进的执委。如果需要上报，上级妇联的主席、副主席也能看到。每一次查看都会留下记录。' },
    { title: '保存多久', text: `求助办结后保存 ${retentionText(retentionDays)}，到期自动删除您的个人信息，只留下不含个人信息的统计数字。` },
    { title: '您可以随时改主意', text: '在「我的求助」里，您可以随时撤回求助，导出或删除您的信息。情况说明、电话和地址都加密保存。' },
  ]
}
