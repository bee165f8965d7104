package org.outboxdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outboxdoctor.i18n.Language;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/** {@code --help} speaks the language of {@code --lang} (or the computer's): every description and picocli's headings. */
class HelpLanguageTest {
    private final Locale before = Locale.getDefault();

    /** What a helpdesk sees first in each language: the headings, the subcommand label and two descriptions. */
    private record Expected(String usage, String commands, String subcommand, String email, String help, String exitStatus) {
    }

    private static final Map<Language, Expected> EXPECTED = Map.of(
            Language.EN, new Expected("Usage: ", "Commands:", "[COMMAND]", "The email address that cannot send.",
                    "Show this help message and exit.", "Exit status: 0 your settings can send"),
            Language.DE, new Expected("Aufruf: ", "Befehle:", "[BEFEHL]", "Die E-Mail-Adresse, die nicht senden kann.",
                    "Diese Hilfe zeigen und beenden.", "Exit-Status: 0 Ihre Einstellungen können senden"),
            Language.FR, new Expected("Utilisation\u00a0: ", "Commandes\u00a0:", "[COMMANDE]",
                    "L'adresse e-mail qui ne peut pas envoyer.", "Afficher cette aide et quitter.",
                    "Code de sortie\u00a0: 0 vos paramètres peuvent envoyer"),
            Language.ES, new Expected("Uso: ", "Comandos:", "[COMANDO]", "La dirección de correo que no puede enviar.",
                    "Mostrar esta ayuda y salir.", "Código de salida: 0 sus ajustes pueden enviar"));

    @AfterEach
    void restoreDefault() {
        Locale.setDefault(before);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void checkHelpIsInTheLanguageAskedFor(Language language) {
        Locale.setDefault(language == Language.EN ? Locale.GERMANY : Locale.US);
        Expected expected = EXPECTED.get(language);
        CommandLineTest.Result r = CommandLineTest.run("", "check", "--help", "--lang", language.code());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith(expected.usage() + "outbox-doctor check "), r.out());
        String text = flat(r.out());
        for (String line : List.of(expected.email(), expected.help(), expected.exitStatus())) {
            assertTrue(text.contains(line), line + " in " + r.out());
        }
        for (Language other : Language.values()) {
            if (other != language) {
                assertFalse(text.contains(EXPECTED.get(other).email()), other + " in " + r.out());
                assertFalse(text.contains(EXPECTED.get(other).help()), other + " in " + r.out());
            }
        }
        assertTrue(r.out().contains("--email=ADDRESS") && r.out().contains("--password-env=VAR"), "option names stay: " + r.out());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theHeadingsOfACommandWithSubcommandsAreInTheLanguageToo(Language language) {
        Expected expected = EXPECTED.get(language);
        CommandLineTest.Result r = CommandLineTest.run("", "practice", "--lang=" + language.code(), "--help");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith(expected.usage() + "outbox-doctor practice "), r.out());
        assertTrue(r.out().contains(" " + expected.subcommand() + System.lineSeparator()), r.out());
        assertTrue(r.out().contains(System.lineSeparator() + expected.commands() + System.lineSeparator()), r.out());
        assertTrue(r.out().contains("  list  ") && r.out().contains("  run   "), "command names stay: " + r.out());
    }

    @Test
    void withoutLangTheHelpFollowsTheComputerLikeTheReports() {
        Locale.setDefault(Locale.GERMANY);
        CommandLineTest.Result german = CommandLineTest.run("", "--help");
        assertEquals(0, german.exit(), german.toString());
        assertTrue(german.out().startsWith("Aufruf: outbox-doctor [-hV] [BEFEHL]"), german.out());
        assertTrue(german.out().contains(System.lineSeparator() + "Befehle:" + System.lineSeparator()), german.out());

        Locale.setDefault(Locale.ITALY);
        CommandLineTest.Result english = CommandLineTest.run("", "--help");
        assertTrue(english.out().startsWith("Usage: outbox-doctor [-hV] [COMMAND]"), "not one of ours: English " + english.out());
        assertTrue(english.out().contains("Finds out why email cannot be sent from this computer."), english.out());
    }

