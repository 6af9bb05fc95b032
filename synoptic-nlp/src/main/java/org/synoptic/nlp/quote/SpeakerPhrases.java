package org.synoptic.nlp.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.synoptic.model.EntityMention;
import org.synoptic.model.EntityType;
import org.synoptic.nlp.entity.Lexicon;
import org.synoptic.nlp.text.Token;

/**
 * Finds the noun phrase that names a speaker where the text names it: the subject of a reporting verb ("sagte der
 * Sprecher des Ministeriums", "Die Richter des Gerichts erklärten"), the source after "laut" or "nach Angaben", a
 * pronoun. Gives its offsets (the mention) and the name a reader should see (a person's canonical name, or the phrase
 * itself without its article when no person is named: "Sprecher des Ministeriums").
 *
 * <p>A phrase is: an optional determiner, lower-case modifiers, one or more capitalised words (the head, where a found
 * person or organisation name may stand), an optional party in brackets, up to three genitive, "von", office or
 * place attachments ("Ken Rice vom Institut für Astronomie in Edinburgh"), and an apposition that is a found person's
 * name between commas. Pronouns are phrases of one word whose name is left
 * to the caller (see {@link #isPronoun}). Stateless and thread-safe.
 */
final class SpeakerPhrases {

    /** A phrase over tokens {@code [first, last)}; {@code headEnd} ends the part before any attachment. */
    record Phrase(int first, int headEnd, int last) {
    }

    private static final Set<String> GENITIVE = Set.of("des", "der", "eines", "einer", "von", "vom", "dieser",
            "dieses", "seiner", "seines", "ihrer", "ihres", "of");
    private static final Set<String> NOT_MODIFIERS = Set.of("heute", "gerne", "ohne", "aber", "oder", "unter",
            "über", "hinter", "weiter", "später", "wieder", "immer", "etwa", "eine", "seine", "ihre", "diese", "alle",
            "sowie", "bereits", "schon", "ebenfalls", "jedoch", "zudem", "damals", "sondern", "nämlich", "darüber",
            "daher", "dabei", "dazu", "gegenüber", "sich", "nicht", "noch", "auch", "und", "die", "der", "das", "den",
            "dem", "des", "einen", "einem", "eines", "einer");

    private static final Set<String> PARTITIVES = Set.of("Einer", "Eine", "Eines", "Einige", "Viele", "Mehrere",
            "Keiner", "Jeder", "Zwei", "Drei");
    private static final Set<String> CONJUNCTIONS = Set.of("Denn", "Doch", "Aber", "Und", "Oder", "Sondern",
            "Allerdings", "Jedoch", "Zudem", "Auch", "Nur", "Einzig", "Selbst", "Sogar");
    private static final Set<String> CLAUSE_ADVERBS = Set.of("hingegen", "dagegen", "jedoch", "allerdings",
            "indes", "wiederum", "selbst", "ihrerseits", "seinerseits", "however");
    private static final Set<String> HARD_BOUNDARIES = Set.of(".", ":", ";", "!", "?", "“", "”", "\"", "«", "»",
            "wie", "dass", "weil", "da", "nachdem", "sodass", "ob", "wonach", "laut", "as");

    private static final Set<String> NO_SUBJECT_START = Set.of("laut", "nach", "in", "im", "am", "an", "auf", "aus",
            "bei", "beim", "mit", "von", "vom", "vor", "zu", "zum", "zur", "für", "gegen", "über", "unter", "durch",
            "seit", "während", "wegen", "trotz", "gemäß", "zufolge", "gegenüber", "dann", "später", "zudem", "außerdem", "auch",
            "so", "demnach", "danach", "dabei", "daher", "deshalb", "jedoch", "aber", "und", "oder", "wie", "als",
            "heute", "gestern", "morgen", "hier", "dort", "nun", "jetzt", "bereits", "schon", "erst", "noch", "es",
            "according", "on", "at", "after", "before", "while", "but", "and", "it", "there", "this", "that");

