package org.lessonpress.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lessonpress.Diagnostic;
import org.lessonpress.export.FontsUsed;
import org.lessonpress.export.GlyphCoverage;
import org.lessonpress.export.PaletteCoverage;
import org.lessonpress.export.ScriptCheck;
import org.lessonpress.export.pipeline.InputDiscovery;
import org.lessonpress.export.pipeline.InputFile;
import org.lessonpress.export.pipeline.OptionValues;
import org.lessonpress.export.pipeline.Project;
import org.lessonpress.load.LessonLoader;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.theme.FontCatalog;
import org.lessonpress.theme.Theme;
import org.lessonpress.theme.ThemeLoader;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lessonpress check}: load and validate, report counts, diagnostics, characters no font can draw and sections
 * the palette cannot tell apart (the theme's own palette findings are printed when it loads).
 */
final class CheckCommand implements Callable<Integer> {
    private final Session session;
    final CommonOptions common = new CommonOptions();

    /** The command's options and help, declared in code (see {@link Specs}). */
    CommandSpec spec() {
        CommandSpec spec = Specs.command(this, "check", "Check lesson files without writing anything.",
                "Prints '<file>: N lessons in M sections' and every problem as <file>:<line>:<col>: error|warning: <message>.");
        common.addTo(spec);
        Specs.standardHelp(spec);
        return spec;
    }

    CheckCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        session.debug(common.debug);
        if (common.theme != null) {
            session.checkThemeName(common.theme);
        }
        Optional<Project> project = ProjectChoice.choose(common, "check", session.exporters(), new OptionValues());
        String themeName = common.theme != null ? common.theme : project.map(Project::theme).orElse(ThemeLoader.DEFAULT);
        org.lessonpress.load.ReadOptions options = common.readOptions();
        List<InputFile> inputs = new InputDiscovery(session.reader().extensions(options), null)
                .discover(ProjectChoice.inputs(common, project), common.sample, null).inputs();
        Theme theme = session.theme(themeName, common.themePath);
        int status = ExitCode.OK;
        for (InputFile input : inputs) {
            LessonLoader.Result r = session.read(input, options).result();
            r.diagnostics().forEach(d -> session.err().println(d.format()));
            if (!r.ok()) {
                status = ExitCode.BAD_INPUT;
                continue;
            }
            LessonDocument doc = r.document();
            List<Diagnostic> glyphs = new java.util.ArrayList<>(ScriptCheck.check(input.name(), doc));
            glyphs.addAll(GlyphCoverage.check(input.name(), doc, theme, FontCatalog.bundled(), common.missingGlyphs));
            glyphs.forEach(d -> session.err().println(d.format()));
            PaletteCoverage.check(input.name(), doc, theme).forEach(d -> session.err().println(d.format()));
            session.out().println(input.name() + ": " + summary(doc));
            FontsUsed.list(doc, theme, FontCatalog.bundled()).forEach(f -> session.out().println("  font: " + f));
            if (glyphs.stream().anyMatch(Diagnostic::isError)) {
                status = ExitCode.BAD_INPUT;
            }
        }
        session.out().flush();
        session.err().flush();
        return status;
    }

    static String summary(LessonDocument doc) {
        int lessons = doc.allLessons().size();
        int sections = doc.sections().size();
        int subsections = doc.allSections().size() - sections;
        return lessons + (lessons == 1 ? " lesson" : " lessons") + " in " + sections + (sections == 1 ? " section" : " sections")
                + (subsections > 0 ? " (" + subsections + (subsections == 1 ? " sub-section)" : " sub-sections)") : "");
    }
}
