package org.synoptic.nlp.entity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.synoptic.model.EntityMention;
import org.synoptic.model.EntityType;

/**
 * Gives each mention of one article its canonical name: the gazetteer's name for known organisations and places
 * ("NYT" -> "New York Times"), the longest co-referring full name for persons ("Schoigu", "Shoigu" -> "Sergej
 * Schoigu"; "Kim" -> "Kim Jong-un"), and the mention without a genitive s otherwise ("Putins" -> "Putin").
 *
 * <p>A one-word mention that joins no person takes the type most of the article's mentions of that word were given,
 * and a one-word mention that starts exactly one multi-word organisation's name and is never tagged a place is that
 * organisation ("Veltrix" beside "Veltrix Semiconductor").
 *
 * <p>A one-word mention joins a full person name only when exactly one full name in the article has a word with the
 * same {@link NameNormalizer} key: with "Anna Müller" and "Thomas Müller" both present, "Müller" keeps its own name.
 * Stateless and thread-safe.
 */
final class MentionNames {

    /** A found mention before naming: offsets, type and, when known, the canonical name. */
    record Span(int start, int end, EntityType type, String canonical) {
    }

    private final Gazetteer gazetteer;
    private final NameNormalizer normalizer = NameNormalizer.instance();

    MentionNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Mentions for non-overlapping spans in text order, each with its canonical name. */
    List<EntityMention> resolve(String text, List<Span> spans) {
        Map<String, String> fullByKey = new LinkedHashMap<>();
        Map<String, Set<String>> fullKeysByWord = new HashMap<>();
        for (Span s : spans) {
            String name = stripGenitive(text.substring(s.start(), s.end()), text);
            List<String> keys = normalizer.keys(name);
            if (s.type() == EntityType.PERSON && keys.size() > 1) {
                String key = String.join(" ", keys);
                fullByKey.merge(key, name, (a, b) -> b.length() > a.length() ? b : a);
                for (String k : keys) {
                    fullKeysByWord.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(key);
                }
            }
        }
        // One-word mentions: the types CoreNLP gave each surface in this article, and organisations by first word.
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        Map<String, Set<String>> organisationsByFirstKey = new HashMap<>();
        for (Span s : spans) {
            String name = stripGenitive(text.substring(s.start(), s.end()), text);
            List<String> keys = normalizer.keys(name);
            if (keys.size() == 1) {
                votes.computeIfAbsent(keys.get(0), k -> new EnumMap<>(EntityType.class)).merge(s.type(), 1,
                        Integer::sum);
            } else if (keys.size() > 1 && s.type() == EntityType.ORGANIZATION) {
                organisationsByFirstKey.computeIfAbsent(keys.get(0), k -> new LinkedHashSet<>()).add(name);
            }
        }
        // A shorter full name takes a longer one that has all its words: "Kim Jong-un" -> "Kim Jong-un" is itself.
        Map<String, String> nameByFullKey = new HashMap<>();
        for (Map.Entry<String, String> e : fullByKey.entrySet()) {
            String best = e.getValue();
            List<String> keys = List.of(e.getKey().split(" "));
            for (Map.Entry<String, String> other : fullByKey.entrySet()) {
                if (other.getValue().length() > best.length() && List.of(other.getKey().split(" ")).containsAll(keys)) {
                    best = other.getValue();
                }
            }
            nameByFullKey.put(e.getKey(), best);
        }
        List<EntityMention> out = new ArrayList<>();
        int lastEnd = -1;
        for (Span s : spans) {
            if (s.start() < lastEnd) {
                continue;
            }
            String surface = text.substring(s.start(), s.end());
            String stem = stripGenitive(surface, text);
            List<String> keys = normalizer.keys(stem);
            if (keys.isEmpty()) {
                continue;
            }
            EntityType type = s.type();
            String name = s.canonical();
            GazetteerEntry known = gazetteer.lookup(stem);
            if (name == null && known != null && known.type() != EntityType.PERSON) {
                name = known.canonical();
            }
            if (name == null && keys.size() > 1 && type == EntityType.PERSON) {
                name = nameByFullKey.getOrDefault(String.join(" ", keys), stem);
            }
            if (name == null && keys.size() == 1 && (type == EntityType.PERSON || type == EntityType.OTHER)) {
                Set<String> targets = fullKeysByWord.get(keys.get(0));
                if (targets != null) {
                    Set<String> people = new LinkedHashSet<>();
                    targets.forEach(k -> people.add(nameByFullKey.getOrDefault(k, k)));
                    if (people.size() == 1) {
                        name = people.iterator().next();
                    }
                    type = EntityType.PERSON;
                }
            }
            if (name == null && keys.size() == 1 && !fullKeysByWord.containsKey(keys.get(0))) {
                Map<EntityType, Integer> typeVotes = votes.getOrDefault(keys.get(0), Map.of());
                Set<String> organisations = organisationsByFirstKey.getOrDefault(keys.get(0), Set.of());
                if (type != EntityType.LOCATION && organisations.size() == 1 && known == null
                        && !typeVotes.containsKey(EntityType.LOCATION)) {
                    // "Veltrix" beside "Veltrix Semiconductor": the company's short name
                    type = EntityType.ORGANIZATION;
                    name = organisations.iterator().next();
                } else {
                    type = majority(typeVotes, type);
                }
            }
            out.add(new EntityMention(surface, name == null ? stem : name, type, s.start(), s.end()));
            lastEnd = s.end();
        }
        return List.copyOf(out);
    }

    /**
     * The type most of the article's mentions of one word were given ("Brno" tagged a place twice and a person
     * once is a place); {@code own} on a tie.
     */
    private static EntityType majority(Map<EntityType, Integer> votes, EntityType own) {
        EntityType best = own;
        int bestVotes = votes.getOrDefault(own, 0);
        for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        return best;
    }

    /** "Putins", "Kim Jong-uns": the genitive s goes when the rest is a known name or occurs alone in the text. */
    private String stripGenitive(String name, String text) {
        if (name.length() > 3 && (name.endsWith("s") || name.endsWith("'") || name.endsWith("’"))) {
            String stem = name.endsWith("s") ? name.substring(0, name.length() - 1) : name.substring(0, name.length() - 1);
            if (name.endsWith("'") || name.endsWith("’")) {
                return stem;
            }
            String lastWord = stem.substring(stem.lastIndexOf(' ') + 1);
            if (gazetteer.lookup(stem) != null || lastWord.contains("-") && lastWord.endsWith("un")
                    || occursAlone(text, stem)) {
                return stem;
            }
        }
        return name;
    }

    private static boolean occursAlone(String text, String word) {
        int from = 0;
        while (true) {
            int i = text.indexOf(word, from);
            if (i < 0) {
                return false;
            }
            int end = i + word.length();
            boolean leftOk = i == 0 || !Character.isLetter(text.charAt(i - 1));
            boolean rightOk = end == text.length() || !Character.isLetter(text.charAt(end));
            if (leftOk && rightOk) {
                return true;
            }
            from = i + 1;
        }
    }
}
