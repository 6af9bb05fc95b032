package org.synoptic.feeds;

import com.rometools.opml.feed.opml.Attribute;
import com.rometools.opml.feed.opml.Opml;
import com.rometools.opml.feed.opml.Outline;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.WireFeedOutput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A list of feeds to follow, read from a file or a request body and written as OPML: either one URL per line
 * (optionally followed by whitespace and a label; blank lines and lines starting with {@code #} skipped), or an OPML
 * 1.0/2.0 document (rome-opml), whose nested folders become labels ({@code News/Politik}). Stateless and thread-safe.
 *
 * <p>Hardened like the feed reader: an OPML document with a DOCTYPE or ENTITY declaration is refused.
 */
public final class FeedList {

    /** One feed of a list: its URL and label ({@code null} for none). */
    public record Entry(String url, String label) {
    }

    private FeedList() {
    }

    /**
     * The feeds in {@code bytes}, OPML when the content starts with markup, else lines.
     *
     * @throws IllegalArgumentException for malformed OPML or a line that is no http(s) URL, naming it
     */
    public static List<Entry> read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        return text.startsWith("<") ? readOpml(bytes) : readLines(text);
    }

    private static List<Entry> readLines(String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            try {
                entries.add(new Entry(Subscription.checkedUrl(parts[0]), parts.length > 1 ? parts[1].strip() : null));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return entries;
    }

    private static List<Entry> readOpml(byte[] bytes) {
        String upper = new String(bytes, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
        if (upper.contains("<!DOCTYPE") || upper.contains("<!ENTITY")) {
            throw new IllegalArgumentException("OPML with a DOCTYPE or entity declaration is refused");
        }
        WireFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), true)) {
            WireFeedInput input = new WireFeedInput();
            input.setAllowDoctypes(false);
            input.setXmlHealerOn(false);
            feed = input.build(reader);
        } catch (FeedException | IOException | RuntimeException e) {
            throw new IllegalArgumentException("malformed OPML: " + e.getMessage(), e);
        }
        if (!(feed instanceof Opml opml)) {
            throw new IllegalArgumentException("not an OPML document: " + feed.getFeedType());
        }
        List<Entry> entries = new ArrayList<>();
        collect(opml.getOutlines(), null, entries);
        return entries;
    }

    private static void collect(List<Outline> outlines, String folder, List<Entry> out) {
        for (Outline o : outlines) {
            String xmlUrl = o.getXmlUrl();
            String name = o.getText() != null && !o.getText().isBlank() ? o.getText().strip() : o.getTitle();
            if (xmlUrl != null && !xmlUrl.isBlank()) {
                out.add(new Entry(Subscription.checkedUrl(xmlUrl), folder));
            }
            if (!o.getChildren().isEmpty()) {
                String sub = name == null || name.isBlank() ? folder : folder == null ? name.strip() : folder + "/" + name.strip();
                collect(o.getChildren(), xmlUrl != null && !xmlUrl.isBlank() ? folder : sub, out);
            }
        }
    }

    /** The subscriptions as an OPML 2.0 document, each label a folder (a label {@code a/b} nests). */
    public static String toOpml(List<Subscription> subscriptions) {
        Opml opml = new Opml();
        opml.setFeedType("opml_2.0");
        opml.setTitle("Synoptic feeds");
        List<Outline> top = new ArrayList<>();
        Map<String, Outline> folders = new LinkedHashMap<>();
        for (Subscription s : subscriptions) {
            Outline feed = new Outline();
            feed.setType("rss");
            feed.setText(s.url());
            feed.setTitle(s.url());
            feed.getAttributes().add(new Attribute("xmlUrl", s.url()));
            if (s.label() == null) {
                top.add(feed);
            } else {
                folder(s.label(), folders, top).getChildren().add(feed);
            }
        }
        opml.setOutlines(top);
        try {
            return new WireFeedOutput().outputString(opml);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write OPML: " + e.getMessage(), e);
        }
    }

    private static Outline folder(String path, Map<String, Outline> folders, List<Outline> top) {
        Outline existing = folders.get(path);
        if (existing != null) {
            return existing;
        }
        int slash = path.lastIndexOf('/');
        Outline folder = new Outline();
        folder.setText(path.substring(slash + 1));
        folder.setTitle(path.substring(slash + 1));
        if (slash <= 0) {
            top.add(folder);
        } else {
            folder(path.substring(0, slash), folders, top).getChildren().add(folder);
        }
        folders.put(path, folder);
        return folder;
    }
}
