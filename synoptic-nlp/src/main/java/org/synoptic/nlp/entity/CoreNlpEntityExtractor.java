package org.synoptic.nlp.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.synoptic.model.Article;
import org.synoptic.model.EntityMention;
import org.synoptic.model.EntityType;
import org.synoptic.model.Sentence;
import org.synoptic.model.SourceKind;
import org.synoptic.nlp.EntityExtractor;

/**
 * Named-entity recognition for German and English with CoreNLP's CRFs ({@link NerModel}), corrected by our own
 * rules; other languages go to the rule-based extractor.
 *
 * <p>Per sentence, CoreNLP's spans come first. Then the rules correct it where it errs: a span glued by a hyphen to
 * a following word ("EU-Staaten") or written in lower case ("deutschen") is a part or a derivation, not a name; a
 * name from our {@link Gazetteer} that CoreNLP missed ("Interfax") or typed differently is added with the gazetteer's
 * type; a well-known place ({@link Gazetteer#isWellKnownPlace}) is added even where the German word list knows the
 * name. In German text, titles quoted after the noun for their kind of work („Der unsichtbare Dritte“), motorways
 * ("A 7") and clubs named by town and founding year ("Mainz 05") are added or corrected too. Finally every mention
 * gets its canonical name within the article (see {@link MentionNames}).
 *
 * <p>Design decision: English uses CoreNLP's CoNLL four-class model only (18 MB, copied out of the 474 MB English
 * models jar at build time), not the larger three- and seven-class models: its classes map one-to-one onto ours.
 *
 * <p>Stateless and thread-safe; each model loads once per process on the first article of its language.
 */
public final class CoreNlpEntityExtractor implements EntityExtractor {

