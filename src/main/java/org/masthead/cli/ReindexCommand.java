package org.masthead.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarStyle;
import org.masthead.platform.Config;
import org.masthead.boot.Masthead;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuild the search index from the magazine's published articles.",
            "The server keeps its index up to date by itself and rebuilds it after an upgrade that needs it;",
            "this is for an index that was deleted or damaged. With the index in the data directory (Lucene),",
            "stop the server first: the index has one writer. With search.opensearch.url the servers may run:",
            "the index is built beside the live one, which they search until it is done."})
final class ReindexCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() {
        try (Masthead masthead = Masthead.open(data.config(Config.Overrides.none()))) {
            var indexer = masthead.search();
            long total = indexer.publishedCount();
            long started = System.nanoTime();
            long done;
            if (System.console() != null) {
                try (ProgressBar bar = ProgressBar.builder().setTaskName("Indexing").setInitialMax(total).setUnit(" articles", 1)
                        .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(250).showSpeed().build()) {
                    done = indexer.rebuild(bar::stepTo);
                }
            } else {
                // CASE: output to a file or a pipe: no bar redrawn in place, only the result.
                done = indexer.rebuild(count -> { });
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            var out = spec.commandLine().getOut();
            out.printf("Indexed %,d published %s with a text in %.1f s.%n", done, done == 1 ? "article" : "articles", took.toMillis() / 1000.0);
            out.flush();
            return 0;
        }
    }
}
