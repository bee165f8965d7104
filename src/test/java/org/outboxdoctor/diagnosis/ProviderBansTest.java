package org.outboxdoctor.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.i18n.Bundles;
import org.outboxdoctor.i18n.Language;
import org.outboxdoctor.settings.ProviderCatalog;
import org.outboxdoctor.settings.ProviderProfile;

/** The providers' ban sentences: one key per profile that has one, the English the profile's own, translated. */
class ProviderBansTest {
    private final ProviderCatalog catalog = ProviderCatalog.load();

    @Test
    void everyProfileWithABanSentenceHasItsKeyAndNoKeyIsLeftOver() {
        Set<String> expected = catalog.all().stream().filter(p -> !p.bans().isEmpty()).filter(ProviderBansTest::shipped)
                .map(p -> "bans." + p.id())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> keys = new TreeSet<>(Bundles.load(ProviderBans.BUNDLE_NAME, Locale.ROOT).keySet());
        assertEquals(expected, keys);
    }

    @Test
    void theEnglishIsTheProfilesOwnAndTheOtherLanguagesTranslateIt() {
        for (ProviderProfile p : catalog.all()) {
            if (p.bans().isEmpty() || !shipped(p)) {
                continue;
            }
            assertEquals(p.bans(), ProviderBans.sentence(p, Language.EN.locale()), p.id());
            for (Language language : Set.of(Language.DE, Language.FR, Language.ES)) {
                String translated = ProviderBans.sentence(p, language.locale());
                assertNotEquals(p.bans(), translated, p.id() + " in " + language);
                assertTrue(translated.length() > p.bans().length() / 2, p.id() + ": " + translated);
            }
        }
    }

    /** A profile the application ships (tests add pretend ones of their own). */
    private static boolean shipped(ProviderProfile p) {
        return Files.exists(Path.of("src/main/resources/org/outboxdoctor/providers", p.id() + ".json"));
    }
}
