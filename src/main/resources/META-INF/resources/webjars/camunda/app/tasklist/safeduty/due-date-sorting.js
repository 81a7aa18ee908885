// SafeDuty: Tasklist sorts every list by creation date (newest first) unless the address names a
// sorting, and a filter cannot change that default. Staff work to due dates, so a list opened
// without a chosen order is sorted soonest-due first; whatever order the user picks stays, as
// Tasklist keeps it in the address.
const DUE_DATE_FIRST = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]);
const TASKLIST_DEFAULT = JSON.stringify([{sortBy: 'created', sortOrder: 'desc'}]);

function sortByDueDateUnlessChosen() {
  const [route, query = ''] = (window.location.hash || '#/').split('?');
  if (route !== '#/' && route !== '#') {
    return;
  }
  const params = new URLSearchParams(query);
  const filter = params.get('filter');
  if (!filter) {
    return;
  }
  // an address without a sorting gets due date first; Tasklist's own default (newest first) is
  // replaced once per filter and tab, so choosing it afterwards sticks
  const seen = 'safeduty.sorted.' + filter;
  const sorting = params.get('sorting');
  const chosen = sorting && (sorting !== TASKLIST_DEFAULT || sessionStorage.getItem(seen));
  sessionStorage.setItem(seen, 'yes');
  if (chosen) {
    return;
  }
  params.set('sorting', DUE_DATE_FIRST);
  window.location.replace('#/?' + params.toString());
}

window.addEventListener('hashchange', sortByDueDateUnlessChosen);
sortByDueDateUnlessChosen();

export default [];
