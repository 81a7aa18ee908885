// SafeDuty: Tasklist sorts every list by creation date unless the address names a sorting, and
// filters cannot change that default. Staff work to due dates, so a list opened without a chosen
// order is shown soonest-due first; a sorting the user picks stays in the address and is kept.
const DUE_DATE_FIRST = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]);

function sortByDueDateUnlessChosen() {
  const hash = window.location.hash || '#/';
  const [route, query = ''] = hash.split('?');
  if (route !== '#/' && route !== '#') {
    return;
  }
  const params = new URLSearchParams(query);
  if (params.has('sorting')) {
    return;
  }
  params.set('sorting', DUE_DATE_FIRST);
  window.location.replace('#/?' + params.toString());
}

window.addEventListener('hashchange', sortByDueDateUnlessChosen);
sortByDueDateUnlessChosen();

export default {};
