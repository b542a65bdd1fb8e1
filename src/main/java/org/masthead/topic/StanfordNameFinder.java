package org.masthead.topic;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names found by Stanford CoreNLP's CRF tagger with its English model of people, places and organisations
 * (trained on news; the model file ships inside masthead.jar). Loading the model takes about three seconds
 * and 120 MB of memory, so it is loaded when an editor first needs suggestions, never for readers, and let
 * go after a while unused. One text is tagged at a time.
 */
public final class StanfordNameFinder implements NameFinder, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StanfordNameFinder.class);
    static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    /** The start of a very long text is tagged, no more: the names that matter come early, and time grows with length. */
    static final int MAX_CHARACTERS = 50_000;
    private static final Set<String> KINDS = Set.of("PERSON", "LOCATION", "ORGANIZATION");

    private final Duration keepFor;
    private final ScheduledExecutorService release = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("names-model-release").daemon().factory());
    private CRFClassifier<CoreLabel> model;
    private long lastUsed;

    /** Keeps the model loaded for {@code keepFor} after its last use. */
    public StanfordNameFinder(Duration keepFor) {
        this.keepFor = keepFor;
    }

    @Override
    public synchronized List<String> mentions(String text) {
        String cut = cut(text);
        List<String> mentions = new ArrayList<>();
        for (Triple<String, Integer, Integer> found : loaded().classifyToCharacterOffsets(cut)) {
            if (KINDS.contains(found.first())) {
                mentions.add(cut.substring(found.second(), found.third()));
            }
        }
        lastUsed = System.nanoTime();
        return mentions;
    }

    /** Whether the model is in memory now. */
    synchronized boolean isLoaded() {
        return model != null;
    }

    private CRFClassifier<CoreLabel> loaded() {
        if (model == null) {
            long started = System.nanoTime();
            // CoreNLP logs through its own logger to standard error; send it where the rest of Masthead's goes.
            // (Here, not at class loading: every command builds a finder, and only editors ever load the model.)
            RedwoodConfiguration.slf4j().apply();
            try {
                model = CRFClassifier.getClassifier(MODEL);
            } catch (IOException e) {
                throw new UncheckedIOException("the named-entity model " + MODEL + " cannot be read", e);
            } catch (ClassNotFoundException | ClassCastException e) {
                throw new IllegalStateException("the named-entity model " + MODEL + " does not fit this CoreNLP", e);
            }
            log.info("Loaded the named-entity model for topic suggestions in {} ms", (System.nanoTime() - started) / 1_000_000);
            release.schedule(this::releaseIfUnused, keepFor.toMillis(), TimeUnit.MILLISECONDS);
        }
        return model;
    }

    private synchronized void releaseIfUnused() {
        long unusedFor = System.nanoTime() - lastUsed;
        if (unusedFor >= keepFor.toNanos()) {
            model = null;
            log.info("Let go of the named-entity model, unused for {} minutes", keepFor.toMinutes());
        } else {
            release.schedule(this::releaseIfUnused, keepFor.toNanos() - unusedFor, TimeUnit.NANOSECONDS);
        }
    }

    /** The text up to {@value #MAX_CHARACTERS} characters, cut between words. */
    static String cut(String text) {
        if (text.length() <= MAX_CHARACTERS) {
            return text;
        }
        int space = text.lastIndexOf(' ', MAX_CHARACTERS);
        return text.substring(0, space > MAX_CHARACTERS / 2 ? space : MAX_CHARACTERS);
    }

    @Override
    public void close() {
        release.shutdownNow();
        synchronized (this) {
            model = null;
        }
    }
}
