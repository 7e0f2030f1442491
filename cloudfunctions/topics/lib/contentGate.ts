// Public text passes the content check before anyone else sees it. risky is refused
// (CONTENT_REJECTED); review is reported to the caller to decide (a submission is held
// for the chair; an outcome is refused); a check service that fails publishes nothing.
import type { CheckVerdict } from '../../common/ports'
import type { Ctx } from '../../common/context'
import { AppError } from '../../common/errors'

const CHECK_UNAVAILABLE = '内容安全检查暂时不可用，内容没有提交，请稍后再试'
const RISKY_TEXT = '内容含有不适宜公开的信息，请修改后再提交'

/** The verdict on the texts together; throws CONTENT_REJECTED for risky, INTERNAL when the check fails. */
export async function checkPublicText(ctx: Ctx, texts: string[]): Promise<Exclude<CheckVerdict, 'risky'>> {
  let verdict: CheckVerdict
  try {
    verdict = await ctx.ports.contentCheck.text({ content: texts.filter(Boolean).join('\n'), openid: ctx.caller.openid, scene: 2 })
  } catch (error) {
    ctx.log.error('text check failed', { error: error instanceof Error ? error.message : String(error) })
    throw new AppError('INTERNAL', CHECK_UNAVAILABLE)
  }
  if (verdict === 'risky') throw new AppError('CONTENT_REJECTED', RISKY_TEXT)
  return verdict
}
