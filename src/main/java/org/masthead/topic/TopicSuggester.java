package org.masthead.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.common.Slugs;

/**
 * Suggests topics from an article's own text: the people, places and organisations it names. No
 * named-entity model for Java resolves from Maven Central here, so the names are found the way a reader
 * spots them (runs of capitalised words that are not merely starting a sentence, such as "Parsons Green"
 * or "Bashar al-Assad") and ranked by statistics over the archive: how often the article names each,
 * times how rare the name is across all articles (a name in every article says little about this one).
 * Topics the magazine already has come first. Suggestions are only suggestions: an editor keeps them.
 */
public final class TopicSuggester {
    /** What the suggester asks of the archive; the search index answers. */
    public interface Archive {
        long size();

        long countMentioning(String phrase);
    }

    static final int LIMIT = 30;
    private static final int CANDIDATES = 100;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])[\"”’)]*\\s+|\\n+");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’.-]*");
    private static final Set<String> CONNECTORS = Set.of("of", "de", "la", "le", "du", "da", "del", "der", "van", "von", "bin", "al", "el");
    private static final Set<String> TITLES = Set.of("president", "prime", "minister", "king", "queen", "prince", "princess",
            "general", "senator", "governor", "chancellor", "secretary", "pope", "sheikh", "judge", "mayor", "professor", "lord",
            "lady", "sir", "dame", "colonel", "captain", "ayatollah", "emir", "sultan", "archbishop", "bishop", "justice");
    private static final Set<String> NEVER = Set.of("i", "a", "an", "the", "mr", "mrs", "ms", "dr", "sir", "it", "he", "she",
            "we", "they", "you", "this", "that", "these", "those", "but", "and", "or", "if", "in", "on", "at", "to", "for", "by",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december");

    private final Archive archive;
    private final java.util.function.Function<List<String>, Set<String>> existingSlugs;

    /** {@code existingSlugs} tells which of some slugs are topics the magazine has. */
    public TopicSuggester(Archive archive, java.util.function.Function<List<String>, Set<String>> existingSlugs) {
        this.archive = archive;
        this.existingSlugs = existingSlugs;
    }

    /** Up to {@value #LIMIT} names from the text worth filing the article under, best first, leaving out those chosen. */
    public List<String> suggest(String plainText, List<String> chosen) {
        Map<String, Candidate> found = merged(candidates(plainText));
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

    private static final class Candidate {
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

    /** Every run of capitalised words in the text, with how often it occurs and where first. */
    static Map<String, Candidate> candidates(String text) {
        Set<String> lowerWords = new HashSet<>();
        Set<String> capitalisedInside = new HashSet<>();
        List<List<String>> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text)) {
            List<String> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(sentence);
            int end = -1;
            while (m.find()) {
                // A comma, a dash or a quote between two words ends a name: "Barcelona, Manchester".
                if (end >= 0 && !sentence.substring(end, m.start()).isBlank()) {
                    tokens.add(null);
                }
                String token = trim(m.group());
                tokens.add(token);
                if (!token.isEmpty() && Character.isLowerCase(token.charAt(0)) && !isCapitalised(token)) {
                    lowerWords.add(token);
                } else if (tokens.size() > 1 && isCapitalised(token)) {
                    capitalisedInside.add(token);
                }
                end = m.end();
            }
            sentences.add(tokens);
        }
        Map<String, Candidate> found = new LinkedHashMap<>();
        int position = 0;
        for (List<String> tokens : sentences) {
            List<String> run = new ArrayList<>();
            for (int i = 0; i <= tokens.size(); i++) {
                String token = i < tokens.size() ? tokens.get(i) : null;
                boolean sentenceStart = i == 0 && token != null && !capitalisedInside.contains(token);
                if (token != null && isCapitalised(token) && !sentenceStart
                        || token != null && !run.isEmpty() && CONNECTORS.contains(token)) {
                    run.add(token);
                    continue;
                }
                add(found, run, lowerWords, position++);
                run.clear();
            }
        }
        return found;
    }

    private static void add(Map<String, Candidate> found, List<String> run, Set<String> lowerWords, int position) {
        while (!run.isEmpty() && (CONNECTORS.contains(run.getLast()) || NEVER.contains(run.getLast().toLowerCase(Locale.ROOT)))) {
            run.removeLast();
        }
        while (!run.isEmpty() && NEVER.contains(run.getFirst().toLowerCase(Locale.ROOT))) {
            run.removeFirst();
        }
        // "President Bashar al-Assad" is filed under the person, without the office.
        while (run.size() > 1 && TITLES.contains(run.getFirst().toLowerCase(Locale.ROOT))) {
            run.removeFirst();
        }
        if (run.isEmpty() || run.size() > 5) {
            return;
        }
        String name = String.join(" ", run);
        // CASE: a word capitalised here and used in lower case elsewhere ("Government", "government") is no name.
        if (run.size() == 1 && lowerWords.contains(name.toLowerCase(Locale.ROOT)) || name.length() < 2
                || name.chars().allMatch(Character::isDigit)) {
            return;
        }
        found.computeIfAbsent(name, n -> new Candidate(n, position)).count++;
    }

    /** A word as a name: without a possessive ('s), a trailing full stop, or a lower-case tail ("Isis-related"). */
    private static String trim(String token) {
        String word = token.replaceAll("['’]s?$", "").replaceAll("\\.$", "");
        String[] parts = word.split("-");
        var kept = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].isEmpty() || !Character.isUpperCase(parts[i].charAt(0))) {
                break;
            }
            kept.append('-').append(parts[i]);
        }
        return kept.toString();
    }

    /** Starts with a capital ("Mosul", "ISIS"), or is a particle joined to one ("al-Assad"). */
    private static boolean isCapitalised(String token) {
        if (token.isEmpty()) {
            return false;
        }
        if (Character.isUpperCase(token.charAt(0))) {
            return true;
        }
        int hyphen = token.indexOf('-');
        return hyphen > 0 && hyphen < token.length() - 1 && CONNECTORS.contains(token.substring(0, hyphen))
                && Character.isUpperCase(token.charAt(hyphen + 1));
    }
}
