package org.masthead.support;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;

/**
 * axe-core (Deque's accessibility engine, the one in browsers' developer tools) run in the page on screen,
 * limited to the rules of WCAG 2.1 levels A and AA.
 */
public final class Axe {
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {}

    /** The rules of axe's best practices for landmarks: one main, one banner, one footer, each landmark named apart. */
    public static final List<String> LANDMARKS = List.of("landmark-unique", "landmark-one-main", "landmark-no-duplicate-banner",
            "landmark-no-duplicate-contentinfo", "landmark-no-duplicate-main");

    /** The WCAG 2.1 AA violations on the page as it is now; fails if axe itself could not run. */
    public static List<Rule> violations(Page page) {
        return run(page, builder -> builder.withTags(WCAG_21_AA));
    }

    /** The violations of these rules only (such as {@link #LANDMARKS}) on the page as it is now. */
    public static List<Rule> violationsOf(Page page, List<String> rules) {
        return run(page, builder -> builder.withRules(rules));
    }

    /** Runs axe with the rules {@code chosen} picks; they are picked after the options, which would replace them. */
    private static List<Rule> run(Page page, java.util.function.UnaryOperator<AxeBuilder> chosen) {
        var options = new AxeRunOptions();
        // Only the failures come back: the passes' elements are most of the result and nothing reads them.
        options.setResultTypes(List.of("violations"));
        // axe-core's classic run inside the page: our pages have no frames, which is what the newer mode is for,
        // and that mode opens a page of its own for every check and loads axe twice (four times slower here).
        AxeResults results = chosen.apply(new AxeBuilder(page).options(options)).setLegacyMode(true).analyze();
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not check " + page.url() + ": " + results.getErrorMessage());
        }
        return results.getViolations();
    }

    /** The violations as a list to read: rule, impact, what it asks, and each element with what is wrong there. */
    public static String report(List<Rule> violations) {
        var out = new StringBuilder();
        for (Rule rule : violations) {
            out.append("\n  ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ").append(rule.getHelp())
                    .append(" <").append(rule.getHelpUrl().replaceFirst("\\?.*", "")).append(">");
            for (CheckedNode node : rule.getNodes()) {
                out.append("\n    at ").append(node.getTarget());
                String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().strip();
                for (String line : summary.split("\n")) {
                    out.append("\n       ").append(line.strip());
                }
            }
        }
        return out.toString();
    }
}
