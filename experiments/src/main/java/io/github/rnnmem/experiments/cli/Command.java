package io.github.rnnmem.experiments.cli;

import java.util.Set;

/** One verb of the command line. */
public interface Command {

    /**
     * The verb, such as {@code run}.
     *
     * @return the name
     */
    String name();

    /**
     * The arguments, for the usage text, such as {@code FILE [--force]}.
     *
     * @return the synopsis
     */
    String synopsis();

    /**
     * What the command does, in one line.
     *
     * @return the summary
     */
    String summary();

    /**
     * The flags the command accepts, such as {@code --force}.
     *
     * @return the flags
     */
    default Set<String> flags() {
        return Set.of();
    }

    /**
     * The valued options the command accepts, such as {@code --set}.
     *
     * @return the options
     */
    default Set<String> options() {
        return Set.of();
    }

    /**
     * Runs the command.
     *
     * @param line the parsed arguments
     * @return the exit status
     * @throws Exception anything unexpected; bad input is a {@link
     *     io.github.rnnmem.experiments.BadInputException}
     */
    int run(CommandLine line) throws Exception;
}
