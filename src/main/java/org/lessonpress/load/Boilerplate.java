package org.lessonpress.load;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a web page adds around an essay: share buttons, subscribe boxes, comment forms, widget placeholders,
 * "related posts", copyright lines. Recognised by the lines such a block starts with (text reader) and by the
 * class and id names pages give such blocks (html reader). Short lines only: a sentence of the essay that merely
 * mentions sharing is never taken for a footer.
 */
final class Boilerplate {
    private static final int LONGEST_LINE = 120;
    private static final Pattern FOOTER_LINE = Pattern.compile(String.join("|",
            "share (on|this|via|with)\\b.*", "share:?", "sharing is caring.*", "(click|tap) to share.*", "tweet( this)?:?",
            "(join|subscribe|sign up|signup)\\b.*\\b(readers|subscribers|newsletter|updates|list|mailing)\\b.*",
            "subscribe( now| to .*)?[.!:]?", "follow (me|us)\\b.*", "leave a (reply|comment)\\b.*", "post a comment.*",
            "(\\d+|no) (comments?|responses?|replies)[.:]?", "comments?( \\(\\d+\\))?:?",
            "your email address will not be published.*", "required fields are marked.*",
            "(related|similar|recent|popular) (posts|articles|stories|reads)\\b.*", "you (may|might) also (like|enjoy)\\b.*",
            "read (more|next)( posts?)?:?", "(previous|next|older|newer) (post|article|entry)\\b.*", "source link",
            "no widgets found.*", "widget\\b.*", "(posted|filed) (in|under)\\b.*", "(tags|tagged|categories|category):.*",
            "(copyright|©)\\b.*", "all rights reserved.*", "powered by\\b.*", "like this:?", "like loading\\.*",
            "loading\\.\\.\\.", "back to top", "(about|contact|privacy|terms)( (policy|us|of (use|service)))? ?(\\||·).*"));
    private static final Pattern CLASS_WORD = Pattern.compile(
            "(^|[-_\\s])(share|sharing|sharedaddy|social|comments?|respond|reply|related|subscribe|subscription|newsletter"
            + "|widgets?|sidebar|footer|nav|navbar|navigation|menu|breadcrumbs?|pagination|pager|advert|ads?|adsbygoogle"
            + "|promo|sponsor(ed)?|cookies?|popup|modal|skip-link|screen-reader-text|jp-relatedposts|post-navigation"
            + "|author-bio|byline|entry-meta|post-meta|tags|tag-links|cat-links)($|[-_\\s])");

    private Boilerplate() {
    }

    /** Whether a line of text is the first line of a footer block ("Share on:", "Leave a Reply"...). */
    static boolean isFooterLine(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > LONGEST_LINE) {
            return false;
        }
        return FOOTER_LINE.matcher(s.toLowerCase(Locale.ROOT)).matches();
    }

    /** Whether an element's class or id names page furniture rather than content. */
    static boolean isFurnitureName(String classAndId) {
        return !classAndId.isBlank() && CLASS_WORD.matcher(classAndId.toLowerCase(Locale.ROOT)).find();
    }
}
