package io.github.rnnmem.experiments.cli;

import picocli.CommandLine.Option;

/** {@code --help} and {@code --version}, which {@link CommandTree} gives every command. */
final class StandardOptions {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "prints this help and exits")
    private boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true,
            description = "prints the versions of rnnmem, DJL and Java, and the engines found, and exits")
    private boolean version;
}
