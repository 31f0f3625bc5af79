/**
 * Diagnostics shared by every stage that reads user input: a {@link dev.corroborate.diag.Diagnostic}
 * names file, line, column, what is wrong and how to fix it; {@link
 * dev.corroborate.diag.BadInputException} carries all diagnostics of a file at once and maps to exit
 * code 3 in the CLI. Immutable, thread-safe.
 */
package dev.corroborate.diag;
