package org.synoptic.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Feed lists: plain lines and OPML with nested folders, and OPML written back. */
class FeedListTest {

    static List<FeedList.Entry> read(String text) {
        return FeedList.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void linesWithLabelsCommentsAndBlankLines() {
        assertThat(read("# meine Feeds\n\nhttps://a.example/rss.xml  Politik Inland\nhttp://b.example/feed\n")).containsExactly(
                new FeedList.Entry("https://a.example/rss.xml", "Politik Inland"), new FeedList.Entry("http://b.example/feed", null));
        assertThatThrownBy(() -> read("https://a.example/rss.xml\nfile:///etc/passwd\n")).hasMessageContaining("line 2")
                .hasMessageContaining("file:///etc/passwd");
    }

    @Test
    void opmlFoldersBecomeLabelsAndRoundTrip() {
        String opml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="1.0"><head><title>Abos</title></head><body>
                  <outline text="News">
                    <outline text="Politik">
                      <outline text="Tagesschau" type="rss" xmlUrl="https://t.example/politik.xml"/>
                    </outline>
                    <outline text="Wirtschaft" type="rss" xmlUrl="https://w.example/rss"/>
                  </outline>
                  <outline text="Lose" type="rss" xmlUrl="https://l.example/atom"/>
                </body></opml>
                """;
        List<FeedList.Entry> entries = read(opml);
        assertThat(entries).containsExactly(new FeedList.Entry("https://t.example/politik.xml", "News/Politik"),
                new FeedList.Entry("https://w.example/rss", "News"), new FeedList.Entry("https://l.example/atom", null));
        Instant now = Instant.parse("2024-03-04T08:00:00Z");
        String written = FeedList.toOpml(entries.stream().map(e -> Subscription.of(e.url(), e.label(), now)).toList());
        assertThat(read(written)).containsExactlyInAnyOrderElementsOf(entries);
    }

    @Test
    void opmlWithADoctypeIsRefused() {
        assertThatThrownBy(() -> read("<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<opml version=\"2.0\"><body><outline xmlUrl=\"https://a.example/&x;\"/></body></opml>"))
                .hasMessageContaining("DOCTYPE");
    }
}
