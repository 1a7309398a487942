/**
 * The {@code rnnmem} command line: {@link io.github.rnnmem.experiments.cli.Main} parses the
 * global options and dispatches to one {@link io.github.rnnmem.experiments.cli.Command} per verb.
 */
package io.github.rnnmem.experiments.cli;