    /** Fixed adverbials that look like a noun phrase: "Des Weiteren". */
    private static final Set<String> ADVERBIAL_PHRASES = Set.of("des weiteren", "des öfteren", "des ungeachtet",
            "des nachts", "des abends", "des morgens", "seiner zeit", "ihrer zeit", "zur zeit", "zu zeit");

    /** Prepositions of an adverbial inside a participial modifier: "die am Montag veröffentlichte Studie". */
    private static final Set<String> PARTICIPIAL_PREPOSITIONS = Set.of("am", "im", "vom", "seit", "zum", "zur", "für",
            "in", "aus", "mit");

    /** Words that may link the parts of a name in a role apposition: "Fraktionschefin der Partei für Arbeit". */
    private static final Set<String> LOOSE_LINKS = Set.of("für", "von", "vom", "der", "des", "und", "in", "im",
            "aus", "sowie", "dem", "den", "die", "das", "einer", "eines", "bei", "beim", "am", "an", "zur", "zum");

    /** A name that opens with a lower-case particle and a hyphen: "el-Baradei", "al-Sadr". */
    private static final java.util.regex.Pattern NAME_PARTICLE = java.util.regex.Pattern.compile(
            "(el|al|ad|as|ash|at|ibn|bin|abu)-\\p{Lu}\\p{L}+");

    private final Lexicon lexicon;

    SpeakerPhrases(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    static boolean isPronoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return QuoteWords.PRONOUNS.contains(lower) || QuoteWords.ENGLISH_PLURAL_PRONOUNS.contains(lower);
    }

    /** Whether the word may stand between a subject and its verb: "Die Kanadier hingegen sagen". */
    static boolean isClauseAdverb(String word) {
        return CLAUSE_ADVERBS.contains(word);
    }

