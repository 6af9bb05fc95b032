package org.synoptic.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a command writes its result: stdout (UTF-8) or a file. */
final class OutputTarget {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path file;

    /** Opens the target; the caller closes it (closing never closes stdout). */
    Writer open(PrintStream stdout) throws IOException {
        if (file != null) {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }
        return new OutputStreamWriter(stdout, StandardCharsets.UTF_8) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
