import { mountApp, openReader, requestListEarly, storedSelection } from '../popup/mount';
import '../popup/style.css';

/**
 * The full view: the collection and the comparison in a tab, as wide as the window, for more
 * columns than the popup holds. `?ids=1,2,3` picks the reports to compare (what the popup's
 * button passes); without it, the picks the popup remembered, else the newest reports.
 */
function idsFromQuery(params: URLSearchParams): number[] {
  return (params.get('ids') ?? '')
    .split(',')
    .map(Number)
    .filter((id) => Number.isInteger(id) && id > 0);
}

const fromQuery = idsFromQuery(new URLSearchParams(location.search));
mountApp({ tabId: null, layout: 'full', initialList: requestListEarly(), initialSelection: fromQuery.length > 0 ? fromQuery : storedSelection(), onOpenReader: openReader });
