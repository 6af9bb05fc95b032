package org.synoptic.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code synoptic} command: reads news articles and writes cited story digests.
 *
 * <p>Exit codes: 0 all inputs used; 1 failure; 2 usage error; 3 some inputs were rejected (each named on stderr as
 * {@code rejected: PATH: reason}; results are written for the rest). Results go to stdout, logs to stderr.
 */
@Command(name = "synoptic", mixinStandardHelpOptions = true, version = "synoptic 0.1.0",
        description = "Reads news reports, groups them into stories and writes cited, extractive story digests.",
        subcommands = {DigestCommand.class, ClusterCommand.class, AnalyzeCommand.class, IngestCommand.class,
                ServeCommand.class, PublishCommand.class, CommandLine.HelpCommand.class})
public final class SynopticCommand implements Runnable {

    /** Exit code when some inputs were rejected. */
    public static final int EXIT_REJECTED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: digest, cluster, analyze, ingest or serve");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; used by {@link #main} and by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SynopticCommand());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cl;
    }
}
