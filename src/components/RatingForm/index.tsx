// One 述职评议 ballot: each member with her photo, name and post, three large buttons (满意 /
// 基本满意 / 不满意) and an optional short comment. Used by a 妇女代表 on her phone, by the chair
// typing a paper ballot and by a 执委 rating the others; the page sends it.
import { Text, View } from '@tarojs/components'
import { APPRAISAL_GRADES, APPRAISAL_GRADE_LABEL, type AppraisalGrade, type AppraisalRating } from '../../../types/appraisal'
import { POST_LABEL, type Post } from '../../../types/enums'
import { Avatar } from '../Avatar'
import { TextInput } from '../TextInput'
import './index.css'

export interface RatedMember {
  memberId: string
  name: string
  post: string
  photoUrl?: string | null
}

/** Her grade of each member (absent: not chosen yet) and the comments. */
export type RatingDraft = Record<string, { grade: AppraisalGrade | null; comment: string }>

export interface RatingFormProps {
  members: RatedMember[]
  draft: RatingDraft
  onChange: (draft: RatingDraft) => void
  /** the server's reason for a refused field, by the member's index in `members` */
  errorOf?: (index: number) => string | undefined
}

const postLabel = (post: string): string => POST_LABEL[post as Post] ?? ''

/** The members not graded yet, by name: the page asks for them before sending. */
export const ungraded = (members: RatedMember[], draft: RatingDraft): string[] => members.filter((m) => !draft[m.memberId]?.grade).map((m) => m.name)

/** The ratings to send, in the members' order; call once `ungraded` is empty. */
export const ratingsOf = (members: RatedMember[], draft: RatingDraft): AppraisalRating[] =>
  members.map((m) => ({ memberId: m.memberId, grade: draft[m.memberId]?.grade ?? 'satisfied', comment: draft[m.memberId]?.comment.trim() ?? '' }))

export function RatingForm({ members, draft, onChange, errorOf }: RatingFormProps) {
  const set = (memberId: string, change: Partial<RatingDraft[string]>) =>
    onChange({ ...draft, [memberId]: { grade: draft[memberId]?.grade ?? null, comment: draft[memberId]?.comment ?? '', ...change } })
  return (
    <View className='rating-form'>
      {members.map((member, index) => {
        const chosen = draft[member.memberId]?.grade ?? null
        const error = errorOf?.(index)
        return (
          <View key={member.memberId} className={`rating-row rating-row--${index}${error ? ' rating-row--invalid' : ''}`}>
            <View className='rating-row__who'>
              <Avatar name={member.name} photoUrl={member.photoUrl ?? null} />
              <View className='rating-row__names'>
                <Text className='rating-row__name'>{member.name}</Text>
                <Text className='rating-row__post'>{postLabel(member.post)}</Text>
              </View>
            </View>
            <View className='rating-row__grades'>
              {APPRAISAL_GRADES.map((grade) => (
                <View
                  key={grade}
                  className={`rating-grade rating-grade--${grade}${chosen === grade ? ' rating-grade--on' : ''}`}
                  hoverClass='rating-grade--pressed'
                  onClick={() => set(member.memberId, { grade })}
                >
                  {APPRAISAL_GRADE_LABEL[grade]}
                </View>
              ))}
            </View>
            <TextInput
              className='rating-row__comment'
              value={draft[member.memberId]?.comment ?? ''}
              maxLength={100}
              placeholder='想说的话（可以不写）'
              onChange={(comment) => set(member.memberId, { comment })}
            />
            {error ? <Text className='rating-row__error'>{error}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
