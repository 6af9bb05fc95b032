package org.synoptic.digest.render;

/**
 * Escapes text for HTML element content and attribute values: {@code & < > " '}. The one escaping routine of every
 * page Synoptic renders (digest pages, web UI, search snippets), so that article text is shown and never run.
 */
public final class HtmlEscaper {

    private HtmlEscaper() {
    }

    /** The escaped text; {@code null} gives the empty string. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
