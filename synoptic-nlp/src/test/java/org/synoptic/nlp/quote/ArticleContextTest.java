package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.synoptic.model.EntityMention;
import org.synoptic.model.EntityType;
import org.synoptic.model.Sentence;
import org.synoptic.nlp.text.WordTokenizer;
import org.synoptic.text.SentenceSplitter;

/**
 * The per-article context answers what tokenising afresh and scanning the mentions would: every rule may read it
 * instead, and nothing changes but the time taken.
 */
class ArticleContextTest {

    private static final String TEXT = "Verteidigungsminister Peter Lorenz sagte am Montag, die Lage sei ernst. "
            + "„Wir sind bereit“, so John F. Kirby. Die Jong-un-Regierung (Nordkorea) wies das zurück – "
            + "U.S. officials said it would take time.\n\nEin Sprecher sagte: „Nein.“";

    @Test
    void everyRangeGivesTheTokensOfTheTokenizer() {
        List<Sentence> sentences = SentenceSplitter.ruleBased().split(TEXT);
        ArticleContext context = ArticleContext.of(TEXT, sentences, List.of());
        WordTokenizer tokenizer = WordTokenizer.instance();
        for (Sentence s : sentences) {
            assertThat(context.tokens(s)).isEqualTo(tokenizer.tokenize(TEXT, s.start(), s.end()));
        }
        Random random = new Random(18);
        for (int k = 0; k < 5_000; k++) {
            int from = random.nextInt(TEXT.length() + 1);
            int to = from + random.nextInt(Math.min(120, TEXT.length() - from) + 1);
            assertThat(context.tokens(from, to)).as("tokens(%d, %d)", from, to)
                    .isEqualTo(tokenizer.tokenize(TEXT, from, to));
        }
    }

    @Test
    void clauseBoundariesAreTheMarksOfTheSentence() {
        List<Sentence> sentences = SentenceSplitter.ruleBased().split(TEXT);
        ArticleContext context = ArticleContext.of(TEXT, sentences, List.of());
        Sentence first = sentences.get(0);
        List<Integer> marks = context.clauseBoundaries(first);
        assertThat(marks).hasSize(1);
        assertThat(context.tokens(first).get(marks.get(0)).text()).isEqualTo(",");
    }

    @Test
    void mentionIndexFindsWhatAScanFindsFirst() {
        List<EntityMention> mentions = new ArrayList<>();
        mentions.add(new EntityMention("Peter Lorenz", "Peter Lorenz", EntityType.PERSON, 22, 34));
        mentions.add(new EntityMention("Peter", "Peter", EntityType.PERSON, 22, 27));
        mentions.add(new EntityMention("Lorenz", "Lorenz", EntityType.PERSON, 28, 34));
        ArticleContext context = ArticleContext.of(TEXT, SentenceSplitter.ruleBased().split(TEXT), mentions);
        for (int offset = 0; offset < 40; offset++) {
            assertThat(ClauseShapes.entityAt(context.entities(), offset))
                    .isEqualTo(ClauseShapes.entityAt(List.copyOf(mentions), offset));
            assertThat(ClauseShapes.entityEndingAt(context.entities(), offset))
                    .isEqualTo(ClauseShapes.entityEndingAt(List.copyOf(mentions), offset));
        }
        assertThat(context.entities().startingAt(22).name()).isEqualTo("Peter Lorenz");
        assertThat(context.entities().endingAt(34).name()).isEqualTo("Peter Lorenz");
        assertThat(context.entities()).containsExactlyElementsOf(mentions);
    }
}
