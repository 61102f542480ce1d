package org.lessonpress.theme.colour;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lessonpress.theme.Rgb;

/**
 * Resolves a theme's colours, once, into the {@link Palette} every format draws with. One algorithm for every role:
 * a colour may only move along its own {@link HueLine} (same hue; lightness moved, chroma given up only where sRGB
 * cannot hold it), and it moves to the nearest colour of that line (CIE 1976 ΔE) that meets its role's rule:
 * <ul>
 * <li>text inks ({@code colors.text}, {@code muted}, {@code link}): the text contrast on the paper and on the code
 * background;</li>
 * <li>a section's text: the text contrast on the paper; its large text: the large-text contrast;</li>
 * <li>a section's rule: the rule contrast on the paper, and every two sections' rules the separation apart in L*;</li>
 * <li>a section's fill: the text or paper colour reaches the text contrast on it, it is the separation away from the
 * paper in L*, and every two sections' fills are the separation apart;</li>
 * <li>text on a fill: the text or paper colour, whichever contrasts more; a tint: the fill moved towards the paper
 * in CIELAB by the tint ratio.</li>
 * </ul>
 * Where sections must be spaced, {@link LightnessSpacing} finds the choice nearest the theme's colours as a whole,
 * keeping their lightness order. A colour that already meets its rules keeps its exact value. What cannot be met is
 * a {@link Palette.Finding}: an error when no colour reaches a contrast, a warning when sections cannot be spaced
 * (they are then spaced as widely as the range allows) or two section colours are nearly the same.
 */
public final class ColourEngine {
    private static final String SECTIONS = "colors.sections";

    /** What a role asks of a colour. */
    @FunctionalInterface
    private interface Rule {
        boolean allows(HueLine.Option o);
    }

    private final ThemeColours theme;
    private final ColourRules rules;
    private final double paperLuminance;
    private final double paperLightness;
    private final List<Palette.Finding> findings = new ArrayList<>();
    /** Hue lines are built only for colours that must move, once each (keyed by 0xrrggbb). */
    private final Map<Integer, HueLine> lines = new HashMap<>();
    private final double[] edges;

    private ColourEngine(ThemeColours theme, ColourRules rules) {
        this.theme = theme;
        this.rules = rules;
        HueLine.Option paper = HueLine.Option.of(theme.paper());
        this.paperLuminance = paper.luminance();
        this.paperLightness = paper.lightness();
        this.edges = edges(theme, rules);
    }

    public static Palette resolve(ThemeColours theme, ColourRules rules) {
        return new ColourEngine(theme, rules).palette();
    }

    private Palette palette() {
        Rgb text = ink("colors.text", theme.text());
        Rgb muted = ink("colors.muted", theme.muted());
        Rgb link = ink("colors.link", theme.link());
        List<Rgb> colours = theme.sections();
        sameColours();
        double textLuminance = HueLine.Option.of(text).luminance();
        Rule fillReads = o -> Math.max(o.contrast(textLuminance), o.contrast(paperLuminance)) >= rules.text()
                && Math.abs(o.lightness() - paperLightness) >= rules.separation() - 1e-9;
        Rule ruleReads = onPaper(rules.rule());
        List<Rgb> rulesOf = spaced(colours, ruleReads, "rules", fmt(rules.rule()) + ":1 on the paper (" + theme.paper() + ")");
        List<Rgb> fillsOf = spaced(colours, fillReads, "fills",
                fmt(rules.text()) + ":1 text on each and " + fmt(rules.separation()) + " L* from the paper");
        List<SectionColours> sections = new ArrayList<>();
        for (int i = 0; i < colours.size(); i++) {
            sections.add(roles(colours.get(i), rulesOf.get(i), fillsOf.get(i), text, sectionKey(i)));
        }
        Rgb accent = theme.accent();
        SectionColours accentRoles = roles(accent, nearest(accent, ruleReads, "colors.accent", "rule"),
                nearest(accent, fillReads, "colors.accent", "fill"), text, "colors.accent");
        return new Palette(theme.paper(), text, muted, link, accentRoles, sections, findings);
    }

