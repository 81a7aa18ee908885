// SafeDuty's configuration of this Camunda webapp (replaces the webjar's empty default).
export default {
  app: {
    name: '安全生产责任制管理',
    vendor: 'SafeDuty'
  },
  // Simplified Chinese (locales/zh.json) unless the browser asks for English
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  // the SafeDuty dashboard for supervisors (safeduty/dashboard.js)
  customScripts: ['safeduty/dashboard']
};
