package org.lessonpress.export.slides;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.slides.Slide.Para;
import org.lessonpress.model.Inline;
import org.lessonpress.model.Metadata;
import org.lessonpress.theme.FontFace;
import org.lessonpress.theme.FontStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Writes fitted slides as a DOCX: the styles, the list numbering, one landscape section whose first page (the title
 * slide) has no footer, the paragraphs, and the core properties. Formatting is by style; a run gets direct
 * formatting only for what inline markup means that its character style cannot say alone (strong and emphasis
 * together, markup inside a link) and a font for characters the style's font lacks.
 */
final class DeckWriter {
    /** Numbering definitions kept per thread, by their XML: the last few kinds of list a batch's decks have. */
    private static final ThreadLocal<Map<String, CTNumbering>> NUMBERINGS =
            ThreadLocal.withInitial(() -> new RecentlyUsed<>(16));

    private final ExportContext ctx;
    private final DeckFonts fonts;
    private final Map<String, StyleMetrics> metrics;
    /** Every face a run is set in, in order of first use, for {@code --embed-fonts}. */
    private final Set<FontFace> used = new LinkedHashSet<>();

    DeckWriter(ExportContext ctx, DeckFonts fonts, Map<String, StyleMetrics> metrics) {
        this.ctx = ctx;
        this.fonts = fonts;
        this.metrics = metrics;
    }

    /** The page geometry in points. */
    record Page(double width, double height, double top, double bottom, double side, double footer) {
    }

    /** The deck's package parts by name, unzipped (see {@link PackageParts}). */
    Map<String, byte[]> write(Metadata meta, byte[] stylesPart, List<Integer> orderedStarts,
                              List<SlideFitter.Fitted> slides, Page page, boolean embedFonts) throws IOException {
        XWPFDocument doc = new XWPFDocument();
        try {
            StylesPart.addTo(doc, stylesPart);
            doc.createNumbering().setNumbering(numbering(orderedStarts));
            for (SlideFitter.Fitted f : slides) {
                for (Para p : f.paras()) {
                    XWPFParagraph para = doc.createParagraph();
                    paragraph(para, p, p.styleAt(f.step()), f.slide());
                    if (f.centred() && p == f.paras().get(0)) {
                        // The one direct paragraph property: the space that centres this slide's content (see
                        // SlidesExporter.CENTRED). It is placement, computed per slide; the look stays in the styles.
                        para.getCTP().getPPr().addNewSpacing().setBefore(BigInteger.valueOf(StyleDef.twips(f.before())));
                    }
                }
            }
            modernWord(doc);
            section(doc, page);
            footers(doc, meta.title());
            if (embedFonts) {
                used.add(fonts.display().primary(FontStyle.REGULAR));
                FontEmbedder.embed(doc, used, ctx);
            }
            properties(doc.getProperties(), meta);
            try (PackageParts parts = new PackageParts()) {
                doc.write(parts);
                return parts.parts();
            }
        } catch (XmlException e) {
            throw new IllegalStateException("the deck's numbering definitions do not parse", e);
        } finally {
            // Not close(): a new document's package closes by saving itself once more, zip and all, into a buffer
            // POI made for it and nobody reads (a tenth of writing a deck); revert drops it, nothing is on disk.
            doc.getPackage().revert();
        }
    }

    /**
     * The numbering definitions for decks whose ordered lists start at {@code orderedStarts}, parsed once per thread:
     * decks of a batch mostly share them, and parsing them into XMLBeans for every deck was about a fortieth of
     * writing one. POI keeps the object it is given and only serialises it when the deck is saved, and a thread
     * saves one deck at a time, so sharing it there changes no byte.
     */
    static CTNumbering numbering(List<Integer> orderedStarts) throws XmlException {
        Map<String, CTNumbering> mine = NUMBERINGS.get();
        String xml = ListNumbering.xml(orderedStarts);
        CTNumbering kept = mine.get(xml);
        if (kept == null) {
            kept = NumberingDocument.Factory.parse(xml).getNumbering();
            mine.put(xml, kept);
        }
        return kept;
    }

