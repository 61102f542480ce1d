package org.lessonpress.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The type of a theme value and how to read it from YAML (a scalar string or a list of strings), with the range a
 * value must lie in. Parsing throws {@link IllegalArgumentException} with a message that says what to write instead.
 * Every length, size, ratio, count and fraction a format reads declares its range, so a value that would make no
 * sense on the page (a 0 pt body, a type scale of 100) is refused at load, where the file and line are known.
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
    /** A font fallback chain: family names (bundled or installed) and font files, first choice first. */
    public static final ValueType<List<String>> FONTS = list("list of font families or .ttf/.otf/.ttc files", s -> s);

    /** A check run on every parsed value; throws IllegalArgumentException naming the value and its range. */
    @FunctionalInterface
    private interface Check<T> {
        void check(T value, String written);
    }

    private final String description;
    private final boolean isList;
    private final Function<Object, T> parser;
    private final Check<T> check;

    private ValueType(String description, boolean isList, Function<Object, T> parser, Check<T> check) {
        this.description = description;
        this.isList = isList;
        this.parser = parser;
        this.check = check;
    }

    public static <T> ValueType<T> scalar(String description, Function<String, T> parse) {
        return new ValueType<>(description, false, raw -> {
            if (raw instanceof List<?>) {
                throw new IllegalArgumentException("expected a " + description + ", not a list");
            }
            return parse.apply(String.valueOf(raw));
        }, (v, w) -> { });
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
        }, (v, w) -> { });
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

    /** A length from {@code min} to {@code max}, both written with their unit ({@code "6pt"}, {@code "50mm"}). */
    public static ValueType<Double> length(String min, String max) {
        double lo = Units.parseLength(min);
        double hi = Units.parseLength(max);
        return LENGTH.within(lo, hi, min + "–" + max);
    }

    /** A plain number (a ratio, a multiple of the type size, a fraction of the page) from {@code min} to {@code max}. */
    public static ValueType<Double> number(double min, double max) {
        boolean whole = min == Math.rint(min) && max == Math.rint(max);
        return NUMBER.within(min, max, plain(min, whole) + "–" + plain(max, whole));
    }

    /** A whole number (a count) from {@code min} to {@code max}. */
    public static ValueType<Integer> integer(int min, int max) {
        return INTEGER.within(min, max, min + "–" + max);
    }

    /** This type, with values refused unless {@code ok} holds; {@code rule} says what is allowed. */
    public ValueType<T> where(java.util.function.Predicate<T> ok, String rule) {
        Check<T> before = check;
        return new ValueType<>(description, isList, parser, (v, w) -> {
            before.check(v, w);
            if (!ok.test(v)) {
                throw new IllegalArgumentException(w + " is not allowed: " + rule);
            }
        });
    }

    private ValueType<T> within(double min, double max, String range) {
        if (!(min <= max)) {
            throw new IllegalArgumentException("empty range " + range);
        }
        return new ValueType<>(description + " from " + range.replace("–", " to "), isList, parser, (v, w) -> {
            double d = ((Number) v).doubleValue();
            // A little slack, so that 0.07 written as 7e-2 or a length converted through mm is never refused.
            double slack = 1e-9 * Math.max(1, Math.abs(max));
            if (!(d >= min - slack && d <= max + slack)) {
                throw new IllegalArgumentException(w + " is out of range " + range);
            }
        });
    }

    /** 11, or 2.0 beside 1.05: a range of whole numbers reads as such, any other keeps a decimal on both ends. */
    private static String plain(double d, boolean whole) {
        java.math.BigDecimal b = java.math.BigDecimal.valueOf(d).stripTrailingZeros();
        if (whole) {
            return b.setScale(0, java.math.RoundingMode.UNNECESSARY).toPlainString();
        }
        return (b.scale() < 1 ? b.setScale(1) : b).toPlainString();
    }

    /** Parses and checks a raw YAML value (a String or a List of Strings). */
    public T parse(Object raw) {
        T value = parser.apply(raw);
        check.check(value, raw instanceof List<?> ? String.valueOf(raw) : String.valueOf(raw).trim());
        return value;
    }

    /** Checks a value given in code (a key's default); throws IllegalArgumentException when it is out of range. */
    public T check(T value) {
        check.check(value, String.valueOf(value));
        return value;
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
