package org.synoptic.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Reads an RSS 2.0 or Atom feed (with ROME) as one article per item: text from {@code content:encoded} / Atom
 * {@code content}, else the {@code description} / {@code summary}; the item's link, title, author and date
 * (published, else updated); the feed's title as outlet and its language.
 *
 * <p>Hardened XML: a document with a {@code DOCTYPE} or an {@code ENTITY} declaration is rejected before parsing
 * (that is how external entities, XXE, and entity expansion, "billion laughs", come in; feeds need neither), and
 * ROME's parser is configured to refuse doctypes as a second line. An item without text is rejected on its own
 * ({@code feed.xml#3}); the other items are read. Stateless and thread-safe.
 *
 * <p>An item's id is {@code <file>-<12 hex digits>} of a hash of its GUID (Atom: {@code id}) with the feed's link,
 * else of its link, else of its title and text, so a feed read twice gives the same ids and no two items collide by
 * position. Design decision: the id is derived from the GUID, not the GUID itself: GUIDs are often URLs (slashes in
 * {@code /articles/{id}} paths) or bare numbers that repeat across feeds.
 */
final class FeedReader implements ArticleReader {

    private final HtmlExtractor html = new HtmlExtractor();

    @Override
    public List<ArticleDraft> read(String source, String baseId, byte[] bytes, List<InputOutcome> problems)
            throws InputRejectedException {
        rejectDeclarations(bytes);
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            input.setXmlHealerOn(false);
            feed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new InputRejectedException("malformed feed: " + firstLine(e.getMessage()));
        }
        String outlet = blankToNull(feed.getTitle());
        String feedKey = blankToNull(feed.getLink()) != null ? feed.getLink().strip() : String.valueOf(outlet);
        String language = blankToNull(feed.getLanguage());
        List<ArticleDraft> drafts = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            String part = source + "#" + (i + 1);
            try {
                String text = text(entry);
                if (text == null || text.isBlank()) {
                    throw new InputRejectedException("feed item without text (no content or summary)");
                }
                Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
                String link = blankToNull(entry.getLink());
                String title = blankToNull(entry.getTitle());
                drafts.add(new ArticleDraft(baseId + "-" + ArticleDraft.hash(itemKey(feedKey, entry, link, title, text)),
                        part, link, title, text, null, outlet, blankToNull(entry.getAuthor()),
                        date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toString(), language, "feed",
                        true, null));
            } catch (InputRejectedException e) {
                problems.add(InputOutcome.rejected(part, e.getMessage()));
            }
        }
        if (drafts.isEmpty() && problems.isEmpty()) {
            throw new InputRejectedException("feed without items");
        }
        return drafts;
    }

    /** What identifies an item: its GUID within its feed, else its link, else its title and text. */
    private static String itemKey(String feedKey, SyndEntry entry, String link, String title, String text) {
        String guid = blankToNull(entry.getUri());
        if (guid != null && !guid.equals(link)) { // ROME gives an RSS item without a GUID its link as URI
            return "guid\n" + feedKey + "\n" + guid;
        }
        if (link != null) {
            return "link\n" + link;
        }
        return "text\n" + (title == null ? "" : title) + "\n" + text;
    }

    private String text(SyndEntry entry) throws InputRejectedException {
        String content = null;
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                content = c.getValue();
                break;
            }
        }
        if (content == null && entry.getDescription() != null) {
            content = entry.getDescription().getValue();
        }
        if (content == null || content.isBlank()) {
            return null;
        }
        return content.indexOf('<') >= 0 ? html.fragmentText(content) : content;
    }

    /** Rejects any DOCTYPE or ENTITY declaration, in the encodings XML allows without a byte-order mark. */
    static void rejectDeclarations(byte[] bytes) throws InputRejectedException {
        String latin = new String(bytes, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
        String utf16 = bytes.length > 1 && (bytes[0] == 0 || bytes[1] == 0 || TextDecoder.startsWith(bytes, 0xFE, 0xFF)
                || TextDecoder.startsWith(bytes, 0xFF, 0xFE)) ? latin.replace("\0", "") : latin;
        if (utf16.contains("<!DOCTYPE") || utf16.contains("<!ENTITY")) {
            throw new InputRejectedException("XML with a DOCTYPE or entity declaration is refused "
                    + "(external entities and entity expansion are not allowed)");
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "not a feed";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
