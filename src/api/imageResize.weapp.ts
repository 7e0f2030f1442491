// The mini-program has no canvas to shrink a photo in: WeChat compresses it on the phone
// (compressImage) and it goes up through cloud storage (upload.ts). Taro picks this file
// for the weapp build, so the browser's canvas code is not in it.
import { ApiError } from './errors'
import type * as H5 from './imageResize'
import { MAX_SIDE_PX } from './imageSize'

export { MAX_SIDE_PX }

/** Never called in the mini-program (upload.ts sends her photo through cloud storage there); says so if it is. */
export const shrinkToJpegBase64: typeof H5.shrinkToJpegBase64 = () => Promise.reject(new ApiError('INTERNAL', '小程序里的图片请直接上传，不需要在这里压缩'))
