// Ambient types for the Taro build: asset imports and the build-time environment.
/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.jpg'
declare module '*.svg'
declare module '*.css'

declare namespace NodeJS {
  interface ProcessEnv {
    /** set by `taro build --type …` */
    TARO_ENV?: 'weapp' | 'h5'
    /** WeChat cloud environment id; empty means the mini-program's current env */
    TARO_APP_CLOUD_ENV?: string
    /** subscription-message template ids (the functions' TEMPLATE_ID_* values); empty: not asked */
    TARO_APP_TEMPLATE_ID_TOPIC_PROGRESS?: string
    TARO_APP_TEMPLATE_ID_REQUEST_PROGRESS?: string
    TARO_APP_TEMPLATE_ID_MEETING_CHANGE?: string
  }
}
