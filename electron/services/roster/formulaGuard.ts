/**
 * Spreadsheet formula injection: a cell starting with = + - @ (or a tab / carriage return before
 * one) is run as a formula when the exported roster is opened, or saved as CSV and opened again. The
 * export puts an apostrophe before such a cell, which every spreadsheet shows as text; the import
 * takes that apostrophe off again, so an export imports back as the same roster.
 */
export const FORMULA_GUARD = "'";
export const FORMULA_LIKE = /^[=+\-@\t\r]/;
