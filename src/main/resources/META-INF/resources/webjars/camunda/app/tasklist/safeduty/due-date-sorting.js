// SafeDuty: Tasklist sorts every list by creation date (newest first) unless the address names a
// sorting, and a filter cannot change that default. Staff work to due dates, so the first time a
// filter is opened in a browser tab its list is sorted soonest-due first; whatever order the user
// picks after that stays, as Tasklist keeps it in the address.
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
  const seen = 'safeduty.sorted.' + filter;
  const sorting = params.get('sorting');
  if (sessionStorage.getItem(seen) || (sorting && sorting !== TASKLIST_DEFAULT)) {
    sessionStorage.setItem(seen, 'yes');
    return;
  }
  sessionStorage.setItem(seen, 'yes');
  params.set('sorting', DUE_DATE_FIRST);
  window.location.replace('#/?' + params.toString());
}

window.addEventListener('hashchange', sortByDueDateUnlessChosen);
sortByDueDateUnlessChosen();

export default [];
