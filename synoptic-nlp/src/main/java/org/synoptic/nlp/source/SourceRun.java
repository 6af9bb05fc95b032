package org.synoptic.nlp.source;

import java.util.ArrayList;
import java.util.List;
import org.synoptic.model.CitedSource;
import org.synoptic.model.EntityMention;
import org.synoptic.model.SourceKind;
import org.synoptic.nlp.text.Token;

/** Per-article state of one {@link RuleCitedSourceExtractor#extract} call: confined to that call. */
final class SourceRun {
    final String text;
    final List<EntityMention> entities;
    final List<CitedSource> out = new ArrayList<>();
    String lastOutlet;
    /** The sources relayed in the current sentence, each group with its cue; added after the sentence's direct ones. */
    final List<SourceHit[]> relays = new ArrayList<>();
    final List<String> relayCues = new ArrayList<>();
    List<Token> tokens;
    int sentence;

    SourceRun(String text, List<EntityMention> entities) {
        this.text = text;
        this.entities = entities;
    }

    /** Moves on to the next sentence: its tokens and index; no relays yet. */
    void startSentence(List<Token> sentenceTokens, int index) {
        tokens = sentenceTokens;
        sentence = index;
        relays.clear();
        relayCues.clear();
    }

    /**
     * The source relaying {@code h}: the nearest source of the same sentence before it (the first of a group
     * sharing one cue, as "die New York Times und Associated Press"), else the first one after it.
     */
    String relayer(SourceHit h) {
        int best = -1;
        for (int k = 0; k < out.size(); k++) {
            CitedSource c = out.get(k);
            if (c.sentence() == sentence && c.citedBy() == null && !c.name().equals(h.name())
                    && c.start() < h.start() && (best < 0 || c.start() > out.get(best).start())) {
                best = k;
            }
        }
        if (best >= 0) {
            while (best > 0 && out.get(best - 1).sentence() == sentence
                    && out.get(best - 1).cue().equals(out.get(best).cue()) && out.get(best - 1).citedBy() == null) {
                best--;
            }
            return out.get(best).name();
        }
        for (CitedSource c : out) {
            if (c.sentence() == sentence && c.citedBy() == null && !c.name().equals(h.name())) {
                return c.name();
            }
        }
        return null;
    }

    void add(SourceHit h, String cue, boolean relayed) {
        String citedBy = relayed ? relayer(h) : null;
        for (CitedSource c : out) {
            if (c.start() == h.start()) {
                return;
            }
        }
        out.add(new CitedSource(h.name(), h.kind(), h.start(), h.end(), sentence, cue, citedBy));
        if (h.kind() == SourceKind.OUTLET || h.kind() == SourceKind.AGENCY) {
            lastOutlet = h.name();
        }
    }
}
