// A picture on the poster. In H5 a plain <img> (printed as is, no lazy loading, its
// load reported so the page knows when it can be printed); in WeChat an Image.
import { Image } from '@tarojs/components'

export interface PosterImageProps {
  src: string
  className: string
  /** called once the image has loaded or failed */
  onSettled: () => void
}

export function PosterImage({ src, className, onSettled }: PosterImageProps) {
  if (process.env.TARO_ENV === 'h5') {
    return <img className={className} src={src} alt='' onLoad={onSettled} onError={onSettled} />
  }
  return <Image className={className} src={src} mode='aspectFill' onLoad={onSettled} onError={onSettled} />
}
