// 大字模式: she picks how large the text is, on this phone, for every page. Until she
// picks, the pages follow the font size she set in WeChat.
import { useState } from 'react'
import { Choices } from '../../../../components/Choices'
import { Section } from '../../../../components/Section'
import { chooseFontScale, currentFontScale, FONT_SCALE_LABEL, FONT_SCALES, type FontScale } from '../../../../lib/fontScale'

export function FontSizeChoice() {
  const [scale, setScale] = useState<FontScale>(currentFontScale)
  const choose = (next: FontScale) => {
    chooseFontScale(next)
    setScale(next)
  }
  return (
    <Section className='me-font' title='大字模式' note='字大一些，看得更清楚'>
      <Choices className='me-font-scale' options={FONT_SCALES.map((value) => ({ value, label: FONT_SCALE_LABEL[value] }))} selected={[scale]} onToggle={choose} />
    </Section>
  )
}
