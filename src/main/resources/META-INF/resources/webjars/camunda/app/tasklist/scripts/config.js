// SafeDuty's configuration of Tasklist (replaces the webjar's default; its shortcuts are kept).
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
  // Chinese validation messages for Camunda Forms (safeduty/form-messages.js); task lists sorted
  // by due date unless the user picks another order (safeduty/due-date-sorting.js)
  customScripts: ['safeduty/form-messages', 'safeduty/due-date-sorting'],
  dateFormat: {
    normal: 'YYYY年M月D日 HH:mm',
    long: 'YYYY年M月D日 HH:mm:ss'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
