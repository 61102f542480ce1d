package org.lessonpress.export.booklet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lessonpress.theme.FontStyle;

/**
 * Turns placed rows into pages: moves rows onto the mirrored text block, adds the running head (document title on
 * verso pages, the current section on recto pages; none on the cover or where a section opens) and the folio,
 * and fills in the page numbers the contents point to.
 */
final class PageAssembler {
    private final Geometry geo;
    private final BlockSetter setter;
    private final String title;

    PageAssembler(Geometry geo, BlockSetter setter, String title) {
        this.geo = geo;
        this.setter = setter;
        this.title = title;
    }

    /** Pages from the cover items and the flow, which starts on page {@code 2}. */
    List<Layout.Page> pages(List<PageItem> cover, List<Paginator.Placed> flow) {
        int count = Paginator.pages(flow);
        List<List<PageItem>> items = new ArrayList<>();
        List<Map<String, Double>> anchors = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        List<Boolean> opening = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(new ArrayList<>());
            anchors.add(new LinkedHashMap<>());
            marks.add(null);
            opening.add(false);
        }
        Map<String, Integer> pageOf = new HashMap<>();
        for (Paginator.Placed p : flow) {
            int number = p.page() + 2;
            double x = geo.left(number);
            double y = geo.top() + p.y();
            for (PageItem it : p.row().items()) {
                items.get(p.page()).add(it.moved(x, y));
            }
            for (String a : p.row().anchors()) {
                anchors.get(p.page()).put(a, y);
                pageOf.put(a, number);
            }
            if (p.row().mark() != null) {
                if (marks.get(p.page()) == null) {
                    marks.set(p.page(), p.row().mark());
                }
                if (p.y() == 0) {
                    opening.set(p.page(), true);
                }
            }
        }
        List<Layout.Page> pages = new ArrayList<>();
        pages.add(new Layout.Page(1, List.copyOf(cover), Map.of("cover", 0.0)));
        String current = title;
        for (int i = 0; i < count; i++) {
            int number = i + 2;
            if (marks.get(i) != null) {
                current = marks.get(i);
            }
            List<PageItem> furniture = furniture(number, Geometry.recto(number) ? current : title, !opening.get(i));
            List<PageItem> all = new ArrayList<>(furniture.subList(0, furniture.size() - 1));
            for (PageItem it : items.get(i)) {
                all.add(resolve(it, pageOf));
            }
            all.add(furniture.get(furniture.size() - 1));
            pages.add(new Layout.Page(number, List.copyOf(all), Map.copyOf(anchors.get(i))));
        }
        return pages;
    }

    private PageItem resolve(PageItem it, Map<String, Integer> pageOf) {
        if (it instanceof PageItem.PageRef r) {
            Integer page = pageOf.get(r.destination());
            String text = page == null ? "" : Integer.toString(page);
            double w = setter.breaker().width(List.of(new Span(text, setter.type().sansStyle(r.face().style(), r.size(), r.color()))));
            return new PageItem.Text(r.x() - w, r.y(), text, r.face(), r.size(), r.color());
        }
        return it;
    }

    /** Running head and folio, small and quiet, in the display face. */
    private List<PageItem> furniture(int number, String head, boolean withHead) {
        Typography t = setter.type();
        TextStyle st = t.sansStyle(FontStyle.REGULAR, t.step(-1), t.muted());
        boolean recto = Geometry.recto(number);
        List<PageItem> out = new ArrayList<>();
        double headY = geo.top() * 0.55;
        double footY = geo.height() - geo.bottom() * 0.5;
        if (withHead && head != null && !head.isBlank()) {
            out.addAll(label(fit(head, st, geo.textWidth() * 0.8), st, recto, headY, number));
        }
        out.addAll(label(Integer.toString(number), st, recto, footY, number));
        return out;
    }

    private List<PageItem> label(String text, TextStyle st, boolean recto, double y, int number) {
        LineBreaker plain = setter.breaker().withHyphenator(Hyphenator.OFF);
        LineBreaker.Line line = plain.lines(List.of(new Span(text, st)), Double.MAX_VALUE / 4, LineBreaker.Align.LEFT).get(0);
        double x = recto ? geo.right(number) - line.width() : geo.left(number);
        List<PageItem> out = new ArrayList<>();
        for (LineBreaker.Piece p : line.pieces()) {
            out.add(new PageItem.Text(x + p.x(), y, p.text(), p.face(), p.size(), p.color()));
        }
        return out;
    }

    private String fit(String text, TextStyle st, double max) {
        if (setter.breaker().width(List.of(new Span(text, st))) <= max) {
            return text;
        }
        int n = text.length();
        while (n > 1 && setter.breaker().width(List.of(new Span(text.substring(0, n).stripTrailing() + "\u2026", st))) > max) {
            n--;
        }
        return text.substring(0, n).stripTrailing() + "\u2026";
    }
}
