package org.lessonpress.export.booklet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.typeset.AdvanceRounding;
import org.lessonpress.typeset.FontMetrics;
import org.lessonpress.typeset.Setting;
import org.lessonpress.typeset.TextBox;

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
            double w = FontMetrics.of(r.face()).width(text, setter.type().type().rounding()) * r.size();
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
        TextBox.Line line = setter.measure(text, st).layout(Setting.WORD_PROCESSOR, st.size(), st.size(), Double.MAX_VALUE / 4)
                .lines().get(0);
        double x = recto ? geo.right(number) - line.width() : geo.left(number);
        List<PageItem> out = new ArrayList<>();
        for (TextBox.Run r : line.runs()) {
            out.add(new PageItem.Text(x + r.x(), y, r.text(), r.face(), r.size(), r.color()));
        }
        return out;
    }

    /**
     * The head, or as many of its words as fit followed by an ellipsis; a word is cut only when the first is wider
     * than the room. Linear in the head's length, however long the title.
     */
    private String fit(String text, TextStyle st, double max) {
        StringBuilder chars = new StringBuilder();
        List<Double> widths = new ArrayList<>();
        AdvanceRounding rounding = setter.type().type().rounding();
        for (org.lessonpress.typeset.Span span : st.styler().plain(text, st.face(), setter.glyphs())) {
            FontMetrics m = FontMetrics.of(span.face());
            String t = span.text();
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                int n = Character.charCount(cp);
                chars.append(t, i, i + n);
                widths.add(m.advance(cp, rounding) * st.size());
                for (int k = 1; k < n; k++) {
                    widths.add(0.0);
                }
                i += n;
            }
        }
        double[] before = new double[widths.size() + 1];
        for (int i = 0; i < widths.size(); i++) {
            before[i + 1] = before[i] + widths.get(i);
        }
        if (before[widths.size()] <= max) {
            return text;
        }
        String all = chars.toString();
        double ellipsis = setter.width("\u2026", st);
        String best = null;
        for (int i = 1; i < all.length(); i++) {
            if (all.charAt(i) != ' ') {
                continue;
            }
            int end = i;
            while (end > 0 && (all.charAt(end - 1) == ' ' || ",;:.\u2013\u2014-".indexOf(all.charAt(end - 1)) >= 0)) {
                end--;
            }
            if (end > 0 && before[end] + ellipsis <= max) {
                best = all.substring(0, end) + "\u2026";
            } else if (before[end] + ellipsis > max) {
                break;
            }
        }
        if (best != null) {
            return best;
        }
        // One word wider than the head's room: only then is it shortened inside.
        int k = all.length();
        while (k > 1 && (before[k] + ellipsis > max || Character.isLowSurrogate(all.charAt(k)))) {
            k--;
        }
        return all.substring(0, k) + "\u2026";
    }
}
