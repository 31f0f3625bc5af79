/**
 * Command line (picocli): parses options, calls the {@code pipeline}, renders reports and maps
 * exceptions to exit codes (0 ok, 1 verdict gate failed, 2 usage, 3 bad input, 4 internal). Commands
 * write only through the injected writers; progress goes to stderr.
 */
package dev.corroborate.cli;
