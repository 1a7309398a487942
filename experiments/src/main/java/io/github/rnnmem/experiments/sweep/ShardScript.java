package io.github.rnnmem.experiments.sweep;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The shell script of one shard's job, the same on every scheduler: it appends everything to the
 * shard's log ({@code shard-<I>.log}), runs {@code rnnmem run ... --shard I/N} with a SIGTERM it
 * receives passed on (rnnmem then writes a checkpoint at the end of its batch and exits with 143),
 * waits for rnnmem to end however often a signal interrupts the wait, and records the exit status in
 * {@code shard-<I>.exit} before exiting with it.
 */
final class ShardScript {

    private ShardScript() {}

    /**
     * The script's lines from the shard's number on.
     *
     * @param shard the shell expression of the shard's index, such as {@code $JOB_COMPLETION_INDEX}
     * @param shards the number of shards
     * @param logs the logs' directory
     * @param alsoToOutput whether the job's own output shows the log too (a pod's, for {@code kubectl
     *     logs}), or only the log file has it
     * @param command {@code rnnmem run FILE ARGUMENTS}, without {@code --shard}
     * @param onSignal what the script does on SIGTERM besides passing it on (such as remembering it),
     *     and the traps of other signals; shell lines
     * @param afterExit shell lines run once the exit status is recorded, before exiting with it
     * @return the lines
     */
    static String body(String shard, int shards, String logs, boolean alsoToOutput, List<String> command,
            String onSignal, String afterExit) {
        String prefix = "$(date '+%F %T') shard $shard/" + shards;
        return "shard=" + shard + "\n"
                + "mkdir -p " + SlurmScripts.quote(logs) + "\n"
                + "log=" + SlurmScripts.quote(logs) + "/shard-$shard.log\n"
                + "exit_file=" + SlurmScripts.quote(logs) + "/shard-$shard.exit\n"
                + (alsoToOutput ? "exec > >(tee -a \"$log\") 2>&1\n" : "exec >> \"$log\" 2>&1\n")
                + onSignal
                + "trap 'kill -TERM \"$pid\" 2>/dev/null' TERM\n"
                + command.stream().map(SlurmScripts::quote).collect(Collectors.joining(" "))
                + " --shard \"$shard/" + shards + "\" &\n"
                + "pid=$!\n"
                + "# wait returns early when a signal arrives: wait again until rnnmem has ended.\n"
                + "while :; do\n"
                + "    wait \"$pid\"\n"
                + "    status=$?\n"
                + "    kill -0 \"$pid\" 2>/dev/null || break\n"
                + "done\n"
                + "printf 'shard=%d/%d status=%d\\n' \"$shard\" " + shards + " \"$status\" > \"$exit_file.tmp\""
                + " && mv -f \"$exit_file.tmp\" \"$exit_file\"\n"
                + "echo \"" + prefix + ": exit status $status\"\n"
                + afterExit
                + "exit \"$status\"\n";
    }
}
