package org.outboxdoctor.export;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.outboxdoctor.i18n.Bundles;

/**
 * The words of the hand-over, {@code org/outboxdoctor/export/steps.properties}, checked as a whole when they load
 * so a broken file fails at once with every problem named instead of a step going missing for one program.
 */
public final class ExportTexts {
    static final String BUNDLE_NAME = "org.outboxdoctor.export.steps";
    private static final Pattern PROGRAM_KEY =
            Pattern.compile("([a-zA-Z]+)\\.(title|security\\.(?:none|starttls|tls)|auth\\.(?:yes|no)|step\\.([1-9][0-9]*)(?:\\.(incoming|auth))?)");
    private static final List<String> PROGRAM_WORDS =
            List.of("title", "security.none", "security.starttls", "security.tls", "auth.yes", "auth.no");
    private static final Set<String> OTHER_KEYS = Set.of("file.displayName", "file.displayName.practice",
            "file.profileDescription", "file.organization", "file.providerName", "file.providerName.practice",
            "file.steps.header", "file.steps.header.practice", "file.steps.password", "file.steps.noIncoming",
            "file.skipped.noIncoming", "file.removedStale", "export.written", "export.notProven", "export.failed",
            "export.notAFolder");

    /** When a step is shown. */
    enum Condition { ALWAYS, INCOMING, AUTH }

    record Step(String key, Condition condition) {
    }

    private static final Map<Locale, ExportTexts> LOADED = new ConcurrentHashMap<>();

    private final ResourceBundle bundle;

    private ExportTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The English words, checked once. */
    public static ExportTexts get() {
        return get(Locale.ROOT);
    }

    /** The words in {@code locale}'s language (English where a translation lacks a key), checked once. */
    public static ExportTexts get(Locale locale) {
        return LOADED.computeIfAbsent(locale, l -> checked(Bundles.load(BUNDLE_NAME, l)));
    }

    /** Checks every key and text of a bundle; throws naming every problem found. */
    static ExportTexts checked(ResourceBundle bundle) {
        List<String> problems = new ArrayList<>();
        Set<String> programs = new TreeSet<>();
        Arrays.stream(MailProgram.values()).forEach(p -> programs.add(p.key()));
        for (String key : Collections.list(bundle.getKeys())) {
            Matcher m = PROGRAM_KEY.matcher(key);
            if (!OTHER_KEYS.contains(key) && !(m.matches() && programs.contains(m.group(1)))) {
                problems.add("unknown key " + key);
            }
            try {
                new MessageFormat(bundle.getString(key), Locale.ROOT);
            } catch (IllegalArgumentException e) {
                problems.add(key + " is not a valid pattern (" + e.getMessage() + ")");
            }
        }
        for (String key : OTHER_KEYS) {
            if (!bundle.containsKey(key)) {
                problems.add("missing " + key);
            }
        }
        ExportTexts texts = new ExportTexts(bundle);
        for (MailProgram program : MailProgram.values()) {
            for (String word : PROGRAM_WORDS) {
                if (!bundle.containsKey(program.key() + "." + word)) {
                    problems.add("missing " + program.key() + "." + word);
                }
            }
            problems.addAll(texts.stepProblems(program));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(BUNDLE_NAME.replace('.', '/') + ".properties is broken: "
                    + String.join("; ", problems));
        }
        return texts;
    }

    /** The steps must be numbered 1, 2, 3 ... with one text for each number. */
    private List<String> stepProblems(MailProgram program) {
        List<String> problems = new ArrayList<>();
        int count = 0;
        for (String key : Collections.list(bundle.getKeys())) {
            Matcher m = PROGRAM_KEY.matcher(key);
            if (m.matches() && m.group(1).equals(program.key()) && m.group(3) != null) {
                count++;
            }
        }
        if (count == 0) {
            problems.add(program.key() + " has no steps");
        }
        for (int n = 1; n <= count; n++) {
            String base = program.key() + ".step." + n;
            long found = Arrays.stream(new String[] {base, base + ".incoming", base + ".auth"}).filter(bundle::containsKey).count();
            if (found != 1) {
                problems.add(base + (found == 0 ? " is missing (the steps must be numbered without gaps)"
                        : " is there more than once"));
            }
        }
        return problems;
    }

    /** The program's steps in order, each with when it is shown. */
    List<Step> steps(MailProgram program) {
        List<Step> steps = new ArrayList<>();
        for (int n = 1; ; n++) {
            String base = program.key() + ".step." + n;
            if (bundle.containsKey(base)) {
                steps.add(new Step(base, Condition.ALWAYS));
            } else if (bundle.containsKey(base + ".incoming")) {
                steps.add(new Step(base + ".incoming", Condition.INCOMING));
            } else if (bundle.containsKey(base + ".auth")) {
                steps.add(new Step(base + ".auth", Condition.AUTH));
            } else {
                return steps;
            }
        }
    }

    String program(MailProgram program, String word) {
        return format(program.key() + "." + word);
    }

    /** Fills a text in; numbers are passed as text so port 2525 never reads "2,525". */
    public String format(String key, Object... arguments) {
        Object[] asText = Arrays.stream(arguments).map(a -> a instanceof Number ? a.toString() : a).toArray();
        try {
            return new MessageFormat(bundle.getString(key), Locale.ROOT).format(asText);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No text " + key + " in " + BUNDLE_NAME, e);
        }
    }

    /** The name a file shows for the account: the address, and PRACTICE with the scenario for practice runs. */
    String accountName(HandOver handOver) {
        return handOver.practice() ? format("file.displayName.practice", handOver.address(), handOver.practiceScenario())
                : format("file.displayName", handOver.address());
    }

    /** The name an autoconfig file shows for the provider (the domain). */
    String providerName(HandOver handOver) {
        return handOver.practice() ? format("file.providerName.practice", handOver.domain(), handOver.practiceScenario())
                : format("file.providerName", handOver.domain());
    }
}
