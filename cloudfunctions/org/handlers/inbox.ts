// org.inbox (消息): the caller's own notifications, newest first — every one the product
// kept in `outbox` for her, by the (openid, createdAt) index, with a stable cursor. The
// words are the neutral ones the notification was sent with; `page` opens what it is about.
import type { InboxMessage, OutboxDoc } from '../../../types'
import type { Ctx } from '../../common/context'
import { page } from '../../common/paging'
import type { OrgInput, OrgOutput } from '../lib/types'

const toMessage = (doc: OutboxDoc): InboxMessage => ({
  id: doc._id,
  template: doc.template,
  page: doc.page,
  subject: doc.data.thing ?? '',
  status: doc.data.phrase ?? '',
  createdAt: doc.createdAt,
})

export async function inbox(input: OrgInput<'inbox'>, ctx: Ctx): Promise<OrgOutput<'inbox'>> {
  const filter = { openid: ctx.caller.openid as string }
  const { items, nextCursor } = await page<OutboxDoc>(ctx, { collection: 'outbox', filter, field: 'createdAt', cursor: input.cursor, limit: input.limit })
  return { messages: items.map(toMessage), nextCursor }
}