    private SectionColours roles(Rgb colour, Rgb rule, Rgb fill, Rgb text, String key) {
        Rgb onFill = fill.contrast(text) >= fill.contrast(theme.paper()) ? text : theme.paper();
        return new SectionColours(nearest(colour, onPaper(rules.text()), key, "text"),
                nearest(colour, onPaper(rules.largeText()), key, "large text"), fill, onFill, rule, tint(fill));
    }

    private Rule onPaper(double contrast) {
        return o -> o.contrast(paperLuminance) >= contrast;
    }

    /** A text ink: the nearest colour of its hue that reads on the paper and on the code background. */
    private Rgb ink(String key, Rgb colour) {
        Rgb paper = theme.paper();
        Rgb code = theme.codeBackground();
        double codeLuminance = HueLine.Option.of(code).luminance();
        double t = rules.text();
        Rgb best = closest(colour, o -> o.contrast(paperLuminance) >= t && o.contrast(codeLuminance) >= t);
        if (best != null) {
            return best;
        }
        Rgb onPaper = closest(colour, onPaper(t));
        if (onPaper == null) {
            double inkLuminance = HueLine.Option.of(colour).luminance();
            Rgb fix = closest(paper, o -> o.contrast(inkLuminance) >= t);
            error("colors.paper", "colors.paper " + paper + ": no colour of " + key + "'s hue reaches " + fmt(t)
                    + ":1 on it (" + key + " " + colour + " reaches " + ratio(colour, paper) + "); choose a lighter or darker"
                    + " paper" + (fix == null ? "" : ", such as " + fix));
        } else {
            double inkLuminance = HueLine.Option.of(onPaper).luminance();
            Rgb fix = closest(code, o -> o.contrast(inkLuminance) >= t);
            error("colors.code-background", "colors.code-background " + code + ": " + key + " needs " + fmt(t)
                    + ":1 on it and on the paper (" + paper + "), and no colour of its hue reaches both; choose a code"
                    + " background nearer the paper" + (fix == null ? "" : ", such as " + fix));
        }
        return colour;
    }

    /** One role of every section, spaced in L*: the choice nearest the theme's colours, or the widest spacing there is. */
    private List<Rgb> spaced(List<Rgb> colours, Rule allowed, String what, String rule) {
        List<HueLine.Option> own = new ArrayList<>();
        colours.forEach(c -> own.add(HueLine.Option.of(c)));
        if (alreadySpaced(own, allowed)) {
            return colours;
        }
        List<List<HueLine.Option>> options = new ArrayList<>();
        double[] lightness = new double[colours.size()];
        for (int i = 0; i < colours.size(); i++) {
            List<HueLine.Option> ok = new ArrayList<>();
            for (HueLine.Option o : line(colours.get(i)).options()) {
                if (allowed.allows(o)) {
                    ok.add(o);
                }
            }
            if (ok.isEmpty()) {
                error(sectionKey(i), sectionKey(i) + " " + colours.get(i) + ": its " + what + " need " + rule
                        + ", and no colour of its hue reaches that; choose a lighter or darker paper");
                return colours;
            }
            options.add(ok);
            lightness[i] = own.get(i).lightness();
        }
        List<HueLine.Option> chosen = LightnessSpacing.choose(options, lightness, rules.separation());
        if (chosen == null) {
            double widest = LightnessSpacing.widest(options, lightness, rules.separation());
            chosen = LightnessSpacing.choose(options, lightness, widest);
            double lo = 100;
            double hi = 0;
            for (List<HueLine.Option> o : options) {
                lo = Math.min(lo, o.get(0).lightness());
                hi = Math.max(hi, o.get(o.size() - 1).lightness());
            }
            warning(SECTIONS, String.format(Locale.ROOT, "%s: the %s of %d colours cannot all be %s L* apart (they need %s,"
                            + " within L* %.0f to %.0f); they are set %.1f apart; use fewer section colours (%d fit at most)"
                            + " or a lower colors.separation", SECTIONS, what, colours.size(), fmt(rules.separation()), rule,
                    lo, hi, widest, (int) Math.floor((hi - lo) / rules.separation() + 1e-9) + 1));
        }
        List<Rgb> out = new ArrayList<>();
        chosen.forEach(o -> out.add(o.rgb()));
        return out;
    }

