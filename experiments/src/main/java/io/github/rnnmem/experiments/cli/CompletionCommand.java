package io.github.rnnmem.experiments.cli;

import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code rnnmem completion bash|zsh}: a shell completion script generated from the command tree:
 * command names, options, files for file arguments, and the candidates commands declare (unit
 * names, engines).
 */
@Command(
        name = "completion",
        header = "print a shell completion script (bash or zsh)",
        description = {
            "Prints a script that completes rnnmem's commands and options on Tab, files where a command takes"
                + " FILE, RUN or DIR, and the values an option knows (engines, unit names, including the units of"
                + " the plugin directories given). One script serves both shells: zsh runs it through its bash"
                + " completion layer (bashcompinit).",
            "Load it into the running shell with 'source <(rnnmem completion bash)'; to load it in every shell,"
                + " write it where bash-completion looks (below) or source it from ~/.bashrc or ~/.zshrc."},
        footer = {
            "  source <(rnnmem completion bash)",
            "  rnnmem completion bash > ~/.local/share/bash-completion/completions/rnnmem"})
final class CompletionCommand implements Callable<Integer> {

    /** The shells the script serves. */
    enum Shell { bash, zsh }

    /** Checked, and offered by the completion of this command; the script is the same for both. */
    @Parameters(paramLabel = "SHELL", converter = ShellName.class, description = "the shell: ${COMPLETION-CANDIDATES}")
    private Shell shell;

    /** {@code SHELL}: a shell the script serves. */
    static final class ShellName implements ITypeConverter<Shell> {
        @Override
        public Shell convert(String name) {
            for (Shell known : Shell.values()) {
                if (known.name().equals(name)) {
                    return known;
                }
            }
            throw new TypeConversionException("expects " + Arrays.stream(Shell.values()).map(Shell::name)
                    .collect(Collectors.joining(" or ")) + ", got \"" + name + "\"");
        }
    }

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(script(spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /**
     * The completion script of a command tree.
     *
     * @param root the top of the tree
     * @return a bash script, which zsh runs through {@code bashcompinit}
     */
    static String script(CommandLine root) {
        return AutoComplete.bash(CommandTree.PROGRAM, root);
    }
}
