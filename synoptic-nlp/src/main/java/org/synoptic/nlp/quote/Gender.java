package org.synoptic.nlp.quote;

import java.util.Locale;
import java.util.Set;

/**
 * The grammatical gender a pronoun asks for and a person or noun phrase offers: "er" fits a man or a masculine
 * noun ("der Bericht"), "sie" a woman, a feminine noun ("die Polizei") or a plural.
 *
 * <p>Guesses are cautious: a name gives a gender only through a title ("Frau", "Ministerin"), a role ending in
 * "-in", or a given name whose gender is plain from its form ("Anna", "Maria"; a short list of exceptions such as
 * "Andrea" and "Nikita" stays unknown). {@link #UNKNOWN} fits every pronoun.
 */
enum Gender {
    MALE, FEMALE, UNKNOWN;

    private static final Set<String> FEMALE_NAMES = Set.of("Ingrid", "Karin", "Doris", "Ruth", "Miriam", "Carmen",
            "Elisabeth", "Margit", "Gudrun", "Sigrid", "Astrid", "Birgit", "Gertrud", "Edith", "Judith", "Ellen",
            "Kathrin", "Katrin", "Kristin", "Christin", "Heidi", "Ulrike", "Renate", "Hillary", "Condoleezza",
            "Margaret", "Madeleine", "Ségolène", "Beatrix", "Elizabeth", "Ann", "Jill", "Sarah", "Esther",
            "Irmgard", "Hildegard", "Waltraud", "Heike", "Silke", "Elke", "Anke", "Ulla", "Ursula", "Marion", "Susan",
            "Ines", "Iris", "Nancy", "Mary", "Shirley", "Helen", "Annegret", "Yvonne", "Sahra",
            "Ilse", "Grit", "Dagmar", "Sigrun", "Gisela", "Beate", "Karen", "Jutta", "Brigitte", "Michelle", "Rachel");
    private static final Set<String> MALE_ENDING_IN_A = Set.of("Andrea", "Nikita", "Ilja", "Sascha", "Mischa",
            "Luca", "Luka", "Mustafa", "Musa", "Hamza", "Osama", "Usama", "Attila", "Jona", "Joschka", "Costa", "Nicola",
            "Yahya", "Taha", "Isa", "Jaroslava", "Kofi", "Aba", "Juha", "Pekka", "Jukka", "Mika", "Mikka", "Akira",
            "Shinzo", "Uwe", "Ove", "Mike", "Pierre", "George", "Steve", "Dave", "Jose", "José", "Joe", "Rene", "René",
            "Moshe", "Bernie", "Wayne", "Clyde", "Lee", "Bruce", "Jesse", "Duane", "Dwayne", "Claude", "Antoine",
            "Lothar", "Horst", "Umberto", "Andrzej", "Malte", "Ole", "Kalle", "Nicolae", "Boris", "Kim", "Henrique");

    /** Whether a pronoun of gender {@code wanted} may stand for this. */
    boolean fits(Gender wanted) {
        return this == UNKNOWN || wanted == UNKNOWN || this == wanted;
    }

    /** The gender of a German pronoun or possessive: "er" male, "sie" female (or plural), anything else unknown. */
    static Gender ofPronoun(String pronoun) {
        return switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "er", "he", "ihm", "ihn", "him" -> MALE;
            case "sie", "she", "her" -> FEMALE;
            default -> UNKNOWN;
        };
    }

    /** The gender a role word gives ("Ministerin", "Frau" female; "Minister", "Herr" male), or unknown. */
    static Gender ofRole(String role) {
        if (role == null || role.isEmpty() || !Character.isUpperCase(role.charAt(0))) {
            return UNKNOWN;
        }
        if (role.equals("Frau") || role.endsWith("in") && !role.endsWith("ein")) {
            return FEMALE; // "Kanzlerin", "Sprecherin"
        }
        if (role.equals("Herr") || role.equals("Herrn") || role.endsWith("er") || role.endsWith("ent")
                || role.endsWith("chef") || role.endsWith("leiter")) {
            return MALE; // "Minister", "Präsident"; "Vorsitzende" is either
        }
        return UNKNOWN;
    }

    /** The gender a person's name suggests by its given name, or unknown. */
    static Gender ofName(String name) {
        String first = name.split("[\\s]+")[0];
        if (MALE_ENDING_IN_A.contains(first)) {
            return first.equals("Kim") || first.equals("Andrea") ? UNKNOWN : MALE;
        }
        if (FEMALE_NAMES.contains(first)) {
            return FEMALE;
        }
        if (name.indexOf(' ') < 0) {
            return UNKNOWN; // a surname alone says nothing
        }
        if (first.length() > 2 && (first.endsWith("a") || first.endsWith("ine") || first.endsWith("ette")
                || first.endsWith("elle") || first.endsWith("ie") && !first.endsWith("Charlie"))) {
            return FEMALE;
        }
        boolean consonantEnd = "aeiouyéè".indexOf(Character.toLowerCase(first.charAt(first.length() - 1))) < 0;
        return first.length() > 2 && Character.isUpperCase(first.charAt(0)) && consonantEnd
                && first.chars().allMatch(Character::isLetter) ? MALE : UNKNOWN;
    }

    /** The gender of a German determiner as subject (nominative): "der" male, "die" female or plural. */
    static Gender ofDeterminer(String determiner) {
        return switch (determiner.toLowerCase(Locale.ROOT)) {
            case "der", "ein", "dieser", "sein", "ihr", "dem", "des", "einem", "eines" -> MALE;
            case "die", "eine", "diese", "seine", "ihre", "einer" -> FEMALE;
            default -> UNKNOWN;
        };
    }
}
