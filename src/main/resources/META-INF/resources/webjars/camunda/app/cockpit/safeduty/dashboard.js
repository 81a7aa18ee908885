// SafeDuty's dashboard in Cockpit (read-only): what a supervisor of this work asks — open cases by
// ground, status and place, tasks overdue by department, who is restricted until when, accidents that
// want attention, the year's tours and assessments — from SafeDuty's tables through
// /webapp-api/dashboard, which the webapp session authenticates. A row whose process still runs opens
// it in Cockpit; any other opens the record's detail here (Cockpit CE has no history view).
const ENDPOINT = '/webapp-api/dashboard';
const ROUTE = '#/safeduty';

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  children.forEach(child => node.append(child instanceof Node ? child : document.createTextNode(String(child ?? ''))));
  return node;
}

function linkOf(row) {
  if (row._running && row._processInstanceId) {
    return '#/process-instance/' + encodeURIComponent(row._processInstanceId) + '/runtime';
  }
  if (row._kind && row._ref) {
    return ROUTE + '?kind=' + encodeURIComponent(row._kind) + '&ref=' + encodeURIComponent(row._ref);
  }
  return null;
}

function table(section) {
  const filter = element('input', {type: 'search', class: 'form-control input-sm safeduty-filter',
    placeholder: '筛选本表', 'aria-label': '筛选' + section.title});
  const body = element('tbody');
  const rows = section.rows.map(row => {
    const cells = section.columns.map((column, index) => {
      const text = row[column.key] ?? '';
      const href = index === 0 ? linkOf(row) : null;
      return element('td', {}, href ? element('a', {href, class: 'safeduty-open'}, text) : text);
    });
    const tr = element('tr', {'data-section': section.key}, ...cells);
    body.append(tr);
    return tr;
  });
  filter.addEventListener('input', () => {
    const wanted = filter.value.trim();
    rows.forEach(tr => { tr.style.display = !wanted || tr.textContent.includes(wanted) ? '' : 'none'; });
  });
  const head = element('thead', {}, element('tr', {}, ...section.columns.map(c => element('th', {}, c.title))));
  return element('section', {class: 'safeduty-section', id: 'safeduty-' + section.key},
    element('h3', {}, section.title + '（' + section.rows.length + '）'),
    section.rows.length ? filter : '',
    section.rows.length ? element('table', {class: 'table table-condensed table-striped'}, head, body)
      : element('p', {class: 'text-muted'}, '无'));
}

async function load(path) {
  const response = await fetch(path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (response.status === 401 || response.status === 403) {
    throw new Error('仅监督查看人员和系统管理员可以查看安全生产监督面板。');
  }
  if (!response.ok) {
    throw new Error('读取失败（' + response.status + '）');
  }
  return response.json();
}

async function renderDashboard(node, year) {
  const data = await load(ENDPOINT + (year ? '?year=' + encodeURIComponent(year) : ''));
  const picker = element('input', {type: 'number', min: '2018', max: '2100', value: data.year,
    class: 'form-control input-sm safeduty-year', 'aria-label': '年度'});
  picker.addEventListener('change', () => { window.location.hash = ROUTE + '?year=' + picker.value; });
  node.replaceChildren(element('div', {class: 'safeduty-dashboard'},
    element('h2', {}, '安全生产监督面板'),
    element('label', {}, '年度 ', picker),
    ...data.sections.map(table)));
}

async function renderRecord(node, kind, ref) {
  const detail = await load(ENDPOINT + '/records/' + encodeURIComponent(kind) + '/' + encodeURIComponent(ref));
  const lines = element('dl', {class: 'dl-horizontal'});
  detail.lines.forEach(line => lines.append(element('dt', {}, line.label), element('dd', {}, line.value)));
  node.replaceChildren(element('div', {class: 'safeduty-dashboard safeduty-record'},
    element('p', {}, element('a', {href: ROUTE}, '← 返回安全生产监督面板')),
    element('h2', {}, detail.title),
    detail.running ? element('p', {}, element('a', {href: '#/process-instance/' + detail.processInstanceId + '/runtime'},
      '在 Cockpit 中查看流程实例')) : element('p', {class: 'text-muted'}, '流程已结束；以下为 SafeDuty 的记录。'),
    lines));
}

function render(node) {
  const query = new URLSearchParams((window.location.hash.split('?')[1]) || '');
  node.replaceChildren(element('p', {class: 'text-muted'}, '正在读取…'));
  const shown = query.get('kind') && query.get('ref')
    ? renderRecord(node, query.get('kind'), query.get('ref'))
    : renderDashboard(node, query.get('year'));
  shown.catch(error => node.replaceChildren(element('div', {class: 'alert alert-warning safeduty-refused'},
    error.message)));
}

export default [
  {
    id: 'safeduty.dashboard',
    pluginPoint: 'cockpit.route',
    priority: 0,
    properties: {path: '/safeduty'},
    render
  },
  {
    id: 'safeduty.dashboard.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    properties: {pagePath: ROUTE, label: '安全生产监督', checkActive: path => path.indexOf('/safeduty') === 0},
    render: node => node.replaceChildren(element('a', {href: ROUTE}, '安全生产监督'))
  }
];
