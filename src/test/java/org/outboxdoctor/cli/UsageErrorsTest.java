package org.outboxdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A wrong command line is told in the language the arguments ask for ({@code --lang}, else the computer's): the
 * sentence, the suggestion and the help pointer, exit status 2, and a misplaced value (maybe a password) never
 * quoted back.
 */
class UsageErrorsTest {
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreDefault() {
        Locale.setDefault(before);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|There is no --password option|Run \"outbox-doctor check --help\" to see what it accepts.",
            "de|Eine Option --password gibt es nicht|Mit „outbox-doctor check --help“ sehen Sie, was der Befehl annimmt.",
            "fr|Il n’y a pas d’option --password|Lancez « outbox-doctor check --help » pour voir ce que la commande accepte.",
            "es|No existe la opción --password|Ejecute «outbox-doctor check --help» para ver lo que acepta."})
    void aPasswordOnTheCommandLineIsRefusedInTheLanguageAskedFor(String lang, String sentence, String help) {
        CommandLineTest.Result r = usage("check", "--email", "a@example.org", "--password", "hunter2", "--lang", lang);
        List<String> lines = r.err().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith(sentence), lines.get(0));
        assertTrue(lines.get(0).contains("--password-env VARIABLE"), "option names stay as they are: " + lines.get(0));
        assertEquals(help, lines.get(1));
        assertFalse(r.err().contains("hunter2"), r.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|--port needs a whole number, like 587, not \"abc\".",
            "de|--port braucht eine ganze Zahl, zum Beispiel 587, nicht „abc“.",
            "fr|--port attend un nombre entier, par exemple 587, pas « abc ».",
            "es|--port necesita un número entero, como 587, no «abc»."})
    void aWordWhereANumberGoesIsExplainedInEveryLanguage(String lang, String sentence) {
        CommandLineTest.Result r = usage("check", "--lang", lang, "--email", "a@example.org", "--port", "abc");
        assertEquals(sentence, r.err().lines().findFirst().orElse(""));
    }

    @Test
    void theLanguageAlsoCountsWrittenWithAnEqualsSignAndWithoutItTheComputersLanguage() {
        assertTrue(usage("check", "--lang=fr", "--email", "a@example.org", "--port", "abc").err()
                .startsWith("--port attend un nombre entier"));
        Locale.setDefault(Locale.GERMANY);
        assertTrue(usage("check", "--email", "a@example.org", "--port", "abc").err().startsWith("--port braucht eine ganze Zahl"));
        // a value that is no language: the computer's language, and --lang's own sentence says so
        CommandLineTest.Result r = usage("check", "--email", "a@example.org", "--lang", "xx");
        assertTrue(r.err().contains("Mit „outbox-doctor check --help“"), r.err());
    }

    @Test
    void aMisspelledCommandGetsASuggestionInGerman() {
        CommandLineTest.Result r = usage("chek", "--email", "a@example.org", "--lang", "de");
        List<String> lines = r.err().lines().toList();
        assertEquals(List.of("Den Befehl „chek“ gibt es nicht.", "Meinten Sie: check?",
                "Mit „outbox-doctor --help“ sehen Sie, was der Befehl annimmt."), lines);
    }

    @Test
    void aWordThatIsNoCommandIsNamedWithoutASuggestion() {
        assertEquals(List.of("La commande « wibble » n’existe pas.", "Lancez « outbox-doctor practice --help » pour voir ce que la commande accepte."),
                usage("practice", "wibble", "--lang", "fr").err().lines().toList());
    }

    @Test
    void aMisspelledOptionIsNamedWithoutItsValueAndGetsASuggestion() {
        CommandLineTest.Result r = usage("check", "--email", "a@example.org", "--securty=hunter2", "--lang", "es");
        List<String> lines = r.err().lines().toList();
        assertEquals("No existe la opción --securty.", lines.get(0));
        assertTrue(lines.get(1).startsWith("¿Quería decir: ") && lines.get(1).contains("--security"), lines.get(1));
        assertFalse(r.err().contains("hunter2"), "what follows = may be a secret: " + r.err());
    }

    @Test
    void aValueTheCommandDoesNotTakeIsNeverQuotedBack() {
        // the classic: a password typed after --password-stdin
        CommandLineTest.Result r = usage("check", "--email", "a@example.org", "--password-stdin", "s3cret-typed", "--lang", "fr");
        assertTrue(r.err().startsWith("Cette commande a reçu une valeur qu’elle n’accepte pas."), r.err());
        assertFalse(r.err().contains("s3cret-typed"), r.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Something is missing: please give --email ADDRESS.|--email needs a value after it: --email ADDRESS.",
            "de|Es fehlt eine Angabe: Bitte geben Sie --email ADDRESS an.|--email braucht dahinter einen Wert: --email ADDRESS.",
            "fr|Il manque une indication : veuillez indiquer --email ADDRESS.|--email attend une valeur juste après : --email ADDRESS.",
            "es|Falta un dato: indique --email ADDRESS, por favor.|--email necesita un valor justo después: --email ADDRESS."})
    void aMissingOptionAndAMissingValueAreTwoSentences(String lang, String missingOption, String missingValue) {
        assertEquals(missingOption, usage("check", "--no-auth", "--lang", lang).err().lines().findFirst().orElse(""));
        assertEquals(missingValue, usage("check", "--lang", lang, "--no-auth", "--email").err().lines().findFirst().orElse(""));
    }

    @Test
    void aMissingScenarioNameTwoPasswordSourcesAndAnOptionTwiceInTheirLanguages() {
        assertEquals("Il manque une indication : veuillez indiquer NAME.",
                usage("practice", "run", "--lang", "fr").err().lines().findFirst().orElse(""));
        assertEquals("Estas opciones no se pueden usar juntas: --password-env, --password-stdin. Indique solo una de ellas, por favor.",
                usage("check", "--email", "a@example.org", "--password-env", "PW", "--password-stdin", "--lang", "es")
                        .err().lines().findFirst().orElse(""));
        assertEquals("--port wurde mehrmals angegeben. Bitte geben Sie die Option nur einmal an.",
                usage("check", "--email", "a@example.org", "--port", "587", "--port", "465", "--lang", "de")
                        .err().lines().findFirst().orElse(""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|The trust store file /nonexistent/ca.pem cannot be read.|The trust store ca.p12 could not be read as PEM, PKCS12 or JKS",
            "de|Die Datei mit den vertrauenswürdigen Zertifikaten /nonexistent/ca.pem kann nicht gelesen werden.|Die Datei mit den vertrauenswürdigen Zertifikaten ca.p12 ließ sich nicht als PEM, PKCS12 oder JKS lesen",
            "fr|Le fichier de certificats de confiance /nonexistent/ca.pem ne peut pas être lu.|Le fichier de certificats de confiance ca.p12 n’a pas pu être lu comme PEM, PKCS12 ou JKS",
            "es|El archivo de certificados de confianza /nonexistent/ca.pem no se puede leer.|El archivo de certificados de confianza ca.p12 no se pudo leer como PEM, PKCS12 ni JKS"})
    void aTrustStoreThatCannotBeUsedIsAUsageErrorInTheLanguageAskedFor(String lang, String missing, String broken,
                                                                        @TempDir Path dir) throws Exception {
        CommandLineTest.Result gone = usage("check", "--email", "a@example.org", "--no-auth", "--trust-store", "/nonexistent/ca.pem",
                "--dns", "127.0.0.1:9", "--lang", lang);
        assertEquals(missing, gone.err().strip());
        Path notAStore = Files.writeString(dir.resolve("ca.p12"), "this is not a key store", StandardCharsets.UTF_8);
        CommandLineTest.Result bad = usage("check", "--email", "a@example.org", "--no-auth", "--trust-store", notAStore.toString(),
                "--dns", "127.0.0.1:9", "--lang", lang);
        assertTrue(bad.err().startsWith(broken), bad.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[::1|de|--dns braucht HOST oder HOST:PORT, zum Beispiel 192.0.2.53:53; in „[::1“ wird die [ nie geschlossen.",
            "[12:34:56]|fr|--dns attend HOST ou HOST:PORT, par exemple 192.0.2.53:53 ; dans « [12:34:56] », « 12:34:56 » n’est pas une adresse IPv6.",
            "1:2:3|es|--dns necesita HOST o HOST:PORT, como 192.0.2.53:53; en «1:2:3» una dirección IPv6 va entre corchetes, como [2001:db8::1]:53.",
            "127.0.0.1:99999|en|--dns needs HOST or HOST:PORT, like 192.0.2.53:53; in \"127.0.0.1:99999\" the port must be a number from 1 to 65535.",
            "-bad-|de|--dns braucht HOST oder HOST:PORT, zum Beispiel 192.0.2.53:53; in „-bad-“ ist „-bad-“ weder eine Adresse noch ein Servername."})
    void aResolverThatIsNoAddressIsExplainedInTheLanguageAskedFor(String value, String lang, String sentence) {
        CommandLineTest.Result r = usage("check", "--email", "a@example.org", "--no-auth", "--dns=" + value, "--lang", lang);
        assertEquals(sentence, r.err().strip());
    }

    private static CommandLineTest.Result usage(String... args) {
        CommandLineTest.Result r = CommandLineTest.run("", args);
        assertEquals(2, r.exit(), Stream.of(args).toList() + ": " + r);
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertTrue(r.out().isEmpty(), r.out());
        return r;
    }
}
