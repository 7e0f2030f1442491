// 分片联系 in 履职情况: how many 执委 reached fewer women this year than the seeds ask (in 人次:
// the numbers each entry gives, added up), with the seeds' own words, and the 片区 that no
// entry named this quarter.
import { Text, View } from '@tarojs/components'
import type { DutyCoverage } from '../../../../../types/duty'
import { Section } from '../../../../components/Section'

export function CoverageBlock({ coverage }: { coverage: DutyCoverage }) {
  const { womenMinimum, womenShort, womenCitations, unvisitedAreas, areaCount, quarter } = coverage
  return (
    <Section title='分片联系' className='duty-coverage'>
      <Text className='duty-coverage__line duty-coverage__women'>
        {womenShort === 0 ? `每位执委今年联系妇女都已达到 ${womenMinimum} 名。` : `今年联系妇女不足 ${womenMinimum} 名的执委：${womenShort} 人。`}
      </Text>
      <Text className='duty-coverage__note'>按每条记录填写的人数相加计算“人次”，同一位妇女联系两次算两人次。</Text>
      {womenCitations.map((citation) => (
        <Text key={citation.quote} className='duty-coverage__cite'>{`依据：${citation.article}：“${citation.quote}”`}</Text>
      ))}
      <View className='duty-coverage__areas'>
        <Text className='duty-coverage__line'>
          {areaCount === 0
            ? '还没有划分片区。'
            : unvisitedAreas.length === 0
              ? `${quarter.label}每个片区都有执委走访过。`
              : `${quarter.label}还没有人走访的片区：${unvisitedAreas.length} 个（共 ${areaCount} 个）`}
        </Text>
        {unvisitedAreas.map((area) => (
          <Text key={area.areaId} className='duty-coverage__area'>
            {`${area.name}（联系执委：${area.memberName ?? '未安排'}）`}
          </Text>
        ))}
      </View>
    </Section>
  )
}
