package io.github.rnnmem.experiments.cli;

/**
 * What one command printed and returned.
 *
 * @param status the exit status
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record CommandResult(int status, String out, String err) {}
