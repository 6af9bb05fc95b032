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

    /**
     * Opens the target; the caller closes it (closing never closes stdout). Text is encoded as on stdout: a character
     * UTF-8 cannot encode (a lone surrogate) becomes {@code ?} instead of failing. A file is written beside its final
     * name and moved there on close, so a failed run leaves no cut file.
     */
    Writer open(PrintStream stdout) throws IOException {
        if (file != null) {
            Path target = file.toAbsolutePath();
            Path parent = target.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (Files.exists(target) && !Files.isRegularFile(target)) { // /dev/stdout, a FIFO: written in place
                return new OutputStreamWriter(Files.newOutputStream(target), StandardCharsets.UTF_8);
            }
            Path partial = Files.createTempFile(parent, "." + target.getFileName(), ".part");
            return new java.io.BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8)) {
                private boolean closed;

                @Override
                public void close() throws IOException {
                    if (closed) {
                        return;
                    }
                    closed = true;
                    try {
                        super.close();
                        Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    } finally {
                        Files.deleteIfExists(partial);
                    }
                }
            };
        }
        return new OutputStreamWriter(stdout, StandardCharsets.UTF_8) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
