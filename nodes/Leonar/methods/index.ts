import * as contactSearch from './listSearch';

/** Searchable lists behind the resource locators' "From List" mode. */
export const listSearch = { ...contactSearch };

/** Dropdowns loaded from the account. */
export const loadOptions = {};
