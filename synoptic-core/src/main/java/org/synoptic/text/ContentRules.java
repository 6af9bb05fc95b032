package org.synoptic.text;

import java.util.List;
import java.util.regex.Pattern;
import org.synoptic.model.ContentRole;

/**
 * The table of named patterns by which {@link ContentRoles} recognises captions, credits, teasers and boilerplate in
 * German and English news text, in the manner of jsoup's {@code Safelist} or CoreNLP's sieves: data, read top to
 * bottom, the first rule that applies gives the sentence its role.
 *
 * <p>Each rule looks at one sentence alone. The rules that need the sentence's neighbours (a caption followed by its
 * photo credit, an inline headline followed by the report, a verbless caption line with a date) are in
 * {@link ContentRoles}, because they are about layout rather than words.
 *
 * <p>Design decision: rules err on the side of content. A caption or credit rule applies only to short sentences
 * ({@link ContentRule#maxChars()}); a report that mentions "Foto" or "Newsletter" in a long sentence stays content.
 * A sentence wrongly kept costs a stray fact; a sentence wrongly dropped costs a report's words.
 *
 * <p>Immutable and thread-safe.
 */
public final class ContentRules {

    private static final int SHORT = 120;
    private static final int LINE = 200;
    private static final int ANY = 400;
    /** A press release's footer glued into one sentence by a scraper. */
    private static final int PRESS_FOOTER = 1200;

    private static final String AGENCIES = "(?:dpa|AFP|Reuters|REUTERS|AP|APA|KNA|epd|sid|SID|dts|ANP|Belga|SDA|sda|"
            + "Keystone|Xinhua|TASS|Tass|Interfax|Yonhap|KCNA|Getty(?: Images)?|imago(?: images)?|IMAGO|picture alliance|"
            + "EPA|Bloomberg|red|APA/red)";

