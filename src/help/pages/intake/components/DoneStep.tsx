// After a successful submission: the case code she and the federation will speak of,
// and the way to follow it under 我的求助.
import { Text, View } from '@tarojs/components'
import { ActionButton } from '../../../../components/ActionButton'
import { Section } from '../../../../components/Section'
import { openPage } from '../../../../lib/routes'
import { helpCaseUrl, myHelpUrl } from '../../../../lib/helpRoutes'

export function DoneStep({ caseId, code }: { caseId: string; code: string }) {
  return (
    <Section title='求助已提交' className='intake-done'>
      <Text className='help-lead'>妇联已经收到。您的求助编号是：</Text>
      <Text className='intake-done__code case-code'>{code}</Text>
      <Text className='help-note'>请记下这个编号。负责的执委会按您说的方式联系您，进展会显示在「我的求助」里。</Text>
      <View className='intake-done__actions'>
        <ActionButton className='open-case-button' text='查看进展' onClick={() => openPage(helpCaseUrl(caseId))} />
        <ActionButton className='my-help-button' variant='plain' text='我的求助' onClick={() => openPage(myHelpUrl())} />
      </View>
    </Section>
  )
}
