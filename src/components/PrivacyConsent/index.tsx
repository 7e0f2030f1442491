// The consent popup for a privacy-scoped WeChat API (see src/lib/privacyConsent.ts). A
// browser has no 隐私保护指引 and no such API: in H5 it renders nothing; Taro picks
// index.weapp.tsx for the mini-program.
export type PrivacyConsentProps = Record<string, never>

export function PrivacyConsent(_props: PrivacyConsentProps) {
  return null
}
