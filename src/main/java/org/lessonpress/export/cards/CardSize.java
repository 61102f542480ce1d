package org.lessonpress.export.cards;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lessonpress.theme.Units;

/** The trimmed size of one card in points: a named size (poker, bridge, ...) or {@code <w>x<h>mm|cm|in|pt}. */
public record CardSize(String name, double width, double height) {
    private static final Map<String, double[]> NAMED = new LinkedHashMap<>();
    private static final Pattern CUSTOM = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*x\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(mm|cm|in|pt)");

    static {
        NAMED.put("poker", new double[] {Units.mm(63), Units.mm(88)});
        NAMED.put("bridge", new double[] {Units.mm(57), Units.mm(89)});
        NAMED.put("tarot", new double[] {Units.mm(70), Units.mm(120)});
        NAMED.put("index-3x5", new double[] {Units.inches(3), Units.inches(5)});
        NAMED.put("a6", new double[] {Units.mm(105), Units.mm(148)});
        NAMED.put("a7", new double[] {Units.mm(74), Units.mm(105)});
        NAMED.put("business", new double[] {Units.mm(85), Units.mm(55)});
    }

    public CardSize {
        if (!(width >= Units.mm(20)) || !(height >= Units.mm(20)) || width > Units.mm(1000) || height > Units.mm(1000)) {
            throw new IllegalArgumentException("a card must be between 20 mm and 1000 mm on each side");
        }
    }

    /** The named sizes, for help and tests. */
    public static Map<String, CardSize> named() {
        Map<String, CardSize> out = new LinkedHashMap<>();
        NAMED.forEach((n, wh) -> out.put(n, new CardSize(n, wh[0], wh[1])));
        return out;
    }

    public static CardSize parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        double[] wh = NAMED.get(key);
        if (wh != null) {
            return new CardSize(key, wh[0], wh[1]);
        }
        Matcher m = CUSTOM.matcher(key);
        if (m.matches()) {
            return new CardSize(key, Units.toPoints(Double.parseDouble(m.group(1)), m.group(3)),
                    Units.toPoints(Double.parseDouble(m.group(2)), m.group(3)));
        }
        throw new IllegalArgumentException("'" + text + "' is not a card size; use " + String.join("|", NAMED.keySet())
                + " or <w>x<h>mm|in (e.g. 63x88mm)");
    }
}
