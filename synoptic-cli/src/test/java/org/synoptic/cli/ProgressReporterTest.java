package org.synoptic.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.synoptic.digest.DigestProgress.Stage;

/** {@link ProgressReporter} on a clock the test moves by hand: no sleeping, no timing. */
class ProgressReporterTest {

    private final AtomicLong now = new AtomicLong(1_000_000L);
    private final StringWriter err = new StringWriter();
    private final ProgressReporter reporter = new ProgressReporter(new PrintWriter(err), now::get, Duration.ofSeconds(5));

    private List<String> lines() {
        return err.toString().lines().toList();
    }

    @Test
    void readingIsReportedAtMostOncePerIntervalWithFilesArticlesAndRate() {
        for (int file = 1; file <= 20; file++) {
            now.addAndGet(1_000); // one file a second, 100 articles each
            reporter.inputRead("part-" + file + ".jsonl", file * 100);
        }
        assertThat(lines()).containsExactly(
                "[0:05] reading: 5 files, 500 articles, 100 articles/s",
                "[0:10] reading: 10 files, 1,000 articles, 100 articles/s",
                "[0:15] reading: 15 files, 1,500 articles, 100 articles/s",
                "[0:20] reading: 20 files, 2,000 articles, 100 articles/s");
    }

    @Test
    void everyStageIsAnnouncedAndStoriesAreThrottledWithRateAndTimeLeft() {
        now.addAndGet(2_000);
        reporter.inputRead("a.jsonl", 400);
        reporter.readingFinished();
        now.addAndGet(2_000);
        reporter.stage(Stage.GROUPING, 400, 0);
        now.addAndGet(1_000);
        reporter.stage(Stage.CLUSTERING, 400, 0);
        now.addAndGet(1_000);
        reporter.stage(Stage.ANALYSING, 300, 30);
        int done = 0;
        for (int story = 1; story <= 30; story++) {
            reporter.story(Stage.ANALYSING, story, 30, 10, done);
            now.addAndGet(1_500); // the deep tier: 10 articles in 1.5 s
            reporter.story(Stage.DIGESTING, story, 30, 10, done);
            now.addAndGet(500);
            done += 10;
        }
        reporter.finished(30, 7, done);

        assertThat(lines()).containsExactly(
                "[0:02] read 400 articles from 1 files in 0:02 (200 articles/s)",
                "[0:04] grouping syndicated copies among 400 articles",
                "[0:05] clustering 400 articles into stories",
                "[0:06] analysing and digesting 30 stories (300 articles)",
                // 5.5 s after the last line; 20 articles in 5.5 s; 280 left at that rate
                "[0:11] digesting story 3 of 30 (20 of 300 articles done, 3.6 articles/s, about 1:17 left)",
                "[0:17] digesting story 6 of 30 (50 of 300 articles done, 4.3 articles/s, about 0:57 left)",
                "[0:23] digesting story 9 of 30 (80 of 300 articles done, 4.6 articles/s, about 0:48 left)",
                "[0:29] digesting story 12 of 30 (110 of 300 articles done, 4.7 articles/s, about 0:40 left)",
                "[0:35] digesting story 15 of 30 (140 of 300 articles done, 4.7 articles/s, about 0:33 left)",
                "[0:41] digesting story 18 of 30 (170 of 300 articles done, 4.8 articles/s, about 0:27 left)",
                "[0:47] digesting story 21 of 30 (200 of 300 articles done, 4.8 articles/s, about 0:20 left)",
                "[0:53] digesting story 24 of 30 (230 of 300 articles done, 4.8 articles/s, about 0:14 left)",
                "[0:59] digesting story 27 of 30 (260 of 300 articles done, 4.9 articles/s, about 0:08 left)",
                "[1:05] digesting story 30 of 30 (290 of 300 articles done, 4.9 articles/s, about 0:02 left)",
                "[1:06] done: 30 digests of 300 articles, 7 smaller stories left out in 1:00 (5.0 articles/s)");
    }

    @Test
    void aLongAnalysisIsReportedWhenTheNextStoryStarts() {
        reporter.stage(Stage.ANALYSING, 120, 3);
        reporter.story(Stage.ANALYSING, 1, 3, 100, 0);
        now.addAndGet(40_000);
        reporter.story(Stage.DIGESTING, 1, 3, 100, 0);
        now.addAndGet(2_000);
        reporter.story(Stage.ANALYSING, 2, 3, 10, 100);
        assertThat(lines()).containsExactly("[0:00] analysing and digesting 3 stories (120 articles)",
                "[0:40] digesting story 1 of 3 (0 of 120 articles done, 0.0 articles/s)");
        now.addAndGet(5_000);
        reporter.story(Stage.ANALYSING, 3, 3, 10, 110);
        assertThat(lines()).last().isEqualTo(
                "[0:47] analysing story 3 of 3 (110 of 120 articles done, 2.3 articles/s, about 0:04 left)");
    }

    @Test
    void aFastRunWritesOnlyTheStageLines() {
        reporter.stage(Stage.GROUPING, 3, 0);
        reporter.stage(Stage.CLUSTERING, 3, 0);
        reporter.stage(Stage.ANALYSING, 3, 2);
        reporter.story(Stage.ANALYSING, 1, 2, 2, 0);
        reporter.story(Stage.DIGESTING, 1, 2, 2, 0);
        reporter.story(Stage.ANALYSING, 2, 2, 1, 2);
        reporter.story(Stage.DIGESTING, 2, 2, 1, 2);
        reporter.finished(2, 0, 3);
        assertThat(lines()).hasSize(4).last().isEqualTo("[0:00] done: 2 digests of 3 articles in 0:00 (- articles/s)");
    }

    @Test
    void durationsAndRatesReadWell() {
        assertThat(ProgressReporter.clock(3_723_000)).isEqualTo("1:02:03");
        assertThat(ProgressReporter.clock(59_999)).isEqualTo("0:59");
        assertThat(ProgressReporter.rate(1_234_567, 1_000)).isEqualTo("1,234,567");
        assertThat(ProgressReporter.rate(7, 2_000)).isEqualTo("3.5");
        assertThatThrownBy(() -> new ProgressReporter(new PrintWriter(err), now::get, Duration.ZERO))
                .hasMessageContaining("PT0S");
    }
}
