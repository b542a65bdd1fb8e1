package org.masthead.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarStyle;
import org.masthead.importer.ImportOutcome;
import org.masthead.importer.ImportProgress;
import org.masthead.importer.ImportReport;
import org.masthead.importer.ImportService;
import org.masthead.platform.Config;
import org.masthead.boot.Masthead;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import content into the magazine. The format is told from the file's content:",
            "  a WordPress export (WXR, Tools > Export), a Ghost export (JSON, Settings > Labs > Export),",
            "  a Masthead export (made by the export command), or a magazine page saved as text.",
            "Importing the same file again changes nothing; a newer export of the same site updates what changed.",
            "A file that is not an export changes nothing. Exit status: 0 when every item was imported whole, 3 when",
            "some failed or a post was stored without some of its words (the report names each and says why),",
            "1 when the file could not be imported at all."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every item imported whole", "3:some items failed or lost words", "1:nothing imported"})
final class ImportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "for a saved page: the day the article appeared, when the page does not say; without it the article is a draft")
    LocalDate published;

    @Option(names = "--uploads", paramLabel = "DIR",
            description = "for a WordPress export: the site's wp-content/uploads folder, so pictures and files are copied "
                    + "in (without it they are kept by their addresses); for a Ghost export: its content/images folder")
    Path uploads;

    @Option(names = "--site-url", paramLabel = "URL",
            description = "for a Ghost export: the Ghost site's address (https://example.org), so pictures it names by "
                    + "relative address are kept by their full address")
    String siteUrl;

    @Parameters(paramLabel = "FILE", description = "the file to import")
    Path file;

    @Override
    public Integer call() {
        // Recognize and check the file first: a file that is not an export must not even create the data directory.
        var prepared = ImportService.prepare(file, new ImportService.Options(published, uploads, siteUrl));
        if (prepared instanceof ImportService.ArchiveFile archive) {
            org.masthead.transfer.MagazineRestore.checkArchive(archive.file());
        }
        var out = spec.commandLine().getOut();
        try (Masthead masthead = Masthead.open(data.config(Config.Overrides.none()))) {
            if (prepared instanceof ImportService.SavedPageFile page) {
                ImportReport report = masthead.imports().apply(page.content(), page.publishedOn());
                out.println(report.summary());
                report.notes().forEach(note -> out.println("Note: " + note));
                out.flush();
                return 0;
            }
            ImportOutcome outcome = withProgress(prepared, progress -> masthead.imports().importPrepared(prepared, progress));
            outcome.lines().forEach(out::println);
            out.flush();
            return outcome.complete() ? 0 : 3;
        }
    }

    private interface Run {
        ImportOutcome with(ImportProgress progress);
    }

    /** A bar redrawn in place on a terminal; nothing but the report when the output is a file or a pipe. */
    private static ImportOutcome withProgress(ImportService.Prepared prepared, Run run) {
        if (System.console() == null) {
            return run.with(ImportProgress.NONE);
        }
        long total = switch (prepared) {
            case ImportService.ExportFile export -> export.size();
            case ImportService.ArchiveFile archive -> archive.size();
            case ImportService.SavedPageFile page -> 1;
        };
        try (ProgressBar bar = ProgressBar.builder().setTaskName("Importing").setInitialMax(Math.max(1, total / 1024))
                .setUnit(" KB", 1).setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(250).showSpeed().build()) {
            ImportOutcome outcome = run.with((done, all) -> {
                if (all > 0) {
                    bar.maxHint(Math.max(1, all / 1024));
                }
                bar.stepTo(done / 1024);
            });
            bar.stepTo(bar.getMax());
            return outcome;
        }
    }
}