    private static final List<ContentRule> STANDARD = List.of(
            // Legal and agency boilerplate: whole sentences a site puts around or instead of a report.
            rule("legal-fulltext", ContentRole.BOILERPLATE,
                    "(?i)\\bVolltext\\b.{0,80}\\bnicht mehr\\b.{0,30}\\b(?:zur Verfügung|verfügbar|abrufbar)", ANY,
                    "volltext"),
            rule("legal-reasons", ContentRole.BOILERPLATE,
                    "(?i)aus (?:rechtlichen|lizenzrechtlichen|urheberrechtlichen) Gründen "
                            + "(?:nicht|leider nicht|nicht mehr)\\b", ANY,
                    "gründen"),
            rule("agency-based", ContentRole.BOILERPLATE,
                    "(?i)^(?:dieser|der) (?:Artikel|Beitrag|Text|Bericht) (?:basiert|beruht|stammt) (?:auf|aus|von) "
                            + "(?:Agentur|Material|Meldungen|einer Meldung|der Nachrichtenagentur)", ANY),
            rule("rights-reserved", ContentRole.BOILERPLATE,
                    "(?i)(?:alle Rechte vorbehalten|all rights reserved|Vervielfältigung nur mit)", LINE,
                    "rechte vorbehalten", "rights reserved", "vervielfältigung"),
            rule("newsletter", ContentRole.BOILERPLATE,
                    "(?i)(?:Newsletter[- ](?:abonnieren|bestellen|Anmeldung|anmelden|kostenlos)"
                            + "|(?:unser(?:en|em|er)?|zum|Ihr(?:en)?) (?:\\S+-)?Newsletter\\b"
                            + "|Push-?Mitteilungen? (?:aktivieren|erhalten)"
                            + "|jetzt (?:kostenlos )?(?:abonnieren|anmelden|registrieren|testen)"
                            + "|Newsletter\\b.{0,60}\\b(?:können Sie|hier) (?:hier |jetzt )?(?:kostenlos )?(?:abonnieren|bestellen)"
                            + "|subscribe (?:now|today|to our)|Abo abschließen|weiterlesen mit|mit \\S*plus lesen)", SHORT,
                    "newsletter", "push", "abonnieren", "anmelden", "registrieren", "testen", "subscribe", "abo ", "lesen"),
            // An outlet's contact footer: "Unsere Redaktion erreichen Sie werktags … unter Telefon 0361 …".
            rule("contact-footer", ContentRole.BOILERPLATE,
                    "(?i)(?:(?:erreichen|kontaktieren) Sie (?:uns|\\S+)?.{0,80}(?:Telefon|Tel\\.|E-Mail|per Mail)"
                            + "|Hinweise (?:bitte )?an\\s+\\S+@|(?:Haben Sie|Sie haben) Hinweise\\b.{0,60}(?:Telefon|E-Mail|@)"
                            + "|Hinweise für (?:unsere|die) Redaktion\\b|Schreiben Sie (?:uns )?(?:an|eine E-Mail an) \\S+@"
                            + "|^Fragen zum (?:Artikel|Text|Beitrag)\\?|^Mailen Sie uns\\b)", LINE,
                    "erreichen sie", "kontaktieren sie", "hinweise", "schreiben sie", "fragen zum", "mailen sie"),
            // A publishing network's line under each of its papers' reports ("*merkur.de ist Teil des … Netzwerks").
            rule("network-footer", ContentRole.BOILERPLATE,
                    "(?i)^\\*?\\s*\\S+\\.\\p{L}{2,10}(?:,? (?:und |and )?\\S+\\.\\p{L}{2,10})* (?:ist|sind|is|are) "
                            + "(?:ein )?(?:Teil|part) (?:des|der|von|of)\\b", LINE,
                    "teil", "part"),
            // A press release's footer as the wire services pass it on (ots / news aktuell, PR Newswire): who to call,
            // where the photos are, the service's origin line, the broadcaster's note on its media library. Such a
            // footer is often glued into one long "sentence" by the scraper, so the rule reads up to PRESS_FOOTER
            // characters; each alternative is a label or a phrase no report sentence uses. A police appeal ("unter
            // Telefon 0361 … zu melden") is no footer and stays content.
            rule("press-footer", ContentRole.BOILERPLATE,
                    "(?i)^(?:(?:Pressekontakt|Medienkontakt|Pressestelle|Pressesprecher(?:in)?|Ansprechpartner(?:in)?|"
                            + "Press contacts?|Media contacts?|Media inquiries|Kontakt für (?:Medien|Journalisten))\\s*:"
                            + "|Original-?Content von\\s*:|Originalmeldung\\s*:|(?:Telefon|Tel\\.|Fax)\\s*:\\s*\\+?\\d"
                            + "|Fotos? (?:sind|ist|gibt es) (?:\\S+ )?(?:erhältlich|abrufbar|verfügbar) (?:über|bei|unter)\\b"
                            + "|(?:Weitere|Mehr) Informationen\\s*:\\s*(?:https?://|www\\.)|View original content\\b"
                            + "|(?-i:SOURCE:?\\s+\\p{Lu}))", PRESS_FOOTER,
                    "kontakt", "pressest", "pressesp", "ansprechpartner", "contact", "inquiries", "content",
                    "originalmeldung", "tel", "fax", "foto", "informationen", "source"),
            // The same footers' notes on the media library and social accounts, anywhere in a glued sentence.
            rule("media-note", ContentRole.BOILERPLATE,
                    "(?i)(?:übermittelt durch news aktuell|zum Embedding freigegeben"
                            + "|mediathek\\b.{0,40}\\b(?:zur Verfügung|abrufbar)"
                            + "|\\b(?:bei|auf|on|in der) (?:Facebook|Instagram|Twitter|YouTube|TikTok|LinkedIn|\\S*mediathek)"
                            + "\\s*:\\s*https?://)",
                    PRESS_FOOTER,
                    "news aktuell", "embedding", "mediathek", "facebook", "instagram", "twitter", "youtube", "tiktok",
                    "linkedin"),
            // An outlet's lines around every report: where to follow it, where the text first appeared, a correction
            // or disclosure note, a link to more news, a time stamp, a bare address.
            rule("social-follow", ContentRole.BOILERPLATE,
                    "(?i)(?:Folgen Sie (?:uns|\\S+) (?:auch )?(?:auf|bei) (?:Facebook|Instagram|X|Twitter|WhatsApp|Telegram|"
                            + "TikTok|Threads|Bluesky|Mastodon|LinkedIn|YouTube)|Follow us on\\b|"
                            + "(?:Jetzt|Hier) (?:auf|bei) (?:WhatsApp|Telegram|Instagram) (?:folgen|abonnieren)|"
                            + "finden Sie (?:uns )?(?:auch )?(?:bei|auf) (?:Facebook|Instagram|X|Twitter|Telegram|Mastodon|"
                            + "Bluesky|YouTube)\\b|^Follow @\\w+|\\bis now on (?:Telegram|WhatsApp)\\b"
                            + "|^Click here to join our\\b)", SHORT,
                    "folgen sie", "follow us", "folgen", "abonnieren", "finden sie", "follow @", "is now on",
                    "click here"),
            // A tag widget's instructions, scraped as text ("turned_in info Mit dem Klick auf das Icon fügen Sie das
            // Schlagwort zu Ihren Themen hinzu").
            // A video player's or form's leftovers.
            rule("player-text", ContentRole.BOILERPLATE,
                    "(?i)(?:tap here to see other videos|Try refreshing your browser|this video has failed to load|"
                            + "Leave this field empty|Back to video\\s*$)", LINE,
                    "tap here", "refreshing", "video", "field empty"),
            rule("widget-text", ContentRole.BOILERPLATE,
                    "(?i)(?:\\bturned_in\\b|^Mit (?:dem|einem) Klick auf (?:das|den|die|dieses|diesen) (?:Icon|Button|Symbol|"
                            + "Stern|Herz)\\b|\\bSchlagworte? (?:zu Ihren Themen|aus Ihren Themen|gespeichert)\\b)", ANY,
                    "turned_in", "klick", "schlagwort"),
            rule("first-published", ContentRole.BOILERPLATE,
                    "(?i)^(?:Dieser|Der) (?:Artikel|Beitrag|Text|Kommentar) (?:erschien|ist) (?:zuerst|erstmals|ursprünglich|"
                            + "bereits) (?:in|bei|auf|im)\\b|^This (?:article|story|piece) (?:first|originally) appeared\\b", LINE,
                    "erschien", "appeared", "zuerst", "erstmals", "ursprünglich"),
            rule("editorial-note", ContentRole.BOILERPLATE,
                    "(?i)^(?:(?:Hinweis|Anmerkung) der Redaktion|Korrekturhinweis|Transparenzhinweis|Offenlegung|"
                            + "Editor'?s note|Correction)\\s*:|^In einer früheren Version (?:dieses|des) (?:Artikels|Textes|"
                            + "Beitrags)|^An earlier version of this (?:article|story)", ANY,
                    "redaktion", "hinweis", "offenlegung", "note", "correction", "früheren version", "earlier version"),
            rule("more-news", ContentRole.BOILERPLATE,
                    "(?i)^(?:Mehr|Weitere|Alle) (?:aktuelle )?(?:Nachrichten|News|Meldungen|Informationen|Artikel|Berichte)\\b"
                            + ".{0,60}\\b(?:finden Sie|lesen Sie|gibt es|gibt['’]s|unter|auf) (?:hier|unter|auf|www\\.|https?://)",
                    SHORT, "nachrichten", "news", "meldungen", "informationen", "artikel", "berichte"),
            rule("ai-disclosure", ContentRole.BOILERPLATE,
                    "(?i)^(?:Dieser|Der) (?:Artikel|Beitrag|Text) wurde (?:mit Hilfe|mithilfe|mit Unterstützung) "
                            + "(?:von |einer )?(?:KI|künstliche[rn]? Intelligenz)", LINE,
                    "ki", "intelligenz"),
            rule("time-stamp", ContentRole.BOILERPLATE,
                    "(?i)^(?:Stand|Aktualisiert(?: am)?|Zuletzt aktualisiert(?: am)?|Veröffentlicht(?: am)?|Erstellt(?: am)?|"
                            + "Updated|Published)\\s*:?\\s*\\d{1,2}\\.\\s?\\d{1,2}\\.(?:\\d{2,4})?(?:,?\\s*(?:um\\s*)?"
                            + "\\d{1,2}[:.]\\d{2}\\s*(?:Uhr)?)?\\s*\\.?$", 60,
                    "stand", "aktualisiert", "veröffentlicht", "erstellt", "updated", "published"),
            rule("bare-address", ContentRole.BOILERPLATE, "^(?:https?://|www\\.)\\S+\\s*$", LINE, "http", "www"),
            rule("cookie-consent", ContentRole.BOILERPLATE,
                    "(?i)(?:\\bCookies? (?:akzeptieren|zustimmen|zulassen|verwenden|einsetzen|setzen)"
                            + "|(?:verwendet|nutzt|setzt|uses) (?:\\S+ )?cookies|Datenschutzerklärung"
                            + "|Datenschutzeinstellungen|Tracking zustimmen|Einwilligung widerrufen|privacy policy"
                            + "|JavaScript (?:aktivieren|deaktiviert))", LINE,
                    "cookie", "datenschutz", "tracking", "einwilligung", "privacy", "javascript"),
            rule("page-furniture", ContentRole.BOILERPLATE,
                    "(?i)^(?:Kommentare?\\s*\\(\\d+\\)|Kommentar schreiben|Kommentare anzeigen|Quellenlink|Zur Startseite|"
                            + "Startseite|Teilen|Artikel teilen|Drucken|Artikel drucken|Anzeige|Werbung|Mehr anzeigen|"
                            + "Das Wichtigste in Kürze|Zum Seitenanfang|Nach oben|Share|Advertisement|Jetzt teilen|Artikel merken|Bild-Infos|"
                            + "Download|Themen folgen|More|\\d{1,2}\\s?/\\s?\\d{1,2})\\s*[.:]?$", 60),
            // Teasers for other reports. "Mehr dazu" and "Zum Thema" also open content ("Mehr dazu wollte er nicht
            // sagen"): only with a colon or dash after them.
            rule("read-also", ContentRole.TEASER,
                    "(?i)^(?:(?:Lesen Sie (?:auch|mehr|hier|dazu)|Mehr zum Thema|Auch interessant|"
                            + "Das könnte Sie (?:auch )?interessieren|Weiterlesen|Weitere Artikel|Lesetipp|"
                            + "Empfehlungen? der Redaktion|Sehen Sie (?:auch|hier|im Video)|Hören Sie (?:auch|hier)|"
                            + "Read more|Read also|Related|More on this)\\b|(?:Mehr dazu|Zum Thema)\\s*[:–-])", LINE),
            // A list of links to other reports, each line opened by a plus sign ("+ Zahlen aus Europa: Wie sich …").
            rule("plus-list", ContentRole.TEASER, "^\\+\\s+\\p{L}", LINE, "+"),
            // A pointer to the outlet's live blog or ticker between "+++" or after "Hier geht's zum".
            rule("live-pointer", ContentRole.TEASER,
                    "(?i)(?:^\\+{3}.{0,80}\\+{3}\\s*$|^(?:\\S+:\\s*)?Hier geht['’]s zu(?:m|r)?\\b)", SHORT,
                    "+++", "hier geht"),
            // Credits: who took the photo, who wrote or supplied the text. A credit names, it does not tell: at
            // most five words after the label ("Video: Here's a concept that makes sense" is a headline).
            rule("photo-credit", ContentRole.CREDIT,
                    "^(?:Foto|Fotos|Bild|Bilder|Video|Grafik|Illustration|Quelle|Quellen|Text|Mitarbeit|Recherche|"
                            + "Photo|Image|Source|Credit|Rubriklistenbild|Listenbild|Titelbild|Bildrechte|Bildquelle)s?\\s*:\\s*\\S+(?:\\s+\\S+){0,4}\\s*$", SHORT),
            rule("copyright", ContentRole.CREDIT, "^(?:©|\\(c\\)|Copyright\\b)", SHORT),
            rule("material-from", ContentRole.CREDIT,
                    "(?i)^(?:mit Material (?:von|der|des)|mit Agenturmaterial|unter Verwendung von Material|"
                            + "with (?:reporting|material) (?:by|from))\\b", LINE),
            rule("reporting-by", ContentRole.CREDIT,
                    "^\\(?(?:Reporting|Writing|Additional reporting|Editing) by\\b", LINE, "by"),
            // A byline: "Von Erika Beispiel", "Von unserer Redakteurin Erika Beispiel", "--- Von Max Muster, dpa-AFX ---",
            // "by Jane Doe, Example News, Brussels"; no sentence, so no full stop at the end.
            rule("byline", ContentRole.CREDIT,
                    "^-*\\s*(?:Von|von|By|by)\\s+(?:unser(?:em|er) (?:Redakteur(?:in)?|Korrespondent(?:in)?|Mitarbeiter(?:in)?|"
                            + "Reporter(?:in)?)\\s+)?\\p{L}[\\p{L}.'\\-]*(?:\\s+\\p{Lu}[\\p{L}.'\\-]*){0,3}"
                            + "(?:\\s*[/,]\\s*[\\p{L}\\-. ]{1,30}){0,2}\\s*-*\\s*$", 80),
            rule("agency-tag", ContentRole.CREDIT,
                    "^\\(?" + AGENCIES + "(?:\\s*[/,]\\s*" + AGENCIES + ")*\\)?\\s*\\.?$", 40),
            // Who supplied or wrote the text, by outlet, agency and initials: "RND/dpa", "dpa/Erika Beispiel",
            // "(sda / afp)", "(fmg)".
            rule("credit-slashes", ContentRole.CREDIT,
                    "^\\p{L}{2,6}(?:\\s*/\\s*\\p{L}{2,20}(?: \\p{Lu}\\p{L}+)?){1,4}\\s*$", 40),
            rule("initials-tag", ContentRole.CREDIT, "^\\(\\p{L}{1,5}(?:\\s*/\\s*\\p{L}{1,5})*\\)\\s*\\.?$", 20),
            rule("author-per-agency", ContentRole.CREDIT,
                    "^[\\p{Lu}][\\p{L}.\\- ]{1,40}\\s*\\((?:laut|nach|via|mit|aus|von)\\s+[^)]{1,40}\\)\\s*$", 60),
            // Captions: words only a caption uses.
            rule("caption-credit-tail", ContentRole.CAPTION,
                    "[.!?)\\p{L}\\d]\\s+(?:©|(?:Foto|Fotos|Bild|Video|Photo)\\s*:)\\s*[^.!?]{1,60}$", LINE + 100,
                    "©", "foto", "bild", "video", "photo"),
            rule("caption-position", ContentRole.CAPTION,
                    "\\((?:rechts|links|Mitte|vorne|hinten|oben|unten|im Bild|im Vordergrund|im Hintergrund|re\\.|li\\.|"
                            + "r\\.|l\\.|M\\.|v\\.\\s?l\\.|v\\.\\s?r\\.|\\d\\.\\s?v\\.\\s?[lr]\\.|left|right|centre|center|"
                            + "second (?:left|right)|pictured)\\)", 300,
                    "("),
            rule("caption-archive", ContentRole.CAPTION,
                    "\\((?:Archivbild|Archivfoto|Archiv|Symbolbild|Symbolfoto|Illustration|Screenshot|Montage|"
                            + "file photo|Foto: [^)]{1,40}|Bild: [^)]{1,40})\\)", 300,
                    "("));

