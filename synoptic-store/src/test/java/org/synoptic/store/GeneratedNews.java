package org.synoptic.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Seeded synthetic German news for durability and load tests: many small stories of a few reports each. */
final class GeneratedNews {

    private static final List<String> PLACES = List.of("Hamburg", "Bremen", "Kiel", "Rostock", "Leipzig", "Dresden",
            "Erfurt", "Kassel", "Mainz", "Trier", "Passau", "Ulm", "Augsburg", "Regensburg", "Freiburg", "Konstanz",
            "Bielefeld", "Münster", "Aachen", "Bonn", "Wuppertal", "Lübeck", "Schwerin", "Potsdam", "Cottbus");
    private static final List<String> EVENTS = List.of("Brückensperrung", "Hochwasser", "Stadtratswahl", "Streik",
            "Großbrand", "Stromausfall", "Haushaltsstreit", "Schulneubau", "Zugausfall", "Hafenerweiterung",
            "Klinikschließung", "Busstreik", "Sturmschaden", "Wasserrohrbruch", "Baustopp", "Messeeröffnung");
    private static final List<String> VERBS = List.of("meldete", "bestätigte", "teilte mit", "erklärte", "berichtete");
    private static final List<String> SOURCES = List.of("die Stadtverwaltung", "die Polizei", "ein Sprecher des Landkreises",
            "die Feuerwehr", "der Bürgermeister", "die Landesregierung");
    private static final List<String> OUTLETS = List.of("Nordkurier", "Elbwacht", "Rheinpost", "Südbote", "Tageblatt",
            "Abendzeitung", "Landesecho", "Stadtspiegel");

    private GeneratedNews() {
    }

    /** Twelve invented, capitalised words that only this story uses, so stories are told apart by their terms. */
    static List<String> storyWords(int story) {
        Random r = new Random(story * 7919L + 17);
        String[] syllables = {"ka", "ro", "mi", "tel", "bur", "an", "sen", "lo", "ver", "gi", "tor", "ul", "ne", "fa", "dor"};
        List<String> words = new java.util.ArrayList<>();
        for (int w = 0; w < 12; w++) {
            StringBuilder word = new StringBuilder();
            for (int k = 0; k < 3 + r.nextInt(2); k++) {
                word.append(syllables[r.nextInt(syllables.length)]);
            }
            words.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return words;
    }

    /** Writes {@code count} articles as JSON lines; article {@code i} has URL {@code https://news.example/i}. */
    static Path write(Path file, int count, long seed) throws IOException {
        Random random = new Random(seed);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                int story = i / 4 + random.nextInt(3);
                String place = PLACES.get(story % PLACES.size());
                String event = EVENTS.get((story / PLACES.size()) % EVENTS.size());
                LocalDate day = LocalDate.of(2024, 1, 1).plusDays(story / 8);
                List<String> words = storyWords(story);
                String title = event + " in " + place + ": " + words.get(0) + " und " + words.get(1);
                StringBuilder text = new StringBuilder();
                for (int s = 0; s < 5 + random.nextInt(4); s++) {
                    text.append(words.get(random.nextInt(words.size()))).append(' ')
                            .append(VERBS.get(random.nextInt(VERBS.size()))).append(' ')
                            .append(SOURCES.get(random.nextInt(SOURCES.size()))).append(" in ").append(place).append(": ");
                    for (int k = 0; k < 6; k++) {
                        text.append(words.get(random.nextInt(words.size()))).append(k == 5 ? ". " : " ");
                    }
                }
                text.append("Meldung ").append(i).append('.');
                w.write("{\"id\":\"gen-" + i + "\",\"url\":\"https://news.example/" + i + "\",\"title\":\"" + title
                        + "\",\"text\":\"" + text + "\",\"outlet\":\"" + OUTLETS.get(random.nextInt(OUTLETS.size()))
                        + "\",\"published\":\"" + day + "\",\"language\":\"de\"}\n");
            }
        }
        return file;
    }
}
