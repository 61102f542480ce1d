package org.lessonpress.export.poster;

import java.util.ArrayList;
import java.util.List;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.export.poster.PosterLayout.Band;
import org.lessonpress.export.poster.PosterLayout.Block;
import org.lessonpress.export.poster.PosterLayout.Placed;
import org.lessonpress.typeset.Setting;
import org.lessonpress.typeset.TextBox;

/**
 * What the paper alone decides, before any grid is tried: the title block (the title as large as fits the header
 * height), the footer (citation left, source URL right), the hairlines between them and the grid, and the grid's
 * top and bottom. Pure.
 */
final class PosterFrame {
    private static final double EPSILON = 1e-6;
    /** Citations and URLs are set ragged-right and never hyphenated. */
    private static final Setting CITATION = Setting.RAGGED.withHyphenation(false);

    final Block header;
    final Block footer;
    final List<Band> rules;
    final double gridTop;
    final double gridBottom;

    private PosterFrame(Block header, Block footer, List<Band> rules, double gridTop, double gridBottom) {
        this.header = header;
        this.footer = footer;
        this.rules = List.copyOf(rules);
        this.gridTop = gridTop;
        this.gridBottom = gridBottom;
    }

    /** @throws IllegalStateException when even very small type cannot set the title in the header */
    static PosterFrame of(PosterContent content, PosterGeometry g) {
        Block header = header(content, g);
        Block footer = footer(content, g);
        List<Band> rules = new ArrayList<>();
        double hair = Math.max(0.5, g.gutter() * 0.04);
        rules.add(new Band(new Rect(g.margin(), header.bounds().bottom() + g.gutter() * 0.5 - hair / 2, g.gridWidth(), hair), null));
        double bottom = g.height() - g.margin();
        if (!footer.texts().isEmpty()) {
            rules.add(new Band(new Rect(g.margin(), footer.bounds().y() - g.gutter() * 0.5 - hair / 2, g.gridWidth(), hair), null));
            bottom = footer.bounds().y() - g.gutter();
        }
        return new PosterFrame(header, footer, rules, header.bounds().bottom() + g.gutter(), bottom);
    }

    private static Block header(PosterContent content, PosterGeometry g) {
        Rect area = new Rect(g.margin(), g.margin(), g.gridWidth(), g.headerHeight());
        double t = g.headerHeight() * 0.5;
        for (int i = 0; i < 80; i++, t *= 0.96) {
            List<Placed> texts = new ArrayList<>();
            double y = area.y();
            TextBox title = content.title().layout(Setting.DISPLAY, t, t * 1.08, area.width());
            texts.add(new Placed(title, area.x(), y));
            y += title.height();
            if (content.subtitle() != null) {
                y += t * 0.12;
                TextBox sub = content.subtitle().layout(Setting.DISPLAY, t * 0.5, t * 0.5 * 1.2, area.width());
                texts.add(new Placed(sub, area.x(), y));
                y += sub.height();
            }
            if (content.byline() != null) {
                y += t * 0.12;
                TextBox by = content.byline().layout(Setting.DISPLAY, t * 0.4, t * 0.4 * 1.2, area.width());
                texts.add(new Placed(by, area.x(), y));
                y += by.height();
            }
            boolean fits = texts.stream().allMatch(p -> p.box().fits());
            if (fits && y <= area.bottom() + EPSILON) {
                return new Block(area, texts);
            }
        }
        throw new IllegalStateException("the title block cannot be set in " + g);
    }

    private static Block footer(PosterContent content, PosterGeometry g) {
        double f = g.footerSize();
        List<Placed> texts = new ArrayList<>();
        double citeW = content.source() == null ? g.gridWidth() : g.gridWidth() * 0.6;
        TextBox cite = content.citation() == null ? null : content.citation().layout(CITATION, f, f * 1.3, citeW);
        TextBox src = null;
        if (content.source() != null) {
            double srcW = content.citation() == null ? g.gridWidth() : g.gridWidth() - citeW - g.gutter();
            src = content.source().layout(CITATION, f, f * 1.3, srcW);
        }
        double h = Math.max(cite == null ? 0 : cite.height(), src == null ? 0 : src.height());
        double y = g.height() - g.margin() - h;
        if (cite != null) {
            texts.add(new Placed(cite, g.margin(), y));
        }
        if (src != null) {
            double x = g.margin() + g.gridWidth() - src.maxWidth();
            if (src.lines().size() == 1) {
                // right-aligned: the box narrows to the URL and sits against the right margin
                src = new TextBox(src.lines(), src.size(), src.lineHeight(), src.width());
                x = g.margin() + g.gridWidth() - src.width();
            }
            texts.add(new Placed(src, x, y));
        }
        return new Block(new Rect(g.margin(), y, g.gridWidth(), h), texts);
    }
}
