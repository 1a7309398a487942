/**
 * The {@code rnnmem} command line, on picocli: {@link io.github.rnnmem.experiments.cli.Main} builds
 * the command tree ({@code CommandTree}) from the declarations of one class per command, listed in
 * {@code RnnmemCommand}; the same declarations parse the arguments and write the help and the
 * completion script. Commands are made by Guice, so they are injected like any other part of the
 * wiring.
 */
package io.github.rnnmem.experiments.cli;
