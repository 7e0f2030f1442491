// Picking and uploading photos in a form: one image (标识, a member's photo) or a
// list of up to nine (activity photos). The image is stored by org.uploadImage first;
// the form saves only its address. A refusal by WeChat is said in plain words (pickProblem).
import { useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import { chooseAndUploadImage, type ImagePurpose } from '../../../api/upload'
import { pickProblem } from './pickProblem'
import './index.css'

export function useUpload(orgId: string, purpose: ImagePurpose) {
  const [uploading, setUploading] = useState(false)
  const [error, setError] = useState('')
  const upload = async (): Promise<string | null> => {
    if (uploading) return null
    setError('')
    setUploading(true)
    try {
      return (await chooseAndUploadImage(orgId, purpose)).url
    } catch (caught) {
      setError(await pickProblem(caught))
      return null
    } finally {
      setUploading(false)
    }
  }
  return { uploading, error, upload }
}

export interface ImageFieldProps {
  orgId: string
  purpose: ImagePurpose
  value: string | null
  onChange: (url: string | null) => void
  /** e.g. 上传照片 */
  actionText: string
}

/** 上传 / 更换 and 移除 beside an image field's picture (a board picture, or a private 材料照片). */
export function ImageActions({
  uploading,
  hasImage,
  actionText,
  onPick,
  onRemove,
}: {
  uploading: boolean
  hasImage: boolean
  actionText: string
  onPick: () => void
  onRemove: () => void
}) {
  return (
    <View className='image-field__actions'>
      <Text className='image-upload-button' onClick={onPick}>
        {uploading ? '正在上传…' : hasImage ? '更换' : actionText}
      </Text>
      {hasImage && !uploading ? (
        <Text className='image-field__remove' onClick={onRemove}>
          移除
        </Text>
      ) : null}
    </View>
  )
}

export function ImageField({ orgId, purpose, value, onChange, actionText }: ImageFieldProps) {
  const { uploading, error, upload } = useUpload(orgId, purpose)
  const pick = async () => {
    const url = await upload()
    if (url) onChange(url)
  }
  return (
    <View className='image-field'>
      <View className='image-field__row'>
        {value ? <Image className={`image-field__preview image-field__preview--${purpose}`} src={value} mode='aspectFill' /> : <View className='image-field__empty'>暂无</View>}
        <ImageActions uploading={uploading} hasImage={Boolean(value)} actionText={actionText} onPick={() => void pick()} onRemove={() => onChange(null)} />
      </View>
      {error ? <Text className='form-field__error field-error'>{error}</Text> : null}
    </View>
  )
}

export interface ImageListFieldProps {
  orgId: string
  value: string[]
  onChange: (urls: string[]) => void
  max?: number
}

export function ImageListField({ orgId, value, onChange, max = 9 }: ImageListFieldProps) {
  const { uploading, error, upload } = useUpload(orgId, 'activity')
  const add = async () => {
    const url = await upload()
    if (url) onChange([...value, url])
  }
  return (
    <View className='image-field'>
      <View className='image-list'>
        {value.map((url) => (
          <View key={url} className='image-list__item'>
            <Image className='image-list__photo' src={url} mode='aspectFill' />
            <Text className='image-list__remove' onClick={() => onChange(value.filter((other) => other !== url))}>
              删除
            </Text>
          </View>
        ))}
        {value.length < max ? (
          <View className='image-list__add image-upload-button' onClick={() => void add()}>
            {uploading ? '上传中…' : '+ 添加照片'}
          </View>
        ) : null}
      </View>
      {error ? <Text className='form-field__error field-error'>{error}</Text> : null}
    </View>
  )
}
