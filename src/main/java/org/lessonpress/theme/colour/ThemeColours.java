package org.lessonpress.theme.colour;

import java.util.List;
import org.lessonpress.theme.Rgb;

/** The colours a theme sets, as written: what the engine resolves. */
public record ThemeColours(Rgb paper, Rgb text, Rgb muted, Rgb link, Rgb codeBackground, Rgb accent, List<Rgb> sections) {
    public ThemeColours {
        sections = List.copyOf(sections);
    }
}
