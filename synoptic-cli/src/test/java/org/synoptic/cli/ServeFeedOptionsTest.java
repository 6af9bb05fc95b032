package org.synoptic.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's feed options: intervals and the feeds file are checked before anything starts. */
class ServeFeedOptionsTest {

    @TempDir
    Path dir;

    @Test
    void intervalsReadSecondsMinutesHoursDaysAndIso() {
        assertThat(ServeCommand.interval("--poll-min", "2s")).isEqualTo(Duration.ofSeconds(2));
        assertThat(ServeCommand.interval("--poll-min", "5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(ServeCommand.interval("--poll-max", "6h")).isEqualTo(Duration.ofHours(6));
        assertThat(ServeCommand.interval("--poll-max", "1d")).isEqualTo(Duration.ofDays(1));
        assertThat(ServeCommand.interval("--poll-max", "PT90S")).isEqualTo(Duration.ofSeconds(90));
        assertThatThrownBy(() -> ServeCommand.interval("--poll-min", "0s")).hasMessageContaining("--poll-min").hasMessageContaining("0s");
        assertThatThrownBy(() -> ServeCommand.interval("--poll-min", "soon")).hasMessageContaining("soon");
    }

    @Test
    void aBadFeedsFileOrBoundsAreUsageErrors() throws Exception {
        Path list = dir.resolve("feeds.txt");
        Files.writeString(list, "https://example.org/rss.xml\nnot-a-url\n");
        CliRun bad = CliRun.of("serve", "--store", dir.resolve("store").toString(), "--feeds", list.toString(), "--port", "0");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.stderr()).contains("line 2").contains("not-a-url");
        CliRun bounds = CliRun.of("serve", "--store", dir.resolve("store").toString(), "--poll-min", "2h", "--poll-max", "1h");
        assertThat(bounds.exitCode()).isEqualTo(2);
        assertThat(bounds.stderr()).contains("pollMax must not be shorter than pollMin");
        assertThat(Files.exists(dir.resolve("store"))).as("nothing started").isFalse();
    }
}
