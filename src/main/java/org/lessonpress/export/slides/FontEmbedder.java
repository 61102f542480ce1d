package org.lessonpress.export.slides;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.lessonpress.export.ExportContext;
import org.lessonpress.theme.FontFace;
import org.lessonpress.theme.FontStyle;

/**
 * Embeds the faces a deck uses, the way Word does ({@code --embed-fonts}): each TTF goes in as an obfuscated
 * {@code word/fonts/*.odttf} part (its first 32 bytes XORed with a per-font key, ECMA-376 Part 1, 17.8.1), listed in
 * {@code fontTable.xml}, and the settings ask to keep them. Word and LibreOffice then set the deck in the fonts it
 * was fitted with, even where those fonts are not installed. Keys derive from the input, so bytes stay reproducible.
 */
final class FontEmbedder {
    static final String FONT_TABLE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
    static final String FONT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font";
    private static final String FONT_TABLE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    private static final String OBFUSCATED_TYPE = "application/vnd.openxmlformats-officedocument.obfuscatedFont";

    private FontEmbedder() {
    }

    static void embed(XWPFDocument doc, Set<FontFace> faces, ExportContext ctx) throws IOException {
        Map<String, List<FontFace>> byFamily = new LinkedHashMap<>();
        for (FontFace f : faces) {
            byFamily.computeIfAbsent(f.family(), k -> new ArrayList<>()).add(f);
        }
        try {
            OPCPackage pkg = doc.getPackage();
            PackagePart table = pkg.createPart(PackagingURIHelper.createPartName("/word/fontTable.xml"), FONT_TABLE_TYPE);
            doc.getPackagePart().addRelationship(table.getPartName(), TargetMode.INTERNAL, FONT_TABLE);
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                    .append("<w:fonts xmlns:w=\"").append(StyleMetrics.W)
                    .append("\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
            int n = 0;
            for (Map.Entry<String, List<FontFace>> family : byFamily.entrySet()) {
                xml.append("<w:font w:name=\"").append(StyleDef.escape(family.getKey())).append("\">");
                for (FontStyle style : FontStyle.values()) {
                    for (FontFace face : family.getValue()) {
                        if (face.style() == style) {
                            n++;
                            String key = key(ctx, face);
                            PackagePart part = pkg.createPart(PackagingURIHelper.createPartName("/word/fonts/font" + n + ".odttf"),
                                    OBFUSCATED_TYPE);
                            try (OutputStream out = part.getOutputStream()) {
                                out.write(obfuscate(face.bytes(), key));
                            }
                            String rid = table.addRelationship(part.getPartName(), TargetMode.INTERNAL, FONT).getId();
                            xml.append("<w:embed").append(element(style)).append(" r:id=\"").append(rid)
                                    .append("\" w:fontKey=\"").append(key).append("\"/>");
                        }
                    }
                }
                xml.append("</w:font>");
            }
            xml.append("</w:fonts>");
            try (OutputStream out = table.getOutputStream()) {
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("cannot add the font parts", e);
        }
        org.w3c.dom.Node settings = doc.getSettings().getCTSettings().getDomNode();
        settings.insertBefore(settings.getOwnerDocument().createElementNS(StyleMetrics.W, "w:embedTrueTypeFonts"),
                settings.getFirstChild());
    }

    private static String element(FontStyle style) {
        return switch (style) {
            case REGULAR -> "Regular";
            case BOLD -> "Bold";
            case ITALIC -> "Italic";
            case BOLD_ITALIC -> "BoldItalic";
        };
    }

    /** A GUID-shaped key, {@code {0A1B...}}, derived from the input and the face. */
    static String key(ExportContext ctx, FontFace face) {
        byte[] id = ctx.id("font-key " + face.fileName());
        StringBuilder hex = new StringBuilder();
        for (byte b : id) {
            hex.append(String.format(Locale.ROOT, "%02X", b));
        }
        return "{" + hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20) + "}";
    }

    /** XORs the first 32 bytes with the key's 16 bytes taken from its last hex pair to its first; its own inverse. */
    static byte[] obfuscate(byte[] font, String key) {
        String hex = key.replaceAll("[{}-]", "");
        byte[] k = new byte[16];
        for (int i = 0; i < 16; i++) {
            k[i] = (byte) Integer.parseInt(hex.substring(30 - 2 * i, 32 - 2 * i), 16);
        }
        byte[] out = font.clone();
        for (int i = 0; i < 32 && i < out.length; i++) {
            out[i] ^= k[i % 16];
        }
        return out;
    }
}
