package org.outboxdoctor.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.outboxdoctor.i18n.Bundles;

/**
 * The words of the practice scenarios, {@code org/outboxdoctor/practice/scenarios.properties} or a translation next
 * to it: {@code scenario.<id>.title} (one line for the picker) and {@code scenario.<id>.teaches} ("what this scenario
 * was"). The JSON holds only ids and data.
 */
public final class ScenarioTexts {
    static final String BUNDLE_NAME = "org.outboxdoctor.practice.scenarios";

    private ScenarioTexts() {
    }

    static ResourceBundle english() {
        return Bundles.load(BUNDLE_NAME, Locale.ROOT);
    }

    static String title(String id, Locale locale) {
        return text(Bundles.load(BUNDLE_NAME, locale), id, "title");
    }

    static String teaches(String id, Locale locale) {
        return text(Bundles.load(BUNDLE_NAME, locale), id, "teaches");
    }

    static String text(ResourceBundle bundle, String id, String what) {
        return Bundles.format(bundle.getString(key(id, what)), Locale.ROOT).strip();
    }

    static String key(String id, String what) {
        return "scenario." + id + "." + what;
    }

    /** What the English base lacks for these scenarios, and keys that belong to no scenario. */
    static List<String> problems(ResourceBundle english, List<String> ids) {
        List<String> problems = new ArrayList<>();
        for (String id : ids) {
            for (String what : List.of("title", "teaches")) {
                String key = key(id, what);
                if (!english.containsKey(key) || english.getString(key).isBlank()) {
                    problems.add("scenario " + id + ": needs " + key + " in scenarios.properties");
                }
            }
        }
        for (String key : english.keySet()) {
            String id = key.replaceFirst("^scenario\\.(.+)\\.(title|teaches)$", "$1");
            if (id.equals(key) || !ids.contains(id)) {
                problems.add(key + " in scenarios.properties belongs to no scenario");
            }
        }
        return problems;
    }
}
