// The board never shows another level's default duties (bodies made before defaults went
// by level carry 附件5 村（社区）妇联工作职责 whatever their level).
import { dutiesShown, TOWNSHIP_DUTIES, VILLAGE_DUTIES } from '../../types'

test("a 村 shows 附件5; a 街道 or a 妇女小组 holding 附件5 shows nothing; a body's own text is always shown", () => {
  expect(dutiesShown('village', [...VILLAGE_DUTIES])).toEqual(VILLAGE_DUTIES)
  expect(dutiesShown('street', [...VILLAGE_DUTIES])).toEqual([])
  expect(dutiesShown('group', [...VILLAGE_DUTIES])).toEqual([])
  expect(dutiesShown('street', [...TOWNSHIP_DUTIES])).toEqual(TOWNSHIP_DUTIES)
  expect(dutiesShown('village', [...TOWNSHIP_DUTIES])).toEqual([])
  expect(dutiesShown('group', ['组织楼道议事，邻里互助。'])).toEqual(['组织楼道议事，邻里互助。'])
})
