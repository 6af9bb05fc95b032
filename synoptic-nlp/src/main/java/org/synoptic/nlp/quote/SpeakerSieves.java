package org.synoptic.nlp.quote;

import static org.synoptic.nlp.quote.Attribution.unattributed;
import static org.synoptic.nlp.quote.QuoteWords.OUTLET_NOUNS;
import static org.synoptic.nlp.quote.SourcePhrases.possessiveOwner;

import org.synoptic.model.EntityMention;
import org.synoptic.model.EntityType;
import org.synoptic.model.Quote;

/**
 * The speaker sieves, one class each, named by the id they record in a quote's provenance. The first six read
 * what the finder left and are exclusive ({@code SpeakerResolver.referenceSieves}); the last four fill in quotes still
 * without a speaker ({@code SpeakerResolver.fillSieves}). Each is stateless; the helpers they share
 * (pronoun referents, the sentence around a quote) live in {@link SpeakerResolver}.
 */
final class SpeakerSieves {

    private SpeakerSieves() {
    }

    /** {@code stance-subject}: a continuation after a stance sentence ("Das Institut sieht keine Gefahr. …"). */
    record StanceSubject() implements SpeakerSieve {
        @Override
        public Decision decide(Round in, Quote current) {
            Quote q = in.candidate();
            EntityMention stance = in.left() instanceof SpeakerReference.PreviousSpeaker
                    ? in.stances().get(q.start()) : null;
            if (stance == null) {
                return null;
            }
            return new Decision(new Quote(q.text(), q.start(), q.end(), stance.name(), stance.start(), stance.end(),
                    null, null, q.direct(), q.kind()), "stance-subject");
        }
    }

    /** {@code previous-speaker}: "Demnach …", a Konjunktiv continuation: the near previous quote's speaker. */
    record PreviousSpeaker() implements SpeakerSieve {
        @Override
        public Decision decide(Round in, Quote current) {
            Quote q = in.candidate();
            Quote previous = in.previous();
            if (!(in.left() instanceof SpeakerReference.PreviousSpeaker back)) {
                return null;
            }
            if (!in.near()) {
                return new Decision(unattributed(q), null);
            }
            if (back.start() == back.end()) {
                return new Decision(new Quote(q.text(), q.start(), q.end(), previous.speaker(),
                        previous.speakerStart(), previous.speakerEnd(), previous.speakerRole(), previous.via(),
                        q.direct(), q.kind()), "previous-speaker");
            }
            return new Decision(new Quote(q.text(), q.start(), q.end(), previous.speaker(), back.start(), back.end(),
                    previous.speakerRole(), previous.via(), q.direct(), q.kind()), "previous-speaker");
        }
    }

    /** A report noun that names no one, or an own subject that could not be read: no speaker. */
    record Unresolvable() implements SpeakerSieve {
        @Override
        public Decision decide(Round in, Quote current) {
            return in.left() instanceof SpeakerReference.Unknown || in.left() instanceof SpeakerReference.OwnSubject
                    ? new Decision(unattributed(in.candidate()), null) : null;
        }
    }

    /** {@code pronoun}: "er", "sie", "seiner Ansicht nach": the nearest fitting person ({@link Gender}). */
    record Pronoun(SpeakerResolver resolver) implements SpeakerSieve {
        @Override
        public Decision decide(Round in, Quote current) {
            Quote q = in.candidate();
            String name = q.speaker();
            String text = in.text();
            if (!(name != null && q.speakerStart() >= 0 && SpeakerPhrases.isPronoun(name)
                    && (name.equals(text.substring(q.speakerStart(), q.speakerEnd()))
                    || name.equals(possessiveOwner(text.substring(q.speakerStart(), q.speakerEnd())))))) {
                return null;
            }
            String person = resolver.pronounReferent(text, q, in.near() ? in.previous() : null, in.entities(),
                    in.spans(), in.subjects());
            return new Decision(person == null ? unattributed(q) : new Quote(q.text(), q.start(), q.end(), person,
                    q.speakerStart(), q.speakerEnd(), q.speakerRole(), q.via(), q.direct(), q.kind()), "pronoun");
        }
    }

    /** {@code outlet-noun}: "schrieb die Zeitung", "the newspaper": the outlet or agency named last before. */
    record OutletNoun(SpeakerGrammar grammar) implements SpeakerSieve {
        @Override
        public Decision decide(Round in, Quote current) {
            Quote q = in.candidate();
            String name = q.speaker();
            if (!(name != null && q.speakerStart() >= 0 && (OUTLET_NOUNS.contains(name)
                    || name.equals("newspaper") || name.equals("agency")))) {
                return null;
            }
            EntityMention outlet = grammar.lastOutletBefore(in.entities(), q.speakerStart());
            if (outlet == null) {
                return new Decision(q, null);
            }
            return new Decision(new Quote(q.text(), q.start(), q.end(), outlet.name(), q.speakerStart(),
                    q.speakerEnd(), q.speakerRole(), q.via(), q.direct(), q.kind()), "outlet-noun");
        }
    }

    /** {@code role-noun}: "der Minister": the person introduced before with that role. */
    record RoleNoun(SpeakerGrammar grammar) implements SpeakerSieve {
        @Override
        public Decision decide(Round in, Quote current) {
            Quote q = in.candidate();
            String name = q.speaker();
            if (!(name != null && name.indexOf(' ') < 0 && grammar.lexicon.isPersonCue(name)
                    && q.speakerStart() >= 0)) {
                return null;
            }
            EntityMention person = grammar.roleReferent(in.text(), name, q.speakerStart(), in.entities());
            if (person == null) {
                return new Decision(q, null);
            }
            return new Decision(new Quote(q.text(), q.start(), q.end(), person.name(), q.speakerStart(),
                    q.speakerEnd(), name, q.via(), q.direct(), q.kind()), "role-noun");
        }
    }