    static boolean isDeterminer(String word) {
        return QuoteWords.PHRASE_DETERMINERS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The phrase starting at {@code tokens[k]}, or {@code null} when none starts there. */
    Phrase at(List<Token> tokens, int k, List<EntityMention> entities) {
        int n = tokens.size();
        if (k >= n || !tokens.get(k).isWord()) {
            return null;
        }
        if (isPronoun(tokens.get(k).text())) {
            return new Phrase(k, k + 1, k + 1);
        }
        if (CONJUNCTIONS.contains(tokens.get(k).text()) && k + 1 < n && tokens.get(k + 1).isCapitalised()
                && !CONJUNCTIONS.contains(tokens.get(k + 1).text())) {
            // "Auch Feinstein argumentierte", "Doch der Minister sagte": the particle is no part of the subject
            Phrase rest = at(tokens, k + 1, entities);
            if (rest != null) {
                return rest;
            }
        }
        if (k + 1 < n && ADVERBIAL_PHRASES.contains(tokens.get(k).text().toLowerCase(Locale.ROOT) + " "
                + tokens.get(k + 1).text().toLowerCase(Locale.ROOT))) {
            return null; // "Des Weiteren", "Im Übrigen": an adverbial, not a subject
        }
        if (NO_SUBJECT_START.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            return null; // "Laut Reuters", "Am Montag", "Dann": an adverbial, not a subject
        }
        if (PARTITIVES.contains(tokens.get(k).text()) && k + 2 < n
                && Set.of("der", "des", "von").contains(tokens.get(k + 1).text())) {
            // "Einer der 13 beteiligten Feuerwehrmänner", "Einige von ihnen": the group names the speaker
            Phrase group = at(tokens, tokens.get(k + 1).text().equals("von") ? k + 2 : k + 1, entities);
            return group == null ? null : new Phrase(k, group.headEnd(), group.last());
        }
        return nounPhrase(tokens, k, entities);
    }

    /**
     * The noun phrase from {@code tokens[k]}: [determiner] [modifiers] capitalised head ["und" role] [party], then
     * attachments (genitive, "für" an office, "in" a place), a person's name in apposition, a role in apposition.
     */
    private Phrase nounPhrase(List<Token> tokens, int k, List<EntityMention> entities) {
        int n = tokens.size();
        int i = k;
        boolean determiner = isDeterminer(tokens.get(i).text());
        if (determiner) {
            i++;
        }
        i = modifiers(tokens, i);
        int head = i;
        i = capitalised(tokens, i, entities, 5);
        if (i == head) {
            return null;
        }
        if (!determiner && i - head == 1 && (lexicon.isStopWord(tokens.get(head).text())
                || head == k && entityAt(entities, tokens.get(head).start()) == null
                && isAdverb(tokens.get(head).text())
                && (i >= tokens.size() || !GENITIVE.contains(tokens.get(i).text())))) {
            return null; // "Am", "Dann", "Weiter", "Insbesondere": a function word or adverb, not a subject
        }
        if (!determiner && head == k && i - head > 1 && entityAt(entities, tokens.get(head).start()) == null
                && (lexicon.isStopWord(tokens.get(head).text()) || CONJUNCTIONS.contains(tokens.get(head).text()))) {
            return null; // "Denn Deutschland propagiere …": a conjunction before the subject is no part of it
        }
        if (i + 1 < n && tokens.get(i).text().equals("und") && isRole(tokens.get(i - 1)) && isRole(tokens.get(i + 1))) {
            i = capitalised(tokens, i + 1, entities, 3); // "Der frühere Bürgermeister und Justizsenator"
        }
        i = party(tokens, i);
        int headEnd = i;
        i = attachments(tokens, i, entities);
        i = nameApposition(tokens, i, entities);
        if (i + 1 < n && tokens.get(i).text().equals(",")) {
            i = roleApposition(tokens, i, entities);
        }
        return new Phrase(k, headEnd, i);
    }

    /** Up to three attachments after a head ending before {@code tokens[i]}; returns the token after them. */
    private int attachments(List<Token> tokens, int i, List<EntityMention> entities) {
        int n = tokens.size();
        for (int attachments = 0; attachments < 3 && i < n; attachments++) {
            boolean place = Set.of("in", "aus").contains(tokens.get(i).text()) && i + 1 < n
                    && isPlace(entities, tokens.get(i + 1));
            boolean office = tokens.get(i).text().equals("für") && i > 0 && isOffice(tokens.get(i - 1).text());
            if (!GENITIVE.contains(tokens.get(i).text()) && !office && !place) {
                break; // "der Sprecher des Ministeriums", "der Kommissar für Energie", "die Polizei in Bremen"
            }
            int j = modifiers(tokens, i + 1);
            if (j < n && isDeterminer(tokens.get(j).text()) && tokens.get(i).text().startsWith("von")) {
                j = modifiers(tokens, j + 1);
            }
            int end = capitalised(tokens, j, entities, 4);
            if (end == j) {
                break;
            }
            i = party(tokens, end);
        }
        return i;
    }

    /** "Der Vorsitzende des Verbands, Michael Weber, sagte": the person's name in apposition, closed by a mark. */
    private static int nameApposition(List<Token> tokens, int i, List<EntityMention> entities) {
        int n = tokens.size();
        if (i + 1 < n && tokens.get(i).text().equals(",")) {
            EntityMention e = entityAt(entities, tokens.get(i + 1).start());
            if (e != null && e.type() == EntityType.PERSON) {
                int j = i + 1;
                while (j < n && tokens.get(j).start() < e.end()) {
                    j++;
                }
                j = party(tokens, j);
                if (j >= n || Set.of(",", ".", ":").contains(tokens.get(j).text())) {
                    return j;
                }
            }
        }
        return i;
    }

    private boolean isRole(Token t) {
        return t.isCapitalised() && (lexicon.isPersonCue(t.text()) || RuleQuoteExtractor.isRoleNoun(t));
    }

    private static boolean hasComma(List<Token> tokens, Phrase p) {
        for (int k = p.first(); k < p.last(); k++) {
            if (tokens.get(k).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * After a comma at {@code tokens[comma]}, a role in apposition closed by a second comma ("Renate Künast,
     * Fraktionschefin der Grünen, kritisierte", "Honoré Durand, der Geschäftsführer des Unternehmens, sagte"): gives
     * the index of the closing comma, or {@code comma} when no such apposition follows. The apposition must be a
     * phrase whose head holds a role noun; a relative clause ("die den Minister kritisierte") is none.
     */
    private int roleApposition(List<Token> tokens, int comma, List<EntityMention> entities) {
        int n = tokens.size();
        if (comma + 1 >= n || tokens.get(comma + 1).text().equals("„")) {
            return comma;
        }
        int k = comma + 1;
        boolean possessive = tokens.get(k).isCapitalised() && tokens.get(k).text().endsWith("s") && k + 1 < n
                && tokens.get(k + 1).isCapitalised(); // "Papiers Stellvertreter"
        Phrase q = at(tokens, possessive ? k + 1 : k, entities);
        if (q == null || isPronoun(tokens.get(q.first()).text())) {
            return comma;
        }
        boolean role = false;
        for (int j = q.first(); j < q.headEnd(); j++) {
            role |= tokens.get(j).isCapitalised() && (lexicon.isPersonCue(tokens.get(j).text())
                    || RuleQuoteExtractor.isRoleNoun(tokens.get(j)));
        }
        int j = q.last();
        while (j < n && j - q.last() < 14 && !tokens.get(j).text().equals(",")) {
            Token t = tokens.get(j);
            String w = t.text();
            boolean adjective = t.isLowerCase() && w.matches("\\p{L}+(e|en|er|es|em)") && !w.matches(".*te[n]?")
                    && ReportingVerbs.form(w) == null && !lexicon.isStopWord(w);
            boolean loose = t.isCapitalised() || Character.isDigit(w.charAt(0)) || "/-().".contains(w)
                    || LOOSE_LINKS.contains(w) || adjective;
            if (!loose) {
                return comma; // "Bündnis 90/Die Grünen" is loose; a verb or lower-case word is not
            }
            j++;
        }
        return role && j < n && tokens.get(j).text().equals(",") ? j : comma;
    }

    /**
     * The subject before the finite verb at {@code tokens[verb]}: the phrase that fills everything from a clause start
     * (the sentence start, a colon, a closing quote or "wie"/"dass"/"weil") to the verb.
     */
    Phrase endingAt(List<Token> tokens, int verb, List<EntityMention> entities) {
        for (int s = verb - 1; s >= Math.max(0, verb - 16); s--) {
            String previous = s == 0 ? null : tokens.get(s - 1).text();
            boolean hard = previous == null || HARD_BOUNDARIES.contains(previous);
            if (hard || previous.equals(",") || previous.equals("(") || previous.equals("–")) {
                Phrase p = at(tokens, s, entities);
                int j = p == null ? -1 : p.last();
                while (j >= 0 && j < verb && CLAUSE_ADVERBS.contains(tokens.get(j).text())) {
                    j++; // "Die Kanadier hingegen sagen"
                }
                if (j >= 0 && j + 1 == verb && tokens.get(j).text().equals(",") && hasComma(tokens, p)) {
                    j++; // "Renate Künast, Fraktionschefin der Grünen, kritisierte": the comma closes an apposition
                }
                if (p != null && j == verb) {
                    return p;
                }
                if (hard) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * The mention of phrase {@code p}: its offsets, and as name the person named in its head or apposition, else an
     * organisation named in its head, else the phrase without its leading determiner ("Sprecher des Ministeriums").
     * A pronoun's name is the pronoun itself, for the caller to resolve.
     */
    EntityMention mention(String text, List<Token> tokens, Phrase p, List<EntityMention> entities) {
        int start = tokens.get(p.first()).start();
        int end = tokens.get(p.last() - 1).end();
        String surface = text.substring(start, end);
        if (p.last() - p.first() == 1 && isPronoun(surface)) {
            return new EntityMention(surface, surface, EntityType.PERSON, start, end);
        }
        int headEnd = tokens.get(p.headEnd() - 1).end();
        EntityMention other = null;
        for (EntityMention e : entities) {
            if (e.start() < start || e.end() > end) {
                continue;
            }
            boolean inHead = e.end() <= headEnd;
            boolean apposition = !inHead && text.substring(headEnd, e.start()).contains(",");
            if (e.type() == EntityType.PERSON && (inHead || apposition)) {
                return new EntityMention(surface, e.name(), EntityType.PERSON, start, end);
            }
            if (inHead && other == null && e.type() != EntityType.LOCATION) {
                other = e;
            }
        }
        boolean role = false;
        for (int k = p.first(); k < p.headEnd(); k++) {
            role |= lexicon.isPersonCue(tokens.get(k).text()) && tokens.get(k).isCapitalised();
        }
        if (other != null && !role) {
            return new EntityMention(surface, other.name(), other.type(), start, end);
        }
        int nameFrom = isDeterminer(tokens.get(p.first()).text()) ? tokens.get(Math.min(p.first() + 1, p.last() - 1))
                .start() : start;
        for (EntityMention e : entities) {
            if (!role && e.type() == EntityType.LOCATION && e.start() <= nameFrom && e.end() >= headEnd) {
                // "Die Vereinigten Staaten erklärten": a country speaks through its government, by its name
                return new EntityMention(surface, e.name(), EntityType.LOCATION, start, end);
            }
        }
        int from = isDeterminer(tokens.get(p.first()).text()) && p.last() - p.first() > 1
                && !PARTITIVES.contains(tokens.get(p.first()).text()) ? tokens.get(p.first() + 1).start() : start;
        String name = text.substring(from, end).replace('\n', ' ');
        if (name.endsWith(",")) {
            name = name.substring(0, name.length() - 1);
        }
        int apposition = name.indexOf(", ");
        if (apposition > 0) {
            // "Renate Künast, Fraktionschefin der Grünen": the head names the speaker, the apposition is a role;
            // "Der bayerische CSU-Vorsitzende, Edmund Stoiber": the apposition is the name
            String appended = name.substring(apposition + 2);
            String head = name.substring(0, apposition);
            boolean named = appended.matches("\\p{Lu}[\\p{L}.'-]*( \\p{Lu}[\\p{L}.'-]*){0,3}")
                    && (head.matches(".*\\p{Ll}+ .*") || lexicon.isPersonCue(head));
            name = named ? appended : name.substring(0, apposition);
        }
        name = name.replaceAll("[„“”\"»«]", ""); // die „Computerwoche“ is named Computerwoche
        return new EntityMention(surface, name, role ? EntityType.PERSON : EntityType.ORGANIZATION, start, end);
    }

    /**
     * Whether a capitalised word is an adverb or other non-noun at the start of a clause ("Weiter", "Dazu",
     * "Insbesondere"): the word list has its lower-case form but not the capitalised one (nouns are listed in both).
     */
    private boolean isAdverb(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.equals("weiter") || !lexicon.isKnownWord(word) && lexicon.isKnownWord(lower);
    }

    private int modifiers(List<Token> tokens, int i) {
        int count = 0;
        while (i < tokens.size() && count < 4) {
            Token t = tokens.get(i);
            String w = t.text();
            int j = i + 1;
            if (PARTICIPIAL_PREPOSITIONS.contains(w) && j + 1 < tokens.size() && isDeterminer(tokens.get(j).text())
                    && Set.of("für", "in", "aus", "mit", "seit").contains(w)) {
                j++; // "der für die Region zuständige Koordinator"
            }
            if (PARTICIPIAL_PREPOSITIONS.contains(w) && j + 2 < tokens.size() && tokens.get(j).isCapitalised()
                    && tokens.get(j + 1).isLowerCase() && tokens.get(j + 1).text().matches("\\p{L}+(e|en|er|es|em)")
                    && tokens.get(j + 2).isCapitalised()) {
                i = j + 1; // "einer am Dienstag veröffentlichten Pressemitteilung": a participle with its adverbial
                count++;
                continue;
            }
            boolean number = Character.isDigit(w.charAt(0));
            boolean adjective = t.isLowerCase() && !NOT_MODIFIERS.contains(w) && !w.endsWith("dem")
                    && (w.endsWith("e") || w.endsWith("en") || w.endsWith("er") || w.endsWith("es") || w.endsWith("em"))
                    && ReportingVerbs.form(w) == null;
            if (!number && !adjective) {
                break;
            }
            i++;
            count++;
        }
        return i;
    }

    private static int capitalised(List<Token> tokens, int i, List<EntityMention> entities, int max) {
        int start = i;
        while (i < tokens.size() && i - start < max) {
            Token t = tokens.get(i);
            EntityMention e = entityAt(entities, t.start());
            if (e != null) {
                while (i < tokens.size() && tokens.get(i).start() < e.end()) {
                    i++;
                }
                if (i < tokens.size() && entityAt(entities, tokens.get(i).start()) != null) {
                    break; // "hat Nordkorea Russland unterstützt": two names in a row are two phrases
                }
                continue;
            }
            if (t.isWord() && (t.isCapitalised() || NAME_PARTICLE.matcher(t.text()).matches())
                    || i > start && t.text().equals("-")) {
                i++; // "el-Baradei", "al-Assad": a name with a lower-case particle
                continue;
            }
            // "die Zeitung „Die Welt“": a quoted name right after the head (a name starts with a capital; "laut dem
            // Rathaus „in den nächsten Wochen“" quotes words, not a name)
            if ((i > start || start > 0 && isDeterminer(tokens.get(start - 1).text())) && "„\"»".contains(t.text())
                    && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalised()) {
                int j = i + 1;
                while (j < tokens.size() && j - i < 6 && !"“\"«”".contains(tokens.get(j).text())) {
                    j++;
                }
                if (j < tokens.size() && j - i < 6) {
                    i = j + 1;
                    continue;
                }
            }
            break;
        }
        return i;
    }

    private static int party(List<Token> tokens, int i) {
        if (i + 2 < tokens.size() && tokens.get(i).text().equals("(") && tokens.get(i + 2).text().equals(")")
                && tokens.get(i + 1).isCapitalised()) {
            return i + 3; // "(CDU)"
        }
        return i;
    }

    /** Whether a noun names an office that takes "für" ("Kommissar für Energie", "Ministerium für Umwelt"). */
    private boolean isOffice(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lexicon.isPersonCue(word) || lower.endsWith("ministerium") || lower.endsWith("amt")
                || lower.endsWith("behörde") || lower.endsWith("ausschuss") || lower.endsWith("kommission")
                || lower.endsWith("beauftragte") || lower.endsWith("beauftragter") || lower.endsWith("kommissar")
                || lower.endsWith("kommissarin") || lower.endsWith("institut") || lower.endsWith("zentrum")
                || lower.endsWith("vereinigung") || lower.endsWith("verband") || lower.endsWith("gesellschaft")
                || lower.endsWith("stiftung") || lower.endsWith("zentrale") || lower.endsWith("agentur")
                || lower.endsWith("organisation") || lower.endsWith("bundesamt") || lower.endsWith("stelle");
    }

    private static boolean isPlace(List<EntityMention> entities, Token t) {
        EntityMention e = entityAt(entities, t.start());
        return e != null && e.type() == EntityType.LOCATION;
    }

    static EntityMention entityAt(List<EntityMention> entities, int start) {
        return ClauseShapes.entityAt(entities, start);
    }
}
