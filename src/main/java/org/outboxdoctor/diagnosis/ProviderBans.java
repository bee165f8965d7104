package org.outboxdoctor.diagnosis;

import java.util.Locale;
import java.util.ResourceBundle;
import org.outboxdoctor.i18n.Bundles;
import org.outboxdoctor.settings.ProviderProfile;

/**
 * How a provider bans, in the reader's language: {@code diagnosis/providerbans.properties} ("bans." + the profile's
 * id), whose English is the profile's own {@code bans}. A profile the bundle does not know yet keeps its English.
 */
final class ProviderBans {
    static final String BUNDLE_NAME = "org.outboxdoctor.diagnosis.providerbans";

    private ProviderBans() {
    }

    static String sentence(ProviderProfile profile, Locale locale) {
        ResourceBundle bundle = Bundles.load(BUNDLE_NAME, locale);
        String key = "bans." + profile.id();
        return bundle.containsKey(key) ? Bundles.format(bundle.getString(key), locale) : profile.bans();
    }
}