    /** {@code split-quote}: „In absehbarer Zeit“, so X, wird VW „…“: the second part of a quote split by its clause. */
    record SplitQuote() implements SpeakerSieve {
        @Override
        public Decision decide(Round in, Quote r) {
            Quote previous = in.previous();
            if (r.speaker() == null && r.direct() && previous != null && previous.direct()
                    && previous.end() <= r.start() && r.start() - previous.end() < 200
                    && previous.speakerStart() >= previous.end() && previous.speakerEnd() <= r.start()
                    && !in.text().substring(previous.end(), r.start()).matches("(?s).*[.!?]\\s.*")) {
                return new Decision(new Quote(r.text(), r.start(), r.end(), previous.speaker(),
                        previous.speakerStart(), previous.speakerEnd(), previous.speakerRole(),
                        r.via() != null ? r.via() : previous.via(), true, r.kind()), "split-quote");
            }
            return null;
        }
    }

    /**
     * {@code enclosing-statement}: die Kanadier sagen, der Pilot trage die „volle Verantwortung“: a quoted fragment
     * speaks with the reported statement around it (the last such statement resolved before).
     */
    record EnclosingStatement() implements SpeakerSieve {
        @Override
        public Decision decide(Round in, Quote current) {
            if (current.speaker() != null || !current.direct()) {
                return null;
            }
            Quote r = current;
            boolean found = false;
            for (Quote o : in.resolved()) {
                if (!o.direct() && o.speaker() != null && o.start() <= r.start() && r.end() <= o.end()) {
                    found = true;
                    r = new Quote(r.text(), r.start(), r.end(), o.speaker(), o.speakerStart(), o.speakerEnd(),
                            o.speakerRole(), r.via() != null ? r.via() : o.via(), true, r.kind());
                }
            }
            return found ? new Decision(r, "enclosing-statement") : null;
        }
    }

    /**
     * {@code reported-around}: Künast sagte, es müsse … . Es drohe „eine dramatische Erderwärmung“: the
     * quote inside a subjunctive sentence right after the speaker's words goes on reporting them.
     */
    record ReportedAround(SpeakerResolver resolver) implements SpeakerSieve {
        @Override
        public Decision decide(Round in, Quote r) {
            Quote previous = in.previous();
            if (r.speaker() == null && r.direct() && in.near()
                    && resolver.reportedAround(in.article(), r, previous)) {
                return new Decision(new Quote(r.text(), r.start(), r.end(), previous.speaker(),
                        previous.speakerStart(), previous.speakerEnd(), previous.speakerRole(),
                        r.via() != null ? r.via() : previous.via(), true, r.kind()), "reported-around");
            }
            return null;
        }
    }

    /**
     * {@code opening-subject}: "Die Experten kamen zu dem Ergebnis, dass …": the subject opening the sentence of a
     * quote that its finder left without speaker holds the view; a pronoun there is resolved like {@link Pronoun}.
     */
    record OpeningSubject(SpeakerResolver resolver) implements SpeakerSieve {
        @Override
        public Decision decide(Round in, Quote r) {
            if (r.speaker() != null || in.candidate().speaker() != null || in.left() != null) {
                return null;
            }
            EntityMention subject = resolver.openingSpeaker(in.article(), r);
            if (subject != null && SpeakerPhrases.isPronoun(subject.text())) {
                Quote pronoun = new Quote(r.text(), r.start(), r.end(), subject.text(), subject.start(),
                        subject.end(), null, r.via(), r.direct(), r.kind());
                String person = resolver.pronounReferent(in.text(), pronoun, in.near() ? in.previous() : null,
                        in.entities(), in.spans(), in.subjects());
                subject = person == null ? null
                        : new EntityMention(subject.text(), person, EntityType.PERSON, subject.start(), subject.end());
            }
            if (subject == null) {
                return null;
            }
            return new Decision(new Quote(r.text(), r.start(), r.end(), subject.name(), subject.start(), subject.end(),
                    null, r.via(), r.direct(), r.kind()), "opening-subject");
        }
    }

    /**
     * {@code pronoun-subject}: a pronoun speaker ("Er sagte lediglich: „…“") that {@link Pronoun} could not resolve,
     * because the entity rules missed its person, takes the speaking subject that opens one of the sentences just
     * before it ("Saddam Hussein hatte vor Gericht erklärt, … Er sagte lediglich"); the speaker's mention stays the
     * pronoun, its name is the subject's.
     */
    record PronounSubject(SpeakerResolver resolver) implements SpeakerSieve {
        @Override
        public Decision decide(Round in, Quote r) {
            Quote q = in.candidate();
            if (r.speaker() != null || q.speaker() == null || q.speakerStart() < 0
                    || !SpeakerPhrases.isPronoun(q.speaker())
                    || !q.speaker().equals(in.text().substring(q.speakerStart(), q.speakerEnd()))) {
                return null;
            }
            EntityMention subject = resolver.subjectBefore(in.article(), q.speakerStart(), Gender.ofPronoun(q.speaker()));
            if (subject == null) {
                return null;
            }
            return new Decision(new Quote(r.text(), r.start(), r.end(), subject.name(), q.speakerStart(),
                    q.speakerEnd(), null, r.via(), r.direct(), r.kind()), "pronoun-subject");
        }
    }
}
