package org.synoptic.nlp.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.synoptic.model.EntityMention;
import org.synoptic.model.EntityType;
import org.synoptic.nlp.entity.Lexicon;
import org.synoptic.nlp.text.Token;

/**
 * Reads the English phrase that names a speaker next to a reporting verb: "fire station commander Daniel Okoro"
 * (the person, role "fire station commander"), "Dr. Jane Roe, a hydrologist at …" (role "hydrologist"), "a spokesman
 * for Acme Water" (the organisation, role "spokesman"), "Acme Water", "he", "the minister".
 *
 * <p>English puts role words in lower case before the name, where the German {@link SpeakerPhrases} expects a
 * capitalised head; that is why English has its own reader. A phrase that is none of these forms gives {@code null}
 * and the caller keeps its German-oriented rules. Stateless and thread-safe.
 */
final class EnglishSpeakers {

    /** A speaker found in a phrase; {@code role} and {@code via} may be {@code null}. */
    record Speaker(EntityMention mention, String role) {
    }

    /** English verbs that report speech ("said"); "quoted" and "cited" relay it ("X quoted Y as saying"). */
    static final Set<String> VERBS = AttributionLexicon.standard().forms(AttributionLexicon.Frame.ENGLISH);
    /** Verbs that relay another speaker's words: "X quoted Y as saying". */
    static final Set<String> RELAY_VERBS = Set.of("quoted", "cited");
    private static final Set<String> ROLE_NOUNS = Set.of("spokesman", "spokeswoman", "spokesperson", "commander",
            "leader", "analyst", "executive", "officer", "official", "director", "minister", "secretary", "chief",
            "chairman", "chairwoman", "chair", "president", "mayor", "governor", "head", "manager", "economist",
            "hydrologist", "scientist", "researcher", "professor", "engineer", "lawyer", "attorney", "councillor",
            "councilor", "senator", "representative", "adviser", "advisor", "inspector", "superintendent", "captain",
            "sergeant", "coordinator", "founder", "owner", "resident", "expert", "geologist", "meteorologist",
            "forecaster", "doctor", "surgeon", "nurse", "teacher", "principal", "prosecutor", "judge", "ambassador",
            "envoy", "general", "colonel", "constable", "firefighter", "planner", "strategist", "trader", "broker",
            "consultant", "partner", "editor", "correspondent", "chancellor", "premier", "deputy", "vice", "treasurer",
            "administrator", "supervisor", "warden", "activist", "campaigner", "organiser", "organizer", "historian");
    private static final Set<String> TITLES = Set.of("Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Prof",
            "Prof.", "Sir", "Dame", "Lord", "Lady");
    private static final Set<String> DETERMINERS = QuoteWords.ENGLISH_ARTICLES;
    private static final Set<String> PRONOUNS = QuoteWords.ENGLISH_PRONOUNS;
    private static final Set<String> ATTACHMENTS = Set.of("for", "of", "at", "from", "with");
    /** Words that may follow the name in the phrase: an adverbial after the verb ("said X on Monday"). */
    private static final Set<String> AFTER_NAME = Set.of("on", "in", "at", "during", "after", "before", "as", "to",
            "late", "earlier", "later", "yesterday", "today", "tonight", "when", "while", "who", "from");

    private final Lexicon lexicon;