    /** "Schweizer", "New Yorker", "Hamburgern", "britischen": adjectives and inhabitants derived from places. */
    private static final java.util.regex.Pattern DERIVED =
            java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}-]+(er|ern|ers|ische|ischen|ischer|isches|ischem)");
    private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("von", "van", "de", "da", "di",
            "del", "zu", "bin", "ibn", "al", "el", "ten", "ter", "dos", "du", "la", "le", "vom", "zur");
    private static final java.util.Set<String> LEADING_FUNCTION_WORDS = java.util.Set.of("Der", "Die", "Das", "Den",
            "Dem", "Des", "Im", "Am", "Beim", "Vom", "Zum", "Zur", "In", "An", "Auf", "Aus", "Bei", "Von", "Nach",
            "Für", "Mit", "Über", "Ein", "Eine", "Einen", "Einem", "Einer", "Und", "Oder", "Auch", "Laut");
    /** Leading words that never begin an organisation's name, unlike an article ("Die Linke", "Der Spiegel"). */
    private static final java.util.Set<String> LEADING_PREPOSITIONS = java.util.Set.of("Im", "Am", "Beim", "Vom",
            "Zum", "Zur", "In", "An", "Auf", "Aus", "Bei", "Nach", "Mit", "Und", "Oder", "Auch", "Laut");
    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVX]+");
    private static final java.util.Set<String> DEMONYMS = java.util.Set.of("Deutsche", "Deutschen", "Deutscher",
            "Franzose", "Franzosen", "Russe", "Russen", "Brite", "Briten", "Chinese", "Chinesen", "Türke", "Türken",
            "Grieche", "Griechen", "Kurde", "Kurden", "Schotte", "Schotten", "Ire", "Iren", "Däne", "Dänen", "Finne",
            "Finnen", "Israelis", "Pole", "Serbe", "Serben", "Kroate", "Kroaten", "Afghane", "Afghanen", "Jude",
            "Juden", "Sowjets", "Europäer", "Sozialdemokraten", "Christdemokraten",
            "Katholiken", "Protestanten", "Muslime", "Christen", "Schiiten", "Sunniten", "Tschechen", "Slowaken",
            "Rumänen", "Bulgaren", "Kosovaren", "Slowenen", "Portugiesen", "Vietnamesen", "Libanesen", "Sudanesen",
            "Kongolesen", "Chilenen", "Tschetschenen", "Tataren", "Kasachen", "Usbeken", "Basken", "Katalanen",
            "Germanen", "Slawen", "Kelten", "Esten", "Letten", "Weißrussen", "Palästinenser", "Israeli", "Inder",
            "Türkin", "Russin", "Chinesin", "Französin", "Polin", "Griechin", "Israelin", "Jüdin", "Britin",
            "Dänin", "Finnin", "Schwedin", "Kurdin", "Serbin", "Kroatin", "Afghanin", "Jüdinnen");
    /** Women of a nation or place ("Bosnierin", "Amerikanerinnen"), which {@link #DERIVED} does not cover. */
    private static final java.util.regex.Pattern FEMALE_DEMONYM =
            java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+(erin|erinnen)");
    /** Common nouns that CoreNLP's CoNLL-trained model often tags as organisations. */
    private static final java.util.Set<String> GENERIC_NOUNS = java.util.Set.of("Polizei", "Bundesregierung",
            "Regierung", "Welt", "Bild", "Staatsanwaltschaft", "Feuerwehr", "Justiz", "Opposition", "Koalition",
            "Landesregierung", "Stadtverwaltung", "Verwaltung", "Kirche", "Armee", "Militär", "Börse", "Parlament");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon = Lexicon.standard();
    private final EntityExtractor rules;
    private final MentionNames names;

    /**
     * An extractor with the given name lists.
     *
     * @param gazetteer known names that correct CoreNLP and give canonical names
     * @param rules     the rule-based extractor, for languages other than German
     */
    public CoreNlpEntityExtractor(Gazetteer gazetteer, EntityExtractor rules) {
        this.gazetteer = gazetteer;
        this.rules = rules;
        this.names = new MentionNames(gazetteer);
    }

    @Override
    public List<EntityMention> extract(Article article, List<Sentence> sentences) {
        NerModel model = switch (article.language()) {
            case "de" -> NerModel.GERMAN;
            case "en" -> NerModel.ENGLISH;
            default -> null;
        };
        if (model == null) {
            return rules.extract(article, sentences);
        }
        String text = article.text();
        List<MentionNames.Span> spans = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<MentionNames.Span> found = new ArrayList<>();
            for (MentionNames.Span s : crfSpans(model, text, sentence)) {
                MentionNames.Span corrected = correct(model, text, s);
                if (corrected != null) {
                    found.add(corrected);
                }
            }
            addGazetteerNames(text, sentence, found);
            if (model == NerModel.GERMAN) {
                addQuotedTitles(text, sentence, found);
                addRoads(text, sentence, found);
            }
            found.sort(Comparator.comparingInt(MentionNames.Span::start));
            spans.addAll(found);
        }
        return names.resolve(text, spans);
    }

    /** English nationality words and adjectives ("American", "Chinese", "British", "Israelis"). */
    private static final java.util.regex.Pattern ENGLISH_DEMONYM =
            java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+(an|ans|ese|ish|i|is|ic|ch)");
    /** German sports clubs' usual abbreviations, which follow a founding number in many names. */
    private static final java.util.regex.Pattern CLUB =
            java.util.regex.Pattern.compile("(FC|SC|SV|TSV|FSV|VfL|VfB|BV|BSC|SSV|TuS|SpVgg|TSG|FFC|SG)\\b");
    /** The short founding year after a German club's town: "Mainz 05", "Schalke 04" (never a count: "05"). */
    private static final java.util.regex.Pattern CLUB_YEAR =
            java.util.regex.Pattern.compile(" 0[1-9](?![\\d\\p{L}]|[.,]\\d)");
    private static final java.util.regex.Pattern CLUB_NUMBER =
            java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}.])\\d{1,2}\\.\\s$");
    private boolean trimmableStart(String word, EntityType type) {
        if (word.isEmpty() || !Character.isLetterOrDigit(word.charAt(0))) {
            return true;
        }
        if (Character.isLowerCase(word.charAt(0)) && word.chars().skip(1).noneMatch(Character::isUpperCase)) {
            return !(type == EntityType.PERSON && NAME_PARTICLES.contains(word)) && !word.contains("-");
        }
        if (LEADING_FUNCTION_WORDS.contains(word)) {
            // a title may begin with any of them ("Im Westen nichts Neues"), an organisation only with an article
            return type != EntityType.OTHER
                    && (type != EntityType.ORGANIZATION || LEADING_PREPOSITIONS.contains(word));
        }
        return type == EntityType.PERSON && lexicon.isPersonCue(word) && !lexicon.isFirstName(word);
    }

    private boolean trimmableEnd(String word) {
        return word.equals(",") || word.equals(":") || word.equals(";")
                || !word.isEmpty() && Character.isLowerCase(word.charAt(0))
                && word.chars().skip(1).noneMatch(Character::isUpperCase);
    }

    private List<MentionNames.Span> crfSpans(NerModel model, String text, Sentence sentence) {
        List<NerModel.TaggedToken> tokens = model.tag(sentence.text());
        List<MentionNames.Span> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            EntityType type = type(tokens.get(i).label());
            if (type == null) {
                i++;
                continue;
            }
            String label = base(tokens.get(i).label());
            int j = i + 1;
            while (j < tokens.size() && base(tokens.get(j).label()).equals(label)
                    && !tokens.get(j).label().startsWith("B-")) {
                j++;
            }
            int from = i;
            int to = j;
            i = j;
            // CoNLL-style spans often take a preposition or article ("im Bundestag"), a role ("Graf Kinsky") or a
            // trailing lower-case word; GermEval's and our mentions are the name alone.
            while (to - from > 1 && trimmableStart(tokens.get(from).word(), type)) {
                from++;
            }
            if (type == EntityType.PERSON && to - from >= 3 && NAME_PARTICLES.contains(tokens.get(from + 1).word())
                    && lexicon.isOrdinaryWord(tokens.get(from).word()) && !lexicon.isFirstName(tokens.get(from).word())) {
                from += 2; // "Jahrestages von Putin": a noun and "von" before the name
            }
            while (to - from > 1 && trimmableEnd(tokens.get(to - 1).word())
                    && tokens.get(to - 1).start() > tokens.get(to - 2).end()) { // "Kim Jong-un": glued parts stay
                to--;
            }
            if (to - from == 1 && trimmableStart(tokens.get(from).word(), EntityType.OTHER)) {
                continue;
            }
            int start = sentence.start() + tokens.get(from).start();
            int end = sentence.start() + tokens.get(to - 1).end();
            String last = tokens.get(to - 1).word();
            if (ROMAN.matcher(last).matches() && end < text.length() && text.charAt(end) == '.') {
                end++; // "Ludwig XIV.": the ordinal's period belongs to the name
            }
            if (type == EntityType.LOCATION && to - from > 1 && separatePlaces(tokens, from, to, text, start, end)) {
                // "dass Nordkorea Russland beliefert": CoreNLP's IO labels glue neighbouring places into one span
                for (int k = from; k < to; k++) {
                    out.add(new MentionNames.Span(sentence.start() + tokens.get(k).start(),
                            sentence.start() + tokens.get(k).end(), type, null));
                }
                continue;
            }
            out.add(new MentionNames.Span(start, end, type, null));
        }
        return out;
    }

    /**
     * Whether a multi-word place span is really several places side by side: every word is a known place on its own
     * and the whole is not ("Nordkorea Russland", unlike "New York" or "Bad Homburg").
     */
    private boolean separatePlaces(List<NerModel.TaggedToken> tokens, int from, int to, String text, int start,
                                   int end) {
        if (gazetteer.lookup(text.substring(start, end)) != null) {
            return false;
        }
        for (int k = from; k < to; k++) {
            GazetteerEntry place = gazetteer.lookup(tokens.get(k).word());
            if (place == null || place.type() != EntityType.LOCATION) {
                return false;
            }
        }
        return true;
    }

    private static String base(String label) {
        return label.startsWith("B-") || label.startsWith("I-") ? label.substring(2) : label;
    }

    private static EntityType type(String label) {
        return switch (base(label)) {
            case "PER", "PERSON" -> EntityType.PERSON;
            case "LOC", "LOCATION" -> EntityType.LOCATION;
            case "ORG", "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "MISC", "OTH" -> EntityType.OTHER;
            default -> null;
        };
    }

    /**
     * A CRF span corrected by our rules, or {@code null} when it is no name: a demonym or derived adjective
     * ("Schweizer", "Deutschen", "Franzosen"; GermEval's {@code LOCderiv}), a generic noun CoreNLP takes for an
     * organisation ("Polizei", "Welt"), or a known place typed as a person.
     */
    private MentionNames.Span correct(NerModel model, String text, MentionNames.Span s) {
        s = withoutLeadingTime(text, s);
        if (!isName(text, s)) {
            return null;
        }
        String surface = text.substring(s.start(), s.end());
        boolean oneWord = surface.indexOf(' ') < 0;
        String lastWord = surface.substring(surface.lastIndexOf(' ') + 1);
        if (s.type() == EntityType.OTHER && (DERIVED.matcher(lastWord).matches() && surface.split(" ").length <= 2
                || oneWord && DEMONYMS.contains(surface))) {
            return null;
        }
        if (oneWord && (DEMONYMS.contains(surface) || s.type() == EntityType.OTHER
                && FEMALE_DEMONYM.matcher(surface).matches() || model == NerModel.ENGLISH
                && s.type() == EntityType.OTHER && ENGLISH_DEMONYM.matcher(surface).matches())) {
            return null; // "Deutschen"; "Russian", "Chinese", "Israeli": CoNLL's MISC nationalities are no names
        }
        if (s.type() == EntityType.OTHER && oneWord && compoundWithName(surface)) {
            return null;
        }
        if (s.type() == EntityType.ORGANIZATION && oneWord && GENERIC_NOUNS.contains(surface)
                && !titled(text, s.start())) {
            return null;
        }
        if (s.type() == EntityType.ORGANIZATION && CLUB.matcher(surface).lookingAt()) {
            java.util.regex.Matcher number = CLUB_NUMBER.matcher(text.substring(Math.max(0, s.start() - 5), s.start()));
            if (number.find()) {
                // "1. FC Nürnberg": the founding number is part of a club's name
                return new MentionNames.Span(s.start() - (number.end() - number.start()), s.end(), s.type(), null);
            }
        }
        if ((s.type() == EntityType.LOCATION || s.type() == EntityType.ORGANIZATION) && model == NerModel.GERMAN) {
            java.util.regex.Matcher year = CLUB_YEAR.matcher(text).region(s.end(), text.length());
            if (year.lookingAt()) {
                // "Mainz 05", "Schalke 04": a town with its club's founding year is the club
                return new MentionNames.Span(s.start(), year.end(), EntityType.ORGANIZATION, null);
            }
        }
        if ((s.type() == EntityType.PERSON || model == NerModel.ENGLISH && s.type() == EntityType.ORGANIZATION)
                && oneWord) {
            GazetteerEntry place = gazetteer.lookup(surface);
            // a person whose name is an ordinary word too ("Walser", "Rauch") stays one, as in addGazetteerNames
            if (place != null && place.type() == EntityType.LOCATION && !lexicon.isFirstName(surface)
                    && !(s.type() == EntityType.PERSON && place.sourceKind() == null && !gazetteer.isWellKnownPlace(surface)
                    && ordinaryPlaceName(surface))
                    && !lexicon.isPersonCue(wordBefore(text, s.start()))) { // "Präsident Cleveland" stays a person
                return new MentionNames.Span(s.start(), s.end(), EntityType.LOCATION, null);
            }
        }
        return s;
    }

    /**
     * A month or weekday at the start of a name ("im Juli Pjöngjang besucht", "am Montag Kiew"): the model glued a
     * time to the name after it.
     */
    private static final java.util.regex.Pattern LEADING_TIME = java.util.regex.Pattern.compile(
            "(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Montag|"
                    + "Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)(?:abend|morgen|nachmittag)?\\s+");
    /** The words before a time that make it one: "im Juli", "am Montag", "seit Mai", "Anfang Juli". */
    private static final java.util.Set<String> TIME_CUES = java.util.Set.of("im", "Im", "am", "Am", "seit", "Seit", "bis", "ab", "vom",
            "Anfang", "Mitte", "Ende", "zum", "letzten", "vergangenen", "kommenden", "diesen", "nächsten");

    /**
     * The span without a month or weekday at its start when the word before it makes that a time ("im Juli
     * Pjöngjang" is the place "Pjöngjang"): the rest keeps the gazetteer's type when the gazetteer knows it; a span
     * that is the time alone, or a time without such a cue ("Juli Zeh"), is left as it is.
     */
    private MentionNames.Span withoutLeadingTime(String text, MentionNames.Span s) {
        java.util.regex.Matcher time = LEADING_TIME.matcher(text).region(s.start(), s.end());
        if (!time.lookingAt() || time.end() >= s.end() || !TIME_CUES.contains(wordBefore(text, s.start()))) {
            return s;
        }
        GazetteerEntry known = gazetteer.lookup(text.substring(time.end(), s.end()));
        return new MentionNames.Span(time.end(), s.end(), known != null ? known.type() : s.type(), s.canonical());
    }

    /** Currencies: "US-Dollar", "CFA-Franc" and "D-Mark" are names of their own, not compounds with a name. */
    private static final java.util.Set<String> CURRENCIES = java.util.Set.of("Dollar", "Dollars", "Franc", "Francs",
            "Franken", "Mark", "Pfund", "Rubel", "Yen", "Euro", "Peso", "Pesos", "Krone", "Kronen", "Lira", "Rupie",
            "Rupien", "Yuan", "Won", "Schilling");

    /**
     * Whether one hyphenated word is a common noun with a name in front ("SPD-Bundestagsfraktion", "SED-Diktatur",
     * "DAX-Index"; GermEval's {@code part}), not a name: its last part is an ordinary capitalised German word.
     */
    private boolean compoundWithName(String word) {
        int dash = word.lastIndexOf('-');
        if (dash <= 0 || dash == word.length() - 1) {
            return false;
        }
        String tail = word.substring(dash + 1);
        return Character.isUpperCase(tail.charAt(0)) && tail.length() > 2 && !CURRENCIES.contains(tail)
                && lexicon.isOrdinaryWord(tail);
    }

    /** The word that ends right before {@code start}, separated by white space only; empty when none. */
    private static String wordBefore(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int from = end;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        return text.substring(from, end);
    }

    /** Whether the word at {@code start} is written as a title: after an opening quotation mark or "Die". */
    private static boolean titled(String text, int start) {
        String before = text.substring(Math.max(0, start - 5), start).stripTrailing();
        return before.endsWith("„") || before.endsWith("\"") || before.endsWith("»") || before.endsWith("Die")
                && start > 4;
    }

    /** Whether a CRF span is a name rather than a compound part ("EU-Staaten") or a derivation ("deutschen"). */
    private static boolean isName(String text, MentionNames.Span s) {
        if (s.end() < text.length() && text.charAt(s.end()) == '-') {
            return false;
        }
        if (s.start() > 0 && text.charAt(s.start() - 1) == '-' && s.start() > 1
                && Character.isLetterOrDigit(text.charAt(s.start() - 2))) {
            return false;
        }
        char first = text.charAt(s.start());
        if (!Character.isLetterOrDigit(first)) {
            return false; // "°C", "€"
        }
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
            // "deutschen", "europäischen": GermEval's LOCderiv; lower-case brand names ("iPhone", "dpa") keep
            String word = text.substring(s.start(), s.end());
            return word.length() > 1 && word.chars().skip(1).anyMatch(Character::isUpperCase)
                    || word.equals("dpa") || word.equals("afp");
        }
        return true;
    }

    /**
     * A quoted title after the noun for its kind of work: „Das Parfum“ after "Roman", „Take On Me“ after "Hit",
     * „Das rote Quadrat“ after "Dokumentationen wie". Group 1 is the noun, group 2 the title.
     */
    private static final java.util.regex.Pattern QUOTED_TITLE = java.util.regex.Pattern.compile(
            "(?<![\\p{L}-])((?=\\p{Lu})\\p{L}*(?:[Ff]ilm|[Ss]erie|[Ss]erien|[Ss]endung|[Ss]endereihe|[Rr]oman|[Bb]uch"
            + "|[Gg]edicht|[Gg]edichtband|[Ss]tück|[Oo]per|[Mm]usical|[Ss]ong|[Ll]ied|[Ss]ingle|[Aa]lbum|[Hh]it"
            + "|[Ss]piel|[Ss]how|[Aa]usstellung|[Dd]rama|[Kk]omödie|[Bb]allett|[Dd]okumentation(?:en)?"
            + "|[Rr]eportage(?:n)?|[Rr]evue|[Oo]uvertüre|[Tt]hriller|[Kk]rimi|[Hh]örspiel|[Nn]ovelle|[Ee]rzählung"
            + "|[Bb]allade|[Hh]ymne|[Gg]emälde|[Ss]infonie|[Ss]ymphonie)(?:e?s)?)(?:\\s+wie)?"
            + "\\s*[„“\"»«]\\s*(\\p{Lu}[^„“”\"»«]{0,80}?|\\d[^„“”\"»«]{0,80}?)\\s*[“”\"«»]");
    /** A further quoted title in a list after one found: ", „Der Tag, als …“" or "und „Unsere 60er Jahre“". */
    private static final java.util.regex.Pattern LISTED_TITLE = java.util.regex.Pattern.compile(
            "\\s*(?:,|und|oder|sowie)\\s*[„“\"»«]\\s*(\\p{Lu}[^„“”\"»«]{0,80}?|\\d[^„“”\"»«]{0,80}?)\\s*[“”\"«»]");

    /**
     * Adds titles of works quoted after the noun for their kind ("der Film „My Blueberry Nights“"); GermEval's
     * {@code OTH}. A title replaces what CoreNLP found inside its quotation marks ("Mainz" in „Mainz wie es singt
     * und lacht“).
     */
    private void addQuotedTitles(String text, Sentence sentence, List<MentionNames.Span> found) {
        java.util.regex.Matcher m = QUOTED_TITLE.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            addTitle(text, m.start(2), m.end(2), found);
            java.util.regex.Matcher listed = LISTED_TITLE.matcher(text).region(m.end(), sentence.end());
            while (listed.lookingAt()) {
                addTitle(text, listed.start(1), listed.end(1), found);
                listed.region(listed.end(), sentence.end());
            }
        }
    }

    private static void addTitle(String text, int start, int end, List<MentionNames.Span> found) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int from = start;
        int to = end;
        if (found.stream().anyMatch(s -> s.start() < to && from < s.end() && (s.start() < from || s.end() > to))) {
            return;
        }
        found.removeIf(s -> from <= s.start() && s.end() <= to);
        found.add(new MentionNames.Span(from, to, EntityType.OTHER, null));
    }

    /** A German motorway as written in traffic news: "A 7", "A 100" (not "A4", a paper size or a car). */
    private static final java.util.regex.Pattern MOTORWAY =
            java.util.regex.Pattern.compile("(?<![\\p{L}\\d.-])A (\\d{1,3})(?![\\d\\p{L}-]|[.,]\\d)");
    /** A motorway junction named after a place: "Dreieck Hockenheim", "Kreuz Walldorf". Group 1 is the place. */
    private static final java.util.regex.Pattern JUNCTION = java.util.regex.Pattern.compile(
            "(?<![\\p{L}-])(?:Autobahndreieck|Autobahnkreuz|Dreieck|Kreuz) (\\p{Lu}[\\p{L}-]*\\p{L})");

    /**
     * Adds German motorways ("A 7") where CoreNLP found nothing, and widens a place CoreNLP found after "Dreieck" or
     * "Kreuz" to the junction it names ("Kreuz Walldorf"); GermEval's {@code LOC}.
     */
    private void addRoads(String text, Sentence sentence, List<MentionNames.Span> found) {
        java.util.regex.Matcher m = MOTORWAY.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            int from = m.start();
            int to = m.end();
            if (found.stream().noneMatch(s -> s.start() < to && from < s.end())) {
                found.add(new MentionNames.Span(from, to, EntityType.LOCATION, null));
            }
        }
        java.util.regex.Matcher j = JUNCTION.matcher(text).region(sentence.start(), sentence.end());
        while (j.find()) {
            for (int k = 0; k < found.size(); k++) {
                MentionNames.Span s = found.get(k);
                if (s.start() == j.start(1) && s.end() == j.end(1) && s.type() == EntityType.LOCATION) {
                    found.set(k, new MentionNames.Span(j.start(), j.end(1), EntityType.LOCATION, null));
                }
            }
        }
    }

    /**
     * Whether a place name is an ordinary word too ("Kiel", "Hof"): one word that, or whose lower-case form, is in the
     * word list; a name of several words ("Den Haag") never is. Unlike
     * {@link Lexicon#isOrdinaryWord}, a compound with a dictionary word at its end is no ordinary word here, since so
     * many place names end in one ("Amberg", "Lüneburg", "Suriname").
     */
    private boolean ordinaryPlaceName(String name) {
        return name.indexOf(' ') < 0
                && (lexicon.isKnownWord(name) || lexicon.isKnownWord(name.toLowerCase(java.util.Locale.ROOT)));
    }

    /** Articles that begin place names in other languages ("Den Haag", "La Paz", "Los Angeles", "El Paso"). */
    private static final java.util.Set<String> PLACE_ARTICLES = java.util.Set.of("Den", "La", "Le", "Les", "Las",
            "Los", "El", "Al", "Il", "The");

    /**
     * Widens CoreNLP's place span to a known place that only adds a leading article ("Haag" to "Den Haag"); whether
     * it did. Other longer known names do not replace CoreNLP's span: it judges the context better.
     */
    private static boolean extendedByArticle(String text, int start, int end, List<MentionNames.Span> found) {
        for (int k = 0; k < found.size(); k++) {
            MentionNames.Span s = found.get(k);
            if (s.end() == end && s.start() > start && s.type() == EntityType.LOCATION
                    && PLACE_ARTICLES.contains(text.substring(start, s.start()).strip())) {
                found.set(k, new MentionNames.Span(start, end, EntityType.LOCATION, null));
                return true;
            }
        }
        return false;
    }

    /** Adds names the gazetteer knows where CoreNLP found nothing, and retypes exact gazetteer matches. */
    private void addGazetteerNames(String text, Sentence sentence, List<MentionNames.Span> found) {
        List<org.synoptic.nlp.text.Token> tokens = org.synoptic.nlp.text.WordTokenizer.instance()
                .tokenize(text, sentence.start(), sentence.end());
        int i = 0;
        while (i < tokens.size()) {
            Gazetteer.Match match = gazetteer.longestMatch(text, tokens, i);
            if (match == null) {
                i++;
                continue;
            }
            int start = tokens.get(match.from()).start();
            int end = tokens.get(match.to() - 1).end();
            GazetteerEntry entry = match.entry();
            i = match.to();
            String surface = text.substring(start, end);
            if (entry.type() == EntityType.PERSON || entry.type() == EntityType.LOCATION && entry.sourceKind() == null
                    && !gazetteer.isWellKnownPlace(surface) && (ordinaryPlaceName(surface) || lexicon.isFirstName(surface) || lexicon.isStopWord(surface))) {
                continue; // persons, and places that are ordinary words too: CoreNLP's judgement in context wins
            }
            // organisations that are ordinary words too ("Allianz", "Stern"): only where CoreNLP found a name
            boolean ordinary = entry.type() == EntityType.ORGANIZATION && entry.sourceKind() != SourceKind.GOVERNMENT
                    && surface.indexOf(' ') < 0 && !surface.equals(surface.toUpperCase(java.util.Locale.ROOT))
                    && lexicon.isKnownWord(surface);
            if (end < text.length() && text.charAt(end) == '-'
                    || GENERIC_NOUNS.contains(text.substring(start, end)) && !titled(text, start)) {
                continue;
            }
            if (entry.type() == EntityType.LOCATION && extendedByArticle(text, start, end, found)) {
                continue;
            }
            boolean overlapped = false;
            for (int k = 0; k < found.size(); k++) {
                MentionNames.Span s = found.get(k);
                if (s.start() < end && start < s.end()) {
                    overlapped = true;
                    // "Präsident Cleveland": a person after a title stays one, though a town has the name too
                    if (s.start() == start && s.end() == end && s.type() != entry.type()
                            && !(s.type() == EntityType.PERSON && lexicon.isPersonCue(wordBefore(text, start)))) {
                        found.set(k, new MentionNames.Span(start, end, entry.type(), null));
                    }
                }
            }
            if (!overlapped && !ordinary) {
                found.add(new MentionNames.Span(start, end, entry.type(), null));
            }
        }
    }
}