    @Test
    void langIsFoundAnywhereBeforeTheEndOfOptions() {
        Locale.setDefault(Locale.US);
        assertTrue(CommandLineTest.run("", "practice", "run", "--help", "--lang", "es").out()
                .startsWith("Uso: outbox-doctor practice run "));
        // given to `practice`, it is the language of `practice list --help` too
        assertTrue(CommandLineTest.run("", "practice", "--lang", "de", "list", "--help").out()
                .startsWith("Aufruf: outbox-doctor practice list "));
        // after "--" it is the text to explain, not an option
        CommandLineTest.Result r = CommandLineTest.run("", "explain", "--help", "--", "--lang", "fr");
        assertTrue(r.out().startsWith("Usage: outbox-doctor explain "), r.out());
    }

    @Test
    void anUnknownLanguageWithHelpIsStillAUsageError() {
        for (List<String> args : List.of(List.of("check", "--lang", "xx", "--help"), List.of("check", "--help", "--lang", "xx"),
                List.of("practice", "run", "--lang=de-CH", "--help"))) {
            CommandLineTest.Result r = CommandLineTest.run("", args.toArray(String[]::new));
            assertEquals(2, r.exit(), args + ": " + r);
            assertEquals("", r.out(), "no help printed: " + r.out());
            assertTrue(r.err().contains("--lang") && r.err().contains(args.contains("xx") ? "\"xx\"" : "de-CH"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyCommandOptionAndHeadingHasATextInEveryLanguage(Language language) {
        Map<String, String> english = texts(commands(OutboxDoctorCli.helpTexts(Language.EN)));
        Map<String, String> texts = texts(commands(OutboxDoctorCli.helpTexts(language)));
        assertEquals(english.keySet(), texts.keySet());
        List<String> problems = new ArrayList<>();
        texts.forEach((what, text) -> {
            if (text.isBlank()) {
                problems.add(what + " has no text");
            } else if (language != Language.EN && text.equals(english.get(what))) {
                problems.add(what + " is still English: " + text);
            }
        });
        assertEquals(List.of(), problems);
        assertTrue(texts.size() > 60, "every command, option (hidden ones too) and heading: " + texts.keySet());
    }

    /** German, as English texts equal picocli's own defaults for some keys; every language has the same keys (BundleConsistencyTest). */
    @Test
    void everyKeyOfTheHelpBundleIsReadByPicocli() {
        ResourceBundle german = OutboxDoctorCli.helpTexts(Language.DE);
        Map<String, String> all = texts(commands(german));
        List<String> unused = german.keySet().stream().sorted()
                .filter(key -> texts(commands(without(german, key))).equals(all)).toList();
        assertEquals(List.of(), unused, "keys picocli never reads (a misspelled option or command name?)");
    }

    private static CommandLine commands(ResourceBundle help) {
        return OutboxDoctorCli.commands(Map.of(), new ByteArrayInputStream(new byte[0]), help);
    }

    /** Every text picocli shows in any --help of the tree, by what it belongs to; hidden options too. */
    private static Map<String, String> texts(CommandLine root) {
        Map<String, String> texts = new LinkedHashMap<>();
        collect(root.getCommandSpec(), texts);
        return texts;
    }

    private static void collect(CommandSpec spec, Map<String, String> texts) {
        String name = spec.qualifiedName();
        UsageMessageSpec usage = spec.usageMessage();
        texts.put(name + ": description", String.join("\n", usage.description()));
        texts.put(name + ": usage heading", usage.synopsisHeading());
        if (!spec.subcommands().isEmpty()) {
            texts.put(name + ": commands heading", usage.commandListHeading());
            texts.put(name + ": subcommand label", usage.synopsisSubcommandLabel());
        }
        for (OptionSpec option : spec.options()) {
            texts.put(name + " " + option.longestName(), String.join("\n", option.description()));
        }
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            texts.put(name + " " + parameter.paramLabel(), String.join("\n", parameter.description()));
        }
        spec.subcommands().values().forEach(sub -> collect(sub.getCommandSpec(), texts));
    }

    private static ResourceBundle without(ResourceBundle bundle, String left) {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return key.equals(left) || !bundle.containsKey(key) ? null : bundle.getObject(key);
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(bundle.keySet().stream().filter(k -> !k.equals(left)).toList());
            }
        };
    }

    /** The help as one line: picocli wraps at the terminal's width, the test reads the words. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
