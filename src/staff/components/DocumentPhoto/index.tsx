// A document's photo (a 群众推荐 signature sheet, a 党组织's reply): private, so it is never shown
// from an address — the page asks org.viewDocumentPhoto for the image (each read is audited) and
// shows a thumbnail that opens large. DocumentPhotoField uploads one as a 材料照片.
import { useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import { useCall } from '../../../hooks/useCall'
import { ImageActions, useUpload } from '../ImageField'
import '../ImageField/index.css'
import './index.css'

export interface DocumentPhotoProps {
  orgId: string
  /** the stored reference (types' documentPhotoRef) */
  photoRef: string
  /** what it is, e.g. 签名表照片 */
  label: string
}

export function DocumentPhoto({ orgId, photoRef, label }: DocumentPhotoProps) {
  const { state, reload } = useCall('org', 'viewDocumentPhoto', { orgId, ref: photoRef }, { pullDown: false })
  const [large, setLarge] = useState(false)
  if (state.status === 'loading') return <View className='image-field__empty document-photo__thumb'>正在读取…</View>
  if (state.status === 'error') {
    return (
      <View className='document-photo'>
        <Text className='form-field__error document-photo__error'>{state.error.message}</Text>
        <Text className='image-field__remove' onClick={() => void reload()}>
          重新读取
        </Text>
      </View>
    )
  }
  const { dataUrl } = state.data
  return (
    <View className='document-photo'>
      <Image className='image-field__preview document-photo__thumb' src={dataUrl} mode='aspectFill' onClick={() => setLarge(true)} />
      <Text className='document-photo__open' onClick={() => setLarge(true)}>{`看大图：${label}`}</Text>
      {large ? (
        <View className='document-photo__large' onClick={() => setLarge(false)}>
          <Image className='document-photo__large-image' src={dataUrl} mode='aspectFit' />
          <Text className='document-photo__close'>点任意处关闭</Text>
        </View>
      ) : null}
    </View>
  )
}

export interface DocumentPhotoFieldProps {
  orgId: string
  value: string | null
  onChange: (ref: string | null) => void
  /** e.g. 拍照上传签名表 */
  actionText: string
  label: string
}

export function DocumentPhotoField({ orgId, value, onChange, actionText, label }: DocumentPhotoFieldProps) {
  const { uploading, error, upload } = useUpload(orgId, 'document')
  const pick = async () => {
    const ref = await upload()
    if (ref) onChange(ref)
  }
  return (
    <View className='image-field document-photo-field'>
      <View className='image-field__row'>
        {value ? <DocumentPhoto key={value} orgId={orgId} photoRef={value} label={label} /> : <View className='image-field__empty'>暂无</View>}
        <ImageActions uploading={uploading} hasImage={Boolean(value)} actionText={actionText} onPick={() => void pick()} onRemove={() => onChange(null)} />
      </View>
      <Text className='page-note document-photo__note'>照片只有主席、副主席能看，不会公开。</Text>
      {error ? <Text className='form-field__error field-error'>{error}</Text> : null}
    </View>
  )
}