    /**
     * A credit under which a paragraph of one sentence is that picture's caption: the data of the layout rule
     * {@link ContentRoles#CAPTION_BEFORE_CREDIT}.
     *
     * @param name      what the credit is, for explanations
     * @param credit    matched at the start of the credit sentence
     * @param datedOnly whether the sentence must also name a year or month to be a caption
     */
    public record CaptionCredit(String name, Pattern credit, boolean datedOnly) {
    }

    /*
     * Design decision: "©" is a picture's copyright line, so the one sentence it stands under is the picture's caption
     * ("Einer Umfrage zufolge will … behalten. © Musteragentur"). A "Foto:" label is also how an outlet credits the
     * photo its report's sentence sits beside ("Die Brücke ist seit dem Mittag gesperrt. Foto: dpa" is the report,
     * in our trust gold): it makes a caption only of a sentence that names a year or month, the mark of an archive
     * picture ("… vor dem Hallenbad im Mai 2021. Foto: Stadtblatt"). In a paragraph of several sentences no credit
     * makes a caption.
     */
    private static final List<CaptionCredit> CAPTION_CREDITS = List.of(
            new CaptionCredit("copyright-line", Pattern.compile("^(?:©|\\(c\\)|Copyright\\b)"), false),
            new CaptionCredit("dated-photo-label",
                    Pattern.compile("^(?:Foto|Fotos|Bild|Bilder|Video|Photo)s?\\s*:"), true));

    /**
     * A credit for a picture rather than for the text: a photo, video or graphic label, or a copyright sign anywhere
     * ("Foto: dpa", "© REUTERS", "Quelle: AFP © Max Muster"). The names in it are the picture's, not the report's
     * sources.
     */
    private static final Pattern PICTURE_CREDIT = Pattern.compile(
            "^(?:Foto|Fotos|Bild|Bilder|Video|Grafik|Illustration|Photo|Image)s?\\s*:|©|\\(c\\)\\s");

    private ContentRules() {
    }

    /** Whether a credit sentence credits a picture, not the text: see {@link #PICTURE_CREDIT}. */
    public static boolean isPictureCredit(String credit) {
        return PICTURE_CREDIT.matcher(credit).find();
    }

    /** The credits that make the one sentence of their paragraph a caption, in order of precedence. */
    public static List<CaptionCredit> captionCredits() {
        return CAPTION_CREDITS;
    }

    /** The standard table, in order of precedence. */
    public static List<ContentRule> standard() {
        return STANDARD;
    }

    private static ContentRule rule(String name, ContentRole role, String regex, int maxChars, String... hints) {
        return new ContentRule(name, role, Pattern.compile(regex), maxChars, List.of(hints));
    }
}
