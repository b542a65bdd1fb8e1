package org.masthead.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.masthead.common.Slugs;

/**
 * Suggests topics from an article's own text: the people, places and organisations it names, as a
 * named-entity model finds them, ranked by statistics over the archive: how often the article names each,
 * times how rare the name is across all articles (a name in every article says little about this one).
 * Topics the magazine already has come first. Suggestions are only suggestions: an editor keeps them.
 */
public final class TopicSuggester {
    /** What the suggester asks of the archive; the search index answers. */
    public interface Archive {
        long size();

        long countMentioning(String phrase);

        /** An archive answering from these two functions (the search index's own). */
        static Archive of(java.util.function.LongSupplier size, java.util.function.ToLongFunction<String> countMentioning) {
            return new Archive() {
                @Override
                public long size() {
                    return size.getAsLong();
                }

                @Override
                public long countMentioning(String phrase) {
                    return countMentioning.applyAsLong(phrase);
                }
            };
        }
    }

    static final int LIMIT = 30;
    private static final int CANDIDATES = 100;
    private static final Set<String> TITLES = Set.of("president", "prime", "minister", "king", "queen", "prince", "princess",
            "general", "senator", "governor", "chancellor", "secretary", "pope", "sheikh", "judge", "mayor", "professor", "lord",
            "lady", "sir", "dame", "colonel", "captain", "ayatollah", "emir", "sultan", "archbishop", "bishop", "justice", "mr",
            "mrs", "ms", "dr", "the");

    private final NameFinder names;
    private final Archive archive;
    private final java.util.function.Function<List<String>, Set<String>> existingSlugs;

    /** {@code existingSlugs} tells which of some slugs are topics the magazine has. */
    public TopicSuggester(NameFinder names, Archive archive, java.util.function.Function<List<String>, Set<String>> existingSlugs) {
        this.names = names;
        this.archive = archive;
        this.existingSlugs = existingSlugs;
    }

    /** Up to {@value #LIMIT} names from the text worth filing the article under, best first, leaving out those chosen. */
    public List<String> suggest(String plainText, List<String> chosen) {
        Map<String, Candidate> found = merged(candidates(names.mentions(plainText)));
        if (found.size() > CANDIDATES) {
            // Each candidate costs a look at the archive: only the names the article uses most are weighed.
            List<Candidate> most = new ArrayList<>(found.values());
            most.sort(Comparator.comparingInt((Candidate c) -> -c.count).thenComparingInt(c -> c.first));
            found = new LinkedHashMap<>();
            for (Candidate candidate : most.subList(0, CANDIDATES)) {
                found.put(candidate.name, candidate);
            }
        }
        Set<String> taken = new HashSet<>();
        chosen.forEach(name -> taken.add(Slugs.of(name)));
        Set<String> existing = existingSlugs.apply(found.keySet().stream().map(Slugs::of).toList());
        long size = Math.max(1, archive.size());
        List<Candidate> ranked = new ArrayList<>();
        for (Candidate candidate : found.values()) {
            String slug = Slugs.of(candidate.name);
            if (slug.isEmpty() || taken.contains(slug)) {
                continue;
            }
            double rarity = Math.log(1 + (size + 1.0) / (archive.countMentioning(candidate.name) + 1.0));
            candidate.score = candidate.count * rarity * (candidate.name.contains(" ") ? 1.5 : 1) * (existing.contains(slug) ? 3 : 1);
            ranked.add(candidate);
        }
        ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparingInt(c -> c.first));
        return ranked.stream().limit(LIMIT).map(c -> c.name).toList();
    }

    static final class Candidate {
        final String name;
        final int first;
        int count;
        double score;

        Candidate(String name, int first) {
            this.name = name;
            this.first = first;
        }
    }

    /**
     * One name for one thing: a lone word that ends a longer name counts for it ("Assad" for "Bashar
     * al-Assad"), and a word that is another with an ending counts for that one ("Iraqis" for "Iraq").
     */
    static Map<String, Candidate> merged(Map<String, Candidate> found) {
        Map<String, Candidate> kept = new LinkedHashMap<>(found);
        for (Candidate single : found.values()) {
            if (single.name.contains(" ")) {
                continue;
            }
            Candidate into = null;
            for (Candidate other : found.values()) {
                if (other != single && (other.name.endsWith(" " + single.name) || other.name.endsWith("-" + single.name))
                        && other.name.split(" ").length <= 3) {
                    into = other;
                    break;
                }
                String stem = other.name.toLowerCase(Locale.ROOT);
                String word = single.name.toLowerCase(Locale.ROOT);
                if (other != single && !other.name.contains(" ") && stem.length() >= 4 && word.startsWith(stem)
                        && word.length() - stem.length() <= 3) {
                    into = other;
                }
            }
            if (into != null) {
                into.count += single.count;
                kept.remove(single.name);
            }
        }
        return kept;
    }

    /**
     * The names mentioned, each with how often and where first. Spellings of one name ("Isis", "ISIS") count
     * together under the one used most.
     */
    static Map<String, Candidate> candidates(List<String> mentions) {
        Map<String, Map<String, Integer>> spellings = new LinkedHashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (int position = 0; position < mentions.size(); position++) {
            String name = clean(mentions.get(position));
            String slug = Slugs.of(name);
            if (name.length() < 2 || slug.isEmpty() || name.length() > 100) {
                continue;
            }
            spellings.computeIfAbsent(slug, s -> new LinkedHashMap<>()).merge(name, 1, Integer::sum);
            first.putIfAbsent(slug, position);
        }
        Map<String, Candidate> found = new LinkedHashMap<>();
        spellings.forEach((slug, ways) -> {
            String usual = ways.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            var candidate = new Candidate(usual, first.get(slug));
            candidate.count = ways.values().stream().mapToInt(Integer::intValue).sum();
            found.put(usual, candidate);
        });
        return found;
    }

    /** A name as a topic: on one line, without a possessive ('s) or an office before it ("President Bashar al-Assad"). */
    static String clean(String mention) {
        String name = org.masthead.common.Names.clean(mention).replaceAll("['’]s?$", "");
        String[] words = name.split(" ");
        int from = 0;
        while (from < words.length - 1 && TITLES.contains(words[from].toLowerCase(Locale.ROOT).replace(".", ""))) {
            from++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }
}
