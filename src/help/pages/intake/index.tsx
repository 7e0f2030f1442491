// 我要求助: a calm intake, one screen at a time — her age, then consent on its own
// screen, then the request. The banner with 110, 12338 and 快速离开 stays at the top
// of every screen; nothing she types is kept anywhere but in this page's memory.
import { Text, View } from '@tarojs/components'
import { AGE_BAND_LABEL } from '../../../../types/requestModel'
import { REQUEST_FIELDS, RequestFields } from '../../../components/RequestFields'
import { SaveBar } from '../../../components/SaveBar'
import { Section } from '../../../components/Section'
import { StateView } from '../../../components/StateView'
import { usePageParams } from '../../../hooks/usePageParams'
import { errorAt } from '../../../lib/fieldErrors'
import { readParam } from '../../../lib/params'
import { SafetyBanner } from '../../components/SafetyBanner'
import { type Intake, useIntake } from '../../hooks/useIntake'
import { AgeStep } from './components/AgeStep'
import { ConsentStep } from './components/ConsentStep'
import { DoneStep } from './components/DoneStep'
import { Under14Step } from './components/Under14Step'
import '../help.css'

/** The request's fields and the consent version she agreed to (refused when it is no longer in force). */
const SHOWN_FIELDS = [...REQUEST_FIELDS, 'consentVersion'] as const

function DetailsStep({ intake }: { intake: Intake }) {
  const ageError = errorAt(intake.errors, 'ageBand')
  const consentError = errorAt(intake.errors, 'consentVersion')
  return (
    <View className='intake-details'>
      <Section title='说说您的情况' note='只有负责的妇联工作人员能看到'>
        <View className='intake-age-chosen'>
          <Text className='help-note'>需要帮助的这位：{AGE_BAND_LABEL[intake.ageBand]}</Text>
          <Text className='help-link' onClick={() => intake.setStep('age')}>
            改一改
          </Text>
        </View>
        {ageError ? <Text className='field-error help-error'>{ageError}</Text> : null}
        <RequestFields values={intake.values} onChange={intake.setValues} errors={intake.errors} voice='self' />
      </Section>
      {consentError ? <Text className='field-error help-error consent-version-error'>{consentError}</Text> : null}
      {intake.notice ? <Text className='help-notice submit-notice'>{intake.notice}</Text> : null}
      <SaveBar busy={intake.busy} onSave={() => void intake.submit()} errors={intake.errors} shownFields={SHOWN_FIELDS} text='提交求助' />
    </View>
  )
}

function CurrentStep({ intake }: { intake: Intake }) {
  switch (intake.step) {
    case 'age':
      return <AgeStep onChoose={intake.chooseAge} />
    case 'under14':
      return <Under14Step onBack={() => intake.setStep('age')} />
    case 'consent':
      return (
        <ConsentStep
          retentionDays={intake.retentionDays}
          serverVersion={intake.serverConsentVersion}
          checked={intake.consented}
          onToggle={() => intake.setConsented(!intake.consented)}
          onContinue={() => intake.setStep('details')}
          onBack={() => intake.setStep('age')}
        />
      )
    case 'details':
      return <DetailsStep intake={intake} />
    case 'done':
      return intake.submitted ? <DoneStep caseId={intake.submitted._id} code={intake.submitted.code} /> : null
  }
}

export default function IntakePage() {
  const orgId = readParam(usePageParams(), 'orgId')
  const intake = useIntake(orgId)
  return (
    <View className='page help-page intake-page'>
      <SafetyBanner onExit={intake.clear} />
      {orgId ? <CurrentStep intake={intake} /> : <StateView kind='error' title='链接里没有指明是哪个妇联' detail='请从妇联亮牌上的「我要求助」进入。' />}
    </View>
  )
}
