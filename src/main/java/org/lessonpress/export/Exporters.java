package org.lessonpress.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.lessonpress.theme.CoreKeys;
import org.lessonpress.theme.ThemeKey;

/** The registered exporters, found with {@link ServiceLoader} on the class path, in registration order. */
public final class Exporters {
    private final Map<String, Exporter> byId;

    private Exporters(Map<String, Exporter> byId) {
        this.byId = byId;
    }

    public static Exporters discover() {
        return discover(Exporters.class.getClassLoader());
    }

    public static Exporters discover(ClassLoader loader) {
        Map<String, Exporter> byId = new LinkedHashMap<>();
        for (Exporter e : ServiceLoader.load(Exporter.class, loader)) {
            if (!e.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalStateException("exporter " + e.getClass().getName() + " has id '" + e.id() + "'; use lower-case words");
            }
            Exporter old = byId.putIfAbsent(e.id(), e);
            if (old != null && old.getClass() != e.getClass()) {
                throw new IllegalStateException("two exporters claim the id '" + e.id() + "': "
                        + old.getClass().getName() + " and " + e.getClass().getName());
            }
        }
        return new Exporters(byId);
    }

    public static Exporters of(List<Exporter> exporters) {
        Map<String, Exporter> byId = new LinkedHashMap<>();
        exporters.forEach(e -> byId.put(e.id(), e));
        return new Exporters(byId);
    }

    public List<Exporter> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Exporter> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** The theme schema: the core keys plus every exporter's own. */
    public List<ThemeKey<?>> themeKeys() {
        List<ThemeKey<?>> keys = new ArrayList<>(CoreKeys.all());
        for (Exporter e : byId.values()) {
            keys.addAll(e.themeKeys());
        }
        return keys;
    }
}