    EnglishSpeakers(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    static boolean isVerb(String word) {
        return VERBS.contains(word);
    }

    /** Whether the lower-case word is an English role noun ("commander", "spokeswoman"). */
    boolean isRole(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return ROLE_NOUNS.contains(w) || word.equals(w) && lexicon.isPersonCue(word) && !lexicon.isStopWord(word);
    }

    /**
     * The speaker named by tokens {@code [from, to)}, or {@code null}. {@code person} resolves a role noun without a
     * name ("the minister") to the person introduced with it, or gives {@code null}.
     */
    Speaker phrase(String text, List<Token> t, int from, int to, List<EntityMention> entities,
                   java.util.function.Function<String, EntityMention> person) {
        while (from < to && !t.get(from).isWord()) {
            from++;
        }
        while (to > from && !t.get(to - 1).isWord() && !t.get(to - 1).text().equals(".")) {
            to--;
        }
        if (from >= to) {
            return null;
        }
        if (to - from == 1 && PRONOUNS.contains(t.get(from).text())) {
            Token p = t.get(from);
            return new Speaker(new EntityMention(p.text(), p.text(), EntityType.PERSON, p.start(), p.end()), null);
        }
        Layout l = layout(t, from, to, entities);
        EntityMention e = nameAt(text, t, l.name(), to, entities);
        if (e != null && e.type() == EntityType.PERSON) {
            return personSpeaker(text, t, l, e);
        }
        return roleSpeaker(text, t, l, entities, person);
    }

    /**
     * The parts of an English speaker phrase in tokens [from, to): [determiner] [Org] [role words] [title] NAME.
     *
     * @param org     the organisation opening the phrase, or {@code null} (any non-person mention)
     * @param orgEnd  the token after the organisation (the role words start here)
     * @param roleEnd the token after the lower-case role words
     * @param name    the token after the titles, where a name would start
     */
    private record Layout(int from, int to, boolean determiner, EntityMention org, int orgEnd, int roleEnd, int name) {
    }

    private static Layout layout(List<Token> t, int from, int to, List<EntityMention> entities) {
        boolean determiner = DETERMINERS.contains(t.get(from).text());
        int k = determiner ? from + 1 : from;
        int orgEnd = k;
        EntityMention org = entityAt(entities, t.get(k).start());
        if (org != null && org.type() != EntityType.PERSON) {
            orgEnd = after(t, k, org);
        }
        int j = orgEnd;
        while (j < to && j - orgEnd < 5 && t.get(j).isLowerCase() && !ATTACHMENTS.contains(t.get(j).text())
                && !AFTER_NAME.contains(t.get(j).text())) {
            j++;
        }
        int roleEnd = j;
        while (j < to && TITLES.contains(t.get(j).text())) {
            j++;
            if (j < to && t.get(j).text().equals(".")) {
                j++;
            }
        }
        return new Layout(from, to, determiner, org, orgEnd, roleEnd, j);
    }

    /** The mention at {@code t[j]}; a given name with capitalised words after it is a person the entity rules missed. */
    private EntityMention nameAt(String text, List<Token> t, int j, int to, List<EntityMention> entities) {
        EntityMention e = j < to ? entityAt(entities, t.get(j).start()) : null;
        if (j < to && (e == null || e.type() != EntityType.PERSON) && lexicon.isFirstName(t.get(j).text())) {
            // "Clara Moss" with a given name the entity rules split or missed: the capitalised words are the name
            int end = j + 1;
            while (end < to && end - j < 3 && t.get(end).isCapitalised()) {
                end++;
            }
            if (end > j + 1) {
                e = new EntityMention(span(text, t, j, end), span(text, t, j, end), EntityType.PERSON,
                        t.get(j).start(), t.get(end - 1).end());
            }
        }
        return e;
    }

    /** A phrase naming the person {@code e}, with its role before the name, its title, or a role in apposition. */
    private Speaker personSpeaker(String text, List<Token> t, Layout l, EntityMention e) {
        int end = after(t, l.name(), e);
        if (end < l.to() && !AFTER_NAME.contains(t.get(end).text()) && !t.get(end).text().equals(",")) {
            return null; // more words follow the name: not a plain subject
        }
        boolean roleWords = l.roleEnd() > l.orgEnd();
        if (roleWords && !isRole(t.get(l.roleEnd() - 1).text())) {
            return null; // "residents near Jane Roe": the words before the name are no role
        }
        String role = roleWords ? span(text, t, l.orgEnd(), l.roleEnd()) : null;
        if (role == null && l.name() > l.roleEnd()) {
            role = span(text, t, l.roleEnd(), l.name()); // a title: "Dr."
        }
        if (role == null) {
            role = appositionRole(t, end);
        }
        return new Speaker(new EntityMention(span(text, t, l.from(), end), e.name(), EntityType.PERSON,
                t.get(l.from()).start(), t.get(end - 1).end()), role);
    }

    /**
     * A phrase without a person's name: an organisation alone ("Acme Water said"), through its role ("Acme
     * spokeswoman"), a role for an organisation ("a spokesman for Acme Water"), or "the minister" resolved by
     * {@code person}.
     */
    private Speaker roleSpeaker(String text, List<Token> t, Layout l, List<EntityMention> entities,
                                java.util.function.Function<String, EntityMention> person) {
        int from = l.from();
        int to = l.to();
        int roleEnd = l.roleEnd();
        EntityMention org = l.org();
        if (roleEnd == l.orgEnd() || !isRole(t.get(roleEnd - 1).text())) {
            // "Acme Water said": an organisation alone
            if (org != null && org.type() != EntityType.LOCATION && l.orgEnd() == to && !l.determiner()) {
                return new Speaker(org, null);
            }
            return null;
        }
        String role = span(text, t, l.orgEnd(), roleEnd);
        if (org != null && org.type() != EntityType.LOCATION && roleEnd == to) {
            // "Acme spokeswoman", "an Acme spokesman": the organisation speaks through its role
            return new Speaker(new EntityMention(span(text, t, from, to), org.name(), org.type(),
                    t.get(from).start(), t.get(to - 1).end()), role);
        }
        if (roleEnd < to && ATTACHMENTS.contains(t.get(roleEnd).text()) && roleEnd + 1 < to) {
            return attachedOrganisation(text, t, l, entities, role);
        }
        if (l.determiner() && t.get(from).text().equalsIgnoreCase("the") && roleEnd == to && person != null) {
            // "the minister said": the person introduced as minister
            String noun = t.get(roleEnd - 1).text();
            EntityMention p = person.apply(noun);
            return p == null ? null : new Speaker(new EntityMention(span(text, t, from, to), p.name(),
                    EntityType.PERSON, t.get(from).start(), t.get(to - 1).end()), noun);
        }
        return null;
    }

    /** "a spokesman for Acme Water": the organisation after the attachment, when its name closes the phrase. */
    private Speaker attachedOrganisation(String text, List<Token> t, Layout l, List<EntityMention> entities,
                                         String role) {
        int from = l.from();
        int to = l.to();
        int o = l.roleEnd() + 1;
        if (o < to && DETERMINERS.contains(t.get(o).text())) {
            o++;
        }
        EntityMention named = o < to ? entityAt(entities, t.get(o).start()) : null;
        if (named != null && after(t, o, named) == to) {
            return new Speaker(new EntityMention(span(text, t, from, to), named.name(),
                    named.type(), t.get(from).start(), t.get(to - 1).end()), role);
        }
        int end = o;
        while (end < to && t.get(end).isCapitalised()) {
            end++;
        }
        if (end > o && end == to) {
            // capitalised words the entity rules split or missed ("Acme" "Water"): the words are the name
            return new Speaker(new EntityMention(span(text, t, from, to), span(text, t, o, to),
                    EntityType.ORGANIZATION, t.get(from).start(), t.get(to - 1).end()), role);
        }
        return null;
    }

    /** "…, an analyst at Acme" after the name at {@code tokens[k]}: "analyst"; or {@code null}. */
    private String appositionRole(List<Token> t, int k) {
        if (k + 2 >= t.size() || !t.get(k).text().equals(",") || !Set.of("a", "an", "the").contains(t.get(k + 1).text())) {
            return null;
        }
        int j = k + 2;
        StringBuilder role = new StringBuilder();
        while (j < t.size() && j < k + 6 && t.get(j).isLowerCase() && !ATTACHMENTS.contains(t.get(j).text())) {
            role.append(role.length() == 0 ? "" : " ").append(t.get(j).text());
            j++;
        }
        return j > k + 2 && isRole(t.get(j - 1).text()) ? role.toString() : null;
    }

    /**
     * The role a person was introduced with in lower case, right before the name ("county council leader Jane Roe":
     * "county council leader"), or {@code null}.
     */
    String roleBefore(List<Token> before) {
        int end = before.size();
        int k = end;
        while (k > 0 && end - k < 5 && before.get(k - 1).isLowerCase()) {
            k--;
        }
        if (k == end || !isRole(before.get(end - 1).text())) {
            return null;
        }
        while (k < end && (DETERMINERS.contains(before.get(k).text()) || ATTACHMENTS.contains(before.get(k).text())
                || !isRole(before.get(k).text()) && isVerb(before.get(k).text()))) {
            k++;
        }
        StringBuilder role = new StringBuilder();
        for (int j = k; j < end; j++) {
            role.append(role.length() == 0 ? "" : " ").append(before.get(j).text());
        }
        return role.length() == 0 ? null : role.toString();
    }

    private static int after(List<Token> t, int k, EntityMention e) {
        int j = k;
        while (j < t.size() && t.get(j).start() < e.end()) {
            j++;
        }
        return j;
    }

    private static String span(String text, List<Token> t, int from, int to) {
        return text.substring(t.get(from).start(), t.get(to - 1).end()).replace('\n', ' ');
    }

    private static EntityMention entityAt(List<EntityMention> entities, int start) {
        return ClauseShapes.entityAt(entities, start);
    }
}
