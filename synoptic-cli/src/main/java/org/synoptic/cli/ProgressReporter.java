package org.synoptic.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.synoptic.digest.DigestProgress;

/**
 * Reports how far a {@code digest} run has got, as lines on stderr: files and articles read with the reading rate,
 * then each stage (grouping, clustering), then story i of n being analysed or digested with articles per second and
 * the time left at that rate, and a last line with the totals. Every line starts with the time since the reporter was
 * made ({@code [1:02:03]} or {@code [2:03]}).
 *
 * <p>A line is written whenever a stage begins; within a stage at most one line per {@code interval}, so a run of
 * thousands of stories writes a line every few seconds, not one per story. The clock is passed in (milliseconds of a
 * monotonic clock), so tests drive the time and never wait.
 *
 * <p>Not thread-safe: one reporter per run, called on the thread that reads and runs the pipeline.
 */
final class ProgressReporter implements DigestProgress {

    /** The default least time between two lines within a stage. */
    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

    private final PrintWriter err;
    private final LongSupplier clockMillis;
    private final long intervalMillis;
    private final long startMillis;
    private long stageStartMillis;
    private long lastLineMillis;
    private int files;
    private int articlesRead;
    private int selectedArticles;

    /**
     * @param err         where the lines go; flushed after each line
     * @param clockMillis a monotonic clock in milliseconds
     * @param interval    the least time between two lines within a stage; positive
     */
    ProgressReporter(PrintWriter err, LongSupplier clockMillis, Duration interval) {
        this.err = Objects.requireNonNull(err, "err");
        this.clockMillis = Objects.requireNonNull(clockMillis, "clockMillis");
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        this.intervalMillis = interval.toMillis();
        this.startMillis = clockMillis.getAsLong();
        this.stageStartMillis = startMillis;
        this.lastLineMillis = startMillis;
    }

    /** A reporter on the system's monotonic clock with the default interval. */
    static ProgressReporter onSystemClock(PrintWriter err) {
        return new ProgressReporter(err, () -> System.nanoTime() / 1_000_000L, DEFAULT_INTERVAL);
    }

    /** One input (file or URL) was read; {@code articles} is the number of articles read so far. */
    void inputRead(String source, int articles) {
        files++;
        articlesRead = articles;
        long now = clockMillis.getAsLong();
        if (now - lastLineMillis >= intervalMillis) {
            line(now, String.format(Locale.ROOT, "reading: %,d files, %,d articles, %s articles/s", files, articles,
                    rate(articles, now - stageStartMillis)));
        }
    }

    /** All inputs are read: one line with the totals and the reading rate. */
    void readingFinished() {
        long now = clockMillis.getAsLong();
        line(now, String.format(Locale.ROOT, "read %,d articles from %,d files in %s (%s articles/s)", articlesRead,
                files, clock(now - stageStartMillis), rate(articlesRead, now - stageStartMillis)));
        stageStartMillis = now;
    }

    @Override
    public void stage(Stage stage, int articles, int stories) {
        long now = clockMillis.getAsLong();
        switch (stage) {
            case GROUPING -> line(now, String.format(Locale.ROOT, "grouping syndicated copies among %,d articles",
                    articles));
            case CLUSTERING -> line(now, String.format(Locale.ROOT, "clustering %,d articles into stories", articles));
            default -> {
                selectedArticles = articles;
                line(now, String.format(Locale.ROOT, "analysing and digesting %,d stories (%,d articles)", stories,
                        articles));
            }
        }
        stageStartMillis = now;
    }

    @Override
    public void story(Stage step, int story, int stories, int articles, int articlesDone) {
        long now = clockMillis.getAsLong();
        if (now - lastLineMillis < intervalMillis) {
            return;
        }
        long elapsed = now - stageStartMillis;
        String left = articlesDone == 0 ? "" : ", about "
                + clock((long) ((double) (selectedArticles - articlesDone) * elapsed / articlesDone)) + " left";
        line(now, String.format(Locale.ROOT, "%s story %,d of %,d (%,d of %,d articles done, %s articles/s%s)",
                step == Stage.DIGESTING ? "digesting" : "analysing", story, stories, articlesDone, selectedArticles,
                rate(articlesDone, elapsed), left));
    }

    @Override
    public void finished(int stories, int skipped, int articles) {
        long now = clockMillis.getAsLong();
        line(now, String.format(Locale.ROOT, "done: %,d digests of %,d articles%s in %s (%s articles/s)", stories,
                articles, skipped == 0 ? "" : String.format(Locale.ROOT, ", %,d smaller stories left out", skipped),
                clock(now - stageStartMillis), rate(articles, now - stageStartMillis)));
    }

    private void line(long now, String text) {
        err.println("[" + clock(now - startMillis) + "] " + text);
        err.flush();
        lastLineMillis = now;
    }

    /** Items per second, one decimal under 10 ("4.2"), whole above ("1,020"); "-" before any time has passed. */
    static String rate(int items, long millis) {
        if (millis <= 0) {
            return "-";
        }
        double perSecond = items * 1000.0 / millis;
        return perSecond < 10 ? String.format(Locale.ROOT, "%.1f", perSecond)
                : String.format(Locale.ROOT, "%,d", Math.round(perSecond));
    }

    /** A duration as {@code m:ss} or {@code h:mm:ss}. */
    static String clock(long millis) {
        long s = Math.max(0, millis) / 1000;
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