    private void paragraph(XWPFParagraph p, Para para, String styleId, Slide slide) {
        p.setStyle(styleId);
        if (para.numId() > 0) {
            CTNumPr num = p.getCTP().getPPr().addNewNumPr();
            num.addNewIlvl().setVal(BigInteger.valueOf(para.level()));
            num.addNewNumId().setVal(BigInteger.valueOf(para.numId()));
        }
        StyleMetrics m = metrics.get(styleId);
        Piece.Fonts f = fonts.forStyle(m, slide);
        List<List<Piece>> lines = Piece.lines(para, f, m.bold(), m.italic());
        CTHyperlink link = null;
        Inline.Link current = null;
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                (link != null ? linkRun(p, link) : p.createRun()).addBreak();
            }
            for (Piece piece : lines.get(i)) {
                if (piece.link() != current) {
                    current = piece.link();
                    link = current == null ? null : hyperlink(p, current, slide);
                }
                XWPFRun run = link != null ? linkRun(p, link) : p.createRun();
                format(run, piece, m, link != null, para.code() != null);
                used.add(piece.face());
                if (piece.tab()) {
                    run.addTab();
                } else {
                    run.setText(piece.text());
                }
            }
        }
    }

    private void format(XWPFRun run, Piece piece, StyleMetrics m, boolean inLink, boolean codeBlock) {
        boolean strong = piece.strong() && !m.bold();
        boolean emph = piece.emph();
        if (codeBlock) {
            strong = false;
        } else if (piece.code()) {
            run.setStyle(StyleSheet.CODE);
        } else if (inLink) {
            run.setStyle(StyleSheet.HYPERLINK);
        } else if (strong) {
            run.setStyle(StyleSheet.STRONG);
            strong = false;
        } else if (emph) {
            run.setStyle(StyleSheet.EMPHASIS);
            emph = false;
        }
        if (strong) {
            run.setBold(true);
        }
        if (emph) {
            run.setItalic(true);
        }
        String family = piece.face().family();
        String styleFamily = piece.code() ? DeckFonts.first(fonts.mono()) : m.font();
        if (!family.equals(styleFamily)) {
            run.setFontFamily(family);
        }
    }

    /** A hyperlink element for a link, or null (with a warning) when its target is not a valid URI. */
    private CTHyperlink hyperlink(XWPFParagraph p, Inline.Link l, Slide slide) {
        try {
            new URI(l.destination());
        } catch (URISyntaxException e) {
            ctx.warn(slide.line(), "the link target '" + l.destination() + "' in " + slide.where()
                    + " is not a valid URI; its text is kept without the link");
            return null;
        }
        String rid = p.getPart().getPackagePart()
                .addExternalRelationship(l.destination(), XWPFRelation.HYPERLINK.getRelation()).getId();
        CTHyperlink h = p.getCTP().addNewHyperlink();
        h.setId(rid);
        if (!l.title().isEmpty()) {
            h.setTooltip(l.title());
        }
        return h;
    }

    private static XWPFRun linkRun(XWPFParagraph p, CTHyperlink h) {
        CTR r = h.addNewR();
        return new XWPFHyperlinkRun(h, r, p);
    }

    /**
     * Marks the file as written for Word 2013 and later, so Word opens it without "Compatibility Mode". The schema
     * classes POI ships do not cover {@code w:compat}, so it is added as plain XML.
     */
    private static void modernWord(XWPFDocument doc) {
        org.w3c.dom.Node settings = doc.getSettings().getCTSettings().getDomNode();
        org.w3c.dom.Document owner = settings.getOwnerDocument();
        org.w3c.dom.Element compat = owner.createElementNS(StyleMetrics.W, "w:compat");
        org.w3c.dom.Element setting = owner.createElementNS(StyleMetrics.W, "w:compatSetting");
        setting.setAttributeNS(StyleMetrics.W, "w:name", "compatibilityMode");
        setting.setAttributeNS(StyleMetrics.W, "w:uri", "http://schemas.microsoft.com/office/word");
        setting.setAttributeNS(StyleMetrics.W, "w:val", "15");
        compat.appendChild(setting);
        settings.appendChild(compat);
    }

    private static void section(XWPFDocument doc, Page page) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(StyleDef.twips(page.width())));
        size.setH(BigInteger.valueOf(StyleDef.twips(page.height())));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(StyleDef.twips(page.top())));
        mar.setBottom(BigInteger.valueOf(StyleDef.twips(page.bottom())));
        mar.setLeft(BigInteger.valueOf(StyleDef.twips(page.side())));
        mar.setRight(BigInteger.valueOf(StyleDef.twips(page.side())));
        mar.setHeader(BigInteger.valueOf(StyleDef.twips(page.footer())));
        mar.setFooter(BigInteger.valueOf(StyleDef.twips(page.footer())));
        mar.setGutter(BigInteger.ZERO);
    }

    /** The title-slide footer is empty; every other slide shows the title and its number (a PAGE field). */
    private static void footers(XWPFDocument doc, String title) {
        XWPFFooter first = doc.createFooter(HeaderFooterType.FIRST);
        firstParagraph(first).setStyle(StyleSheet.FOOTER);
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = firstParagraph(footer);
        p.setStyle(StyleSheet.FOOTER);
        p.createRun().setText(title);
        p.createRun().addTab();
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText("2");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        if (!sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
    }

    private static XWPFParagraph firstParagraph(XWPFFooter footer) {
        return footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
    }

    private void properties(POIXMLProperties props, Metadata meta) {
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        core.setTitle(meta.title());
        if (!meta.author().isEmpty()) {
            core.setCreator(meta.author());
        }
        core.setSubjectProperty(meta.subtitle().isEmpty() ? meta.title() : meta.subtitle());
        if (!meta.keywords().isEmpty()) {
            core.setKeywords(String.join(", ", meta.keywords()));
        }
        if (!meta.source().isEmpty()) {
            core.setIdentifier(meta.source());
        }
        core.getUnderlyingProperties().setLanguageProperty(meta.language());
        Date when = Date.from(ctx.timestamp());
        core.setCreated(Optional.of(when));
        core.setModified(Optional.of(when));
    }
}
