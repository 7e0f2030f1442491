// The charts a chair would rather look at than read: 履职 and 议事 over the quarters, 求助
// by category and by month. Each is an SVG drawn on the phone, with the same figures
// written under it for a screen reader and large fonts.
import { Image, Text, View } from '@tarojs/components'
import type { OverviewOutput } from '../../../../../types/overview'
import { type BarChartSpec, barChartSvg, svgDataUrl } from '../../../../lib/barChart'
import { Section } from '../../../../components/Section'
import { overviewCharts } from '../overview'

export interface OverviewChartsProps {
  data: Pick<OverviewOutput, 'year' | 'charts'>
}

function Chart({ name, chart }: { name: string; chart: BarChartSpec }) {
  return (
    <Section title={chart.title} className={`overview-chart overview-chart--${name}`}>
      <Image className='overview-chart__image' mode='widthFix' src={svgDataUrl(barChartSvg(chart))} aria-hidden='true' />
      <View className='overview-chart__figures'>
        {chart.bars.map((bar) => (
          <View key={bar.label} className='overview-chart__figure'>
            <Text className='overview-chart__label'>{bar.label}</Text>
            <Text className='overview-chart__value'>
              {bar.text}
              {bar.value === null ? '' : ` ${chart.yAxis}`}
            </Text>
          </View>
        ))}
      </View>
    </Section>
  )
}

export function OverviewCharts({ data }: OverviewChartsProps) {
  return (
    <View className='overview-charts'>
      {overviewCharts(data).map(({ key, chart }) => (
        <Chart key={key} name={key} chart={chart} />
      ))}
      <Text className='page-note overview-charts__note'>
        求助数字保护求助人：少于 5 件显示为「少于5」，能据此推算出的显示为「—」，汇总给出范围；图中这样的柱子画成斜线格，不代表高低。
      </Text>
    </View>
  )
}
