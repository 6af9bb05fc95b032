package org.synoptic.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.synoptic.cluster.StoryIndexSnapshot;

/**
 * Checkpoints of the story index, in {@code DIR/checkpoint}: file {@code index-S.snap} holds the index's state after
 * the articles with arrival numbers below {@code S}, and {@code learned-S.txt} the boilerplate sentences learned by
 * then (keys of {@link org.synoptic.text.RecurringSentences.Counter#learnedKeys}, one per line, UTF-8; written first, so
 * a snapshot without its list is a crash between the two and restores with nothing learned). Opening a store restores the newest readable checkpoint and
 * replays only the articles from {@code S} on, so opening does not take longer as the store grows.
 *
 * <p>Design decision: a checkpoint is written only after the commit that holds all its articles has finished, so it
 * never covers an article the index does not hold; a crash between the commit and the checkpoint leaves the previous
 * checkpoint, and the replay covers the difference. Files are written to a temporary name, synced and renamed; the two
 * newest are kept, so a damaged newest one falls back to the one before.
 *
 * <p>Thread-safe for one writer (the store's commit path) and readers before the store opens.
 */
final class StoreCheckpoint {

    /** A checkpoint read back: the index state, the learned boilerplate and the first arrival number not covered. */
    record Loaded(long nextSeq, StoryIndexSnapshot snapshot, List<String> learned) {
    }

    private static final String PREFIX = "index-";
    private static final String SUFFIX = ".snap";
    private static final String LEARNED_PREFIX = "learned-";
    private static final String LEARNED_SUFFIX = ".txt";
    private static final int KEEP = 2;

    private final Path dir;

    StoreCheckpoint(Path dir) {
        this.dir = dir;
    }

    /** Writes the state after the articles below {@code nextSeq}; call only once those are committed. */
    void write(long nextSeq, StoryIndexSnapshot snapshot, List<String> learned) throws IOException {
        Files.createDirectories(dir);
        Path learnedTmp = dir.resolve(LEARNED_PREFIX + nextSeq + LEARNED_SUFFIX + ".tmp");
        try (FileChannel channel = FileChannel.open(learnedTmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             java.io.Writer out = new java.io.BufferedWriter(java.nio.channels.Channels.newWriter(channel,
                     java.nio.charset.StandardCharsets.UTF_8), 1 << 16)) {
            for (String key : learned) {
                if (key.indexOf('\n') < 0 && key.indexOf('\r') < 0) {
                    out.write(key);
                    out.write('\n');
                }
            }
            out.flush();
            channel.force(true);
        }
        moveInto(learnedTmp, dir.resolve(LEARNED_PREFIX + nextSeq + LEARNED_SUFFIX));
        Path tmp = dir.resolve(PREFIX + nextSeq + SUFFIX + ".tmp");
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             OutputStream out = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16)) {
            snapshot.writeTo(out);
            out.flush();
            channel.force(true);
        }
        moveInto(tmp, dir.resolve(PREFIX + nextSeq + SUFFIX));
        syncDirectory();
        List<Path> all = checkpoints();
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            Files.deleteIfExists(old);
            Files.deleteIfExists(learnedOf(old));
        }
    }

    private static void moveInto(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path learnedOf(Path snapshot) {
        return dir.resolve(LEARNED_PREFIX + seqOf(snapshot) + LEARNED_SUFFIX);
    }

    /** The learned boilerplate written with a snapshot; empty when the list is missing or unreadable. */
    private List<String> learnedWith(Path snapshot) {
        Path file = learnedOf(snapshot);
        try {
            return Files.exists(file) ? Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8) : List.of();
        } catch (IOException | RuntimeException e) {
            System.getLogger(StoreCheckpoint.class.getName()).log(System.Logger.Level.WARNING,
                    "learned boilerplate " + file + " does not read back; it is learned again", e);
            return List.of();
        }
    }

    /**
     * The newest checkpoint that reads back and covers no article beyond {@code storedUpTo} (the store's next arrival
     * number); empty when there is none.
     */
    Optional<Loaded> latest(long storedUpTo) {
        try {
            for (Path p : checkpoints()) {
                long seq = seqOf(p);
                if (seq > storedUpTo) {
                    continue; // cannot happen when checkpoints follow commits; a copied folder might do it
                }
                try (InputStream in = new BufferedInputStream(Files.newInputStream(p), 1 << 16)) {
                    return Optional.of(new Loaded(seq, StoryIndexSnapshot.readFrom(in), learnedWith(p)));
                } catch (IOException | RuntimeException e) {
                    System.getLogger(StoreCheckpoint.class.getName()).log(System.Logger.Level.WARNING,
                            "checkpoint " + p + " does not read back; trying an older one", e);
                }
            }
        } catch (IOException e) {
            System.getLogger(StoreCheckpoint.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot list checkpoints in " + dir + "; replaying every article", e);
        }
        return Optional.empty();
    }

    /** The checkpoint files, the newest first. */
    List<Path> checkpoints() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> p.getFileName().toString().matches(PREFIX + "\\d+" + SUFFIX.replace(".", "\\."))).forEach(files::add);
        }
        files.sort(Comparator.comparingLong(StoreCheckpoint::seqOf).reversed());
        return files;
    }

    private static long seqOf(Path p) {
        String name = p.getFileName().toString();
        return Long.parseLong(name.substring(PREFIX.length(), name.length() - SUFFIX.length()));
    }

    private void syncDirectory() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // some file systems cannot sync a directory; the rename is then as durable as they make it
        }
    }
}
