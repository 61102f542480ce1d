package org.lessonpress.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The type of a theme value and how to read it from YAML (a scalar string or a list of strings).
 * Parsing throws {@link IllegalArgumentException} with a message that says what to write instead.
 */
public final class ValueType<T> {
    public static final ValueType<Double> LENGTH = scalar("length (e.g. 12mm, 0.5in, 10pt)", Units::parseLength);
    public static final ValueType<Rgb> COLOR = scalar("colour (#rrggbb)", Rgb::parse);
    public static final ValueType<Double> NUMBER = scalar("number", ValueType::number);
    public static final ValueType<Integer> INTEGER = scalar("whole number", ValueType::integer);
    public static final ValueType<String> TEXT = scalar("text", s -> s);
    public static final ValueType<Boolean> BOOLEAN = scalar("true or false", ValueType::bool);
    public static final ValueType<PageSize> PAPER = scalar("paper size (A4, letter, 210x297mm)", PageSize::parse);
    public static final ValueType<List<Rgb>> COLORS = list("list of colours", Rgb::parse);
    /** A font fallback chain: family names from the font catalogue, first choice first. */
    public static final ValueType<List<String>> FONTS = list("list of font families", s -> s);

    private final String description;
    private final boolean isList;
    private final Function<Object, T> parser;

    private ValueType(String description, boolean isList, Function<Object, T> parser) {
        this.description = description;
        this.isList = isList;
        this.parser = parser;
    }

    public static <T> ValueType<T> scalar(String description, Function<String, T> parse) {
        return new ValueType<>(description, false, raw -> {
            if (raw instanceof List<?>) {
                throw new IllegalArgumentException("expected a " + description + ", not a list");
            }
            return parse.apply(String.valueOf(raw));
        });
    }

    public static <E> ValueType<List<E>> list(String description, Function<String, E> parse) {
        return new ValueType<>(description, true, raw -> {
            List<E> out = new ArrayList<>();
            if (raw instanceof List<?> items) {
                for (Object item : items) {
                    out.add(parse.apply(String.valueOf(item)));
                }
            } else {
                out.add(parse.apply(String.valueOf(raw)));
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException("expected a " + description + ", got an empty list");
            }
            return List.copyOf(out);
        });
    }

    /** A number from {@code min} to {@code max}, both included. */
    public static ValueType<Double> numberBetween(double min, double max) {
        String range = plain(min) + " to " + plain(max);
        return scalar("number from " + range, s -> {
            double d = number(s);
            if (d < min || d > max) {
                throw new IllegalArgumentException("'" + s.trim() + "' is outside " + range);
            }
            return d;
        });
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** One of a fixed set of words, e.g. {@code new-page|rule}. */
    public static ValueType<String> choice(String... words) {
        List<String> allowed = List.of(words);
        return scalar("one of " + String.join(", ", allowed), s -> {
            String v = s.trim().toLowerCase(Locale.ROOT);
            if (!allowed.contains(v)) {
                throw new IllegalArgumentException("'" + s + "' is not one of " + String.join(", ", allowed));
            }
            return v;
        });
    }

    public T parse(Object raw) {
        return parser.apply(raw);
    }

    public String description() {
        return description;
    }

    public boolean isList() {
        return isList;
    }

    private static double number(String s) {
        try {
            double d = Double.parseDouble(s.trim());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a number");
        }
    }

    private static int integer(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a whole number");
        }
    }

    private static boolean bool(String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException("'" + s + "' is not true or false");
        };
    }
}
