// org.appraisalCodeImage: the code a 妇女代表 scans, one at a time on the chair's phone. In WeChat a
// mini-program code (wxacode.getUnlimited) that opens the ballot page with the round's short id
// and her one-time code as its scene — a WeChat code's scene holds 32 characters, a round's id
// and a code do not fit, its short id does; on the local host a QR code of the H5 ballot page
// with the same scene. Answered as the image itself, never stored: the code is a vote.
import { ballotScene } from '../../../types'
import { BALLOT_PAGE } from '../../../types/routes'
import { AppError } from '../../common/errors'
import type { CtxOf } from '../../common/policy'
import { assertOpen, shortIdOf } from '../lib/appraisal'
import { appraisalCodes } from '../lib/appraisalRules'
import type { OrgInput, OrgOutput } from '../lib/types'

export async function appraisalCodeImage(input: OrgInput<'appraisalCodeImage'>, ctx: CtxOf<'org.appraisalCodeImage'>): Promise<OrgOutput<'appraisalCodeImage'>> {
  const round = ctx.access.doc
  assertOpen(round)
  if (input.ordinal >= round.codeCount) throw new AppError('NOT_FOUND', `这次评议只发了 ${round.codeCount} 张评议码`)
  const code = appraisalCodes(ctx.ports.vault.open(round.codeKey), round.codeCount)[input.ordinal]!
  const scene = ballotScene(round.shortId ?? shortIdOf(round._id), code)
  try {
    const png = await ctx.ports.qrcode.boardCode({ scene, page: BALLOT_PAGE })
    return { image: `data:image/png;base64,${png.toString('base64')}`, scene }
  } catch (error) {
    if (error instanceof AppError) throw error
    ctx.log.error('appraisal code image failed', { roundId: round._id, error: error instanceof Error ? error.message : String(error) })
    throw new AppError('INTERNAL', '评议码图片生成失败，请稍后再试，或请妇女代表填写纸质评议票')
  }
}
