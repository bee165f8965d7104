package org.outboxdoctor.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one reader of the mail program's settings, for the wizard and the command line alike: the same defaults
 * ({@code mail.<domain>}, the server name's port or 587, the port's own security, the address as user name, or what
 * the provider's profile says), the same corrections, noted in the same words.
 */
public final class SettingsReader {
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");

    private SettingsReader() {
    }

    /**
     * @param profile the provider, when it is known before the check (chosen by the user); its user-name rule makes
     *                the default user name
     * @throws InvalidSettingException with one plain sentence for input that cannot be read
     */
    public static MailSettings read(RawSettings raw, Optional<ProviderProfile> profile) {
        EmailAddress address = EmailAddress.parse(raw.email());
        ServerInput input = ServerInput.parse(raw.server().isEmpty() ? "mail." + address.domain() : raw.server());
        List<SettingNote> notes = new ArrayList<>(input.notes());
        int port = input.port().orElse(Ports.SUBMISSION);
        if (!raw.port().isEmpty()) {
            port = port(raw.port());
            if (input.port().isPresent() && input.port().getAsInt() != port) {
                notes.add(SettingNote.of("note.twoPorts", input.port().getAsInt(), port));
            }
        }
        Security security = raw.security().isEmpty()
                ? input.securityHint() != null ? input.securityHint() : Security.standardFor(port)
                : Security.parse(raw.security()).orElseThrow(() -> InvalidSettingException.of(
                "problem.security", raw.security()));
        UserName.check(raw.username());
        boolean usernameGiven = !raw.username().isEmpty() && !raw.username().equals(raw.email());
        EmailAddress from = raw.from().isEmpty() ? address : EmailAddress.parse(raw.from());
        MailSettings settings = new MailSettings(address, usernameGiven ? raw.username() : address.toString(), input.host(),
                port, security, raw.auth(), notes, usernameGiven, from);
        return profile.map(p -> forProvider(settings, p)).orElse(settings);
    }

    /**
     * The settings with the provider's user-name rule applied, once the provider is known (the engine learns it from
     * the domain's MX): a default user name becomes the local part where the provider logs in with it; a user name
     * the user typed is kept.
     */
    public static MailSettings forProvider(MailSettings settings, ProviderProfile profile) {
        String name = profile.usernameFor(settings.address());
        if (settings.usernameGiven() || name.equals(settings.username())) {
            return settings;
        }
        return settings.withDefaultUsername(name, SettingNote.of("note.localPartUsername", profile.name(), name));
    }

    /** A port typed as text: a whole number from 1 to 65535. */
    public static int port(String text) {
        String digits = text == null ? "" : text.strip();
        if (!PORT.matcher(digits).matches()) {
            throw InvalidSettingException.of("problem.port.notANumber", digits);
        }
        return Ports.check(Integer.parseInt(digits));
    }
}
