// The word list that decides whether a bank question is about mobile development (used by the mobile seed test).

const list = (text: string) =>
  text
    .split(',')
    .map((term) => term.trim())
    .filter(Boolean);

/**
 * English terms; matched as whole words (no Latin letter or digit on either side), case-insensitive, so
 * they also match inside Korean questions that attach particles to them ("Flutter에서").
 */
export const MOBILE_TERMS_EN = list(`
  mobile, app, apps, ios, ipados, android, iphone, ipad, phone, phones, device, devices, tablet, swift, swiftui,
  uikit, objective-c, kotlin, coroutine, coroutines, jetpack, compose, flutter, dart, widget, widgets,
  react native, expo, hermes, jsi, turbomodule, turbomodules, native, xcode, gradle, cocoapods, testflight,
  app store, play store, play console, apk, aab, ipa, push, notification, notifications, apns, fcm, offline,
  background, foreground, lifecycle, activity, fragment, viewcontroller, view controller, scene, intent,
  permission, permissions, battery, deep link, deep links, universal link, universal links, keychain, keystore,
  core data, room, sqlite, realm, userdefaults, sharedpreferences, datastore, main thread, anr, code signing,
  provisioning, over-the-air, ota, codepush, gesture, gestures, screen, screens, orientation, camera, location,
  bluetooth, biometric, face id, arc, retain cycle, viewmodel, recomposition, buildcontext, setstate, bloc,
  riverpod, hot reload, bridge, store review
`);

/** Korean terms; matched anywhere in the text (Korean attaches particles to nouns). */
export const MOBILE_TERMS_KO = list(`
  모바일, 앱, 기기, 단말, 휴대폰, 스마트폰, 화면, 푸시, 알림, 오프라인, 백그라운드, 포그라운드, 생명주기,
  라이프사이클, 스토어, 배터리, 권한, 딥링크, 딥 링크, 위젯, 네이티브, 키체인, 심사, 출시, 서명, 제스처, 카메라,
  위치, 메인 스레드, 플러터, 코틀린, 스위프트, 안드로이드
`);

const escapeRegExp = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const englishPattern = new RegExp(
  `(?<![A-Za-z0-9])(?:${MOBILE_TERMS_EN.map(escapeRegExp).join('|')})(?![A-Za-z0-9])`,
  'i',
);

/** True when the question mentions at least one mobile term from the lists above. */
export function mentionsMobile(question: string): boolean {
  return englishPattern.test(question) || MOBILE_TERMS_KO.some((term) => question.includes(term));
}
