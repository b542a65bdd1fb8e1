package org.masthead.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.masthead.importer.ImportReport;
import org.masthead.importer.ImportService;
import org.masthead.platform.Config;
import org.masthead.platform.Masthead;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import content into the magazine. The format is told from the file's content.",
            "Reads a magazine page saved as text (headline, photo credit, body, 'More articles by:', bio, lineup).",
            "Importing the same file again adds nothing; a file that cannot be read changes nothing."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "the day the article appeared, when the file does not say; without it the article is a draft")
    LocalDate published;

    @Parameters(paramLabel = "FILE", description = "the file to import")
    Path file;

    @Override
    public Integer call() {
        // Read the whole file first: a file that cannot be read must not even create the data directory.
        ImportService.ReadFile content = ImportService.read(file);
        try (Masthead masthead = Masthead.open(data.config(Config.Overrides.none()))) {
            ImportReport report = masthead.imports().apply(content, published);
            var out = spec.commandLine().getOut();
            out.println(report.summary());
            report.notes().forEach(note -> out.println("Note: " + note));
            out.flush();
            return 0;
        }
    }
}
