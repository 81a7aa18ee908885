// SafeDuty: Camunda Forms (form-js) writes its validation messages and select placeholders in
// English with no way to translate them; staff read them in Chinese. Loaded by config.js (customScripts); English
// browsers keep the English messages.
const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `不得小于 ${m[1]}。`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `不得大于 ${m[1]}。`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `至少 ${m[1]} 个字符。`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `最多 ${m[1]} 个字符。`],
  [/^Field must match pattern (.+)\.$/, (m) => `格式应符合 ${m[1]}。`],
  [/^Field must be a valid email\.$/, () => '请输入有效的电子邮箱地址。'],
  [/^Field must be a valid international phone number\.$/, () => '请输入有效的国际电话号码。']
];

const language = ((navigator.languages && navigator.languages[0]) || navigator.language || '').toLowerCase();

const PLACEHOLDERS = {Select: '请选择', Search: '搜索'};

function translatePlaceholders(root) {
  root.querySelectorAll('.fjs-form-field [placeholder]').forEach((input) => {
    const chinese = PLACEHOLDERS[input.getAttribute('placeholder')];
    if (chinese) {
      input.setAttribute('placeholder', chinese);
    }
  });
  root.querySelectorAll('.fjs-form-field *').forEach((element) => {
    element.childNodes.forEach((node) => {
      if (node.nodeType === Node.TEXT_NODE && PLACEHOLDERS[node.textContent.trim()]) {
        node.textContent = PLACEHOLDERS[node.textContent.trim()];
      }
    });
  });
}

function translate(root) {
  translatePlaceholders(root);
  const errors = root.querySelectorAll ? root.querySelectorAll('.fjs-form-field-error, .fjs-form-field-error *') : [];
  errors.forEach((element) => {
    element.childNodes.forEach((node) => {
      if (node.nodeType !== Node.TEXT_NODE) {
        return;
      }
      const text = node.textContent.trim();
      for (const [pattern, chinese] of MESSAGES) {
        const match = text.match(pattern);
        if (match) {
          node.textContent = chinese(match);
          return;
        }
      }
    });
  });
}

if (!language.startsWith('en')) {
  new MutationObserver(() => translate(document)).observe(document.documentElement, {
    subtree: true,
    childList: true,
    characterData: true
  });
}

export default [];