    /** True when every colour is allowed as it is and any two are the separation apart. */
    private boolean alreadySpaced(List<HueLine.Option> colours, Rule allowed) {
        for (int i = 0; i < colours.size(); i++) {
            if (!allowed.allows(colours.get(i))) {
                return false;
            }
            for (int j = 0; j < i; j++) {
                if (Math.abs(colours.get(i).lightness() - colours.get(j).lightness()) < rules.separation() - 1e-9) {
                    return false;
                }
            }
        }
        return true;
    }

    private Rgb nearest(Rgb colour, Rule allowed, String key, String role) {
        Rgb c = closest(colour, allowed);
        if (c == null) {
            error(key, key + " " + colour + ": no colour of its hue meets the " + role + " role's contrast on the paper ("
                    + theme.paper() + "); choose a lighter or darker paper");
            return colour;
        }
        return c;
    }

    /** The colour itself when allowed, else the nearest allowed colour of its hue line; null when there is none. */
    private Rgb closest(Rgb colour, Rule allowed) {
        if (allowed.allows(HueLine.Option.of(colour))) {
            return colour;
        }
        HueLine.Option best = null;
        for (HueLine.Option o : line(colour).options()) {
            if (allowed.allows(o) && (best == null || o.distance() < best.distance())) {
                best = o;
            }
        }
        return best == null ? null : best.rgb();
    }

    private HueLine line(Rgb colour) {
        return lines.computeIfAbsent(colour.red() << 16 | colour.green() << 8 | colour.blue(), k -> new HueLine(colour, edges));
    }

    /**
     * The lightnesses where a rule flips: each contrast target against the paper, the code background and the text
     * (on either side, where there is one), and the separation from the paper.
     */
    private static double[] edges(ThemeColours theme, ColourRules rules) {
        double[] targets = {rules.text(), rules.largeText(), rules.rule()};
        List<Double> out = new ArrayList<>();
        for (Rgb background : List.of(theme.paper(), theme.codeBackground(), theme.text())) {
            double y = HueLine.Option.of(background).luminance();
            for (double t : targets) {
                double darker = (y + 0.05) / t - 0.05;
                double lighter = t * (y + 0.05) - 0.05;
                if (darker >= 0) {
                    out.add(Lab.lightness(darker));
                }
                if (lighter <= 1) {
                    out.add(Lab.lightness(lighter));
                }
            }
        }
        double paper = Lab.of(theme.paper()).l();
        out.add(paper - rules.separation());
        out.add(paper + rules.separation());
        double[] edges = new double[out.size()];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = out.get(i);
        }
        return edges;
    }

    /** Section colours a reader cannot tell apart in colour, however far the engine spaces their lightness. */
    private void sameColours() {
        List<Rgb> s = theme.sections();
        for (int i = 0; i < s.size(); i++) {
            for (int j = i + 1; j < s.size(); j++) {
                double d = Lab.of(s.get(i)).distance(Lab.of(s.get(j)));
                if (d < rules.separation()) {
                    warning(SECTIONS, String.format(Locale.ROOT, "%s %s and %s %s are nearly the same colour (ΔE %.1f): the"
                                    + " engine sets them apart in lightness, but in colour they look alike; choose another hue"
                                    + " for one of them", sectionKey(i), s.get(i), sectionKey(j), s.get(j), d));
                }
            }
        }
    }

    private Rgb tint(Rgb fill) {
        Lab f = Lab.of(fill);
        Lab p = Lab.of(theme.paper());
        double t = rules.tint();
        return new Lab(f.l() + (p.l() - f.l()) * t, f.a() + (p.a() - f.a()) * t, f.b() + (p.b() - f.b()) * t).toRgb();
    }

    /** Section colours are numbered from 1, as sections are. */
    private static String sectionKey(int index) {
        return SECTIONS + "[" + (index + 1) + "]";
    }

    private static String ratio(Rgb a, Rgb b) {
        return String.format(Locale.ROOT, "%.1f:1", a.contrast(b));
    }

    /** A rule's number as the theme would write it: 4.5, 3, 8. */
    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private void error(String key, String message) {
        findings.add(new Palette.Finding(true, key, message));
    }

    private void warning(String key, String message) {
        findings.add(new Palette.Finding(false, key, message));
    }
}
