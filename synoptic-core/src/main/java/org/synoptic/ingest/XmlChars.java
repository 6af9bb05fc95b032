package org.synoptic.ingest;

/**
 * Characters XML 1.0 forbids: the C0 controls but tab, newline and carriage return, lone UTF-16 surrogates, and
 * U+FFFE/U+FFFF. One such character in a title makes a whole Atom feed or XHTML page unreadable to a strict parser,
 * so ingest strips them from every field and every writer of markup strips them again. Stateless and thread-safe.
 */
public final class XmlChars {

    private XmlChars() {
    }

    /** Whether the character at {@code i} (a surrogate pair counted whole) is allowed in XML 1.0. */
    private static boolean allowedAt(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return c != 0xFFFE && c != 0xFFFF;
    }

    /** {@code s} without the characters XML 1.0 forbids; the same instance when there are none; null stays null. */
    public static String strip(String s) {
        if (s == null) {
            return null;
        }
        int first = -1;
        for (int i = 0; i < s.length(); i++) {
            if (!allowedAt(s, i)) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            if (allowedAt(s, i)) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }
}
