package org.synoptic.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the synoptic command line in-process and captures its exit code, stdout and stderr. */
record CliRun(int exitCode, String stdout, String stderr) {

    static synchronized CliRun of(String... args) {
        PrintStream originalOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            CommandLine cl = SynopticCommand.commandLine();
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            capture.flush();
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(originalOut);
        }
    }
}
