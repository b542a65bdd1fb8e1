package org.masthead.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarStyle;
import org.masthead.common.Invalid;
import org.masthead.platform.Config;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.transfer.MagazineExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the whole magazine into one file: articles and pages with their revisions and notes, authors,",
            "topics, editions, pictures and attachments with their files, redirects, settings, people (without their",
            "passwords), import keys and the audit log. `import` restores it into an empty magazine, on SQLite or",
            "PostgreSQL. Secrets are never in it. Safe to run while the server is running: it reads one moment."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write (a ZIP archive)")
    Path out;

    @Option(names = "--force", description = "replace FILE if it exists")
    boolean force;

    @Override
    public Integer call() {
        Config config = data.config(Config.Overrides.none());
        // CASE: a mistyped --data must not create an empty magazine and export that.
        if (!config.database().isPostgres() && !Files.exists(config.dataDir().resolve(Database.SQLITE_FILE))) {
            throw new Invalid("data", "there is no magazine in " + config.dataDir() + " (no " + Database.SQLITE_FILE + ")");
        }
        try (Masthead masthead = Masthead.open(config)) {
            MagazineExport.Summary summary = withProgress(progress -> masthead.export().export(out, force, progress));
            var print = spec.commandLine().getOut();
            print.printf("Exported %s to %s (%s).%n", masthead.settings().current().title(), summary.file(), size(summary.bytes()));
            for (Map.Entry<String, Long> table : summary.rows().entrySet()) {
                print.printf("  %-18s %,d%n", table.getKey().replace('_', ' ') + ":", table.getValue());
            }
            print.printf("  %-18s %,d (%s)%n", "media files:", summary.mediaFiles(), size(summary.mediaBytes()));
            print.println("Left out: passwords and two-factor secrets, the mail password, API keys, sessions and password "
                    + "reset links.");
            summary.notes().forEach(note -> print.println("Note: " + note));
            print.flush();
            return 0;
        }
    }

    private interface Run {
        MagazineExport.Summary with(MagazineExport.Progress progress);
    }

    /** A bar on a terminal; only the summary when the output is a file or a pipe. */
    private static MagazineExport.Summary withProgress(Run run) {
        if (System.console() == null) {
            return run.with(MagazineExport.Progress.NONE);
        }
        try (ProgressBar bar = ProgressBar.builder().setTaskName("Exporting").setInitialMax(1).setUnit(" items", 1)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(250).showSpeed().build()) {
            return run.with((done, total) -> {
                bar.maxHint(Math.max(1, total));
                bar.stepTo(done);
            });
        }
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format("%,d KB", (bytes + 1023) / 1024);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
