package org.outboxdoctor.diagnosis;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Antivirus and security products that read mail by re-signing it, recognised by their certificate issuer. */
final class InterceptionProducts {
    private static final String RESOURCE = "/org/outboxdoctor/interception/products.json";
    private static final List<Product> PRODUCTS = load();

    private InterceptionProducts() {
    }

    /** The product whose issuer name appears in any of the given issuer names. */
    static Optional<Product> recognise(String... issuers) {
        for (String issuer : issuers) {
            String lower = issuer == null ? "" : issuer.toLowerCase(Locale.ROOT);
            for (Product p : PRODUCTS) {
                if (lower.contains(p.issuer().toLowerCase(Locale.ROOT))) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private static List<Product> load() {
        try (InputStream in = InterceptionProducts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return List.copyOf(new Gson().fromJson(new InputStreamReader(in, StandardCharsets.UTF_8), File.class).products);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param setting what to change in the product, in its own menu words */
    record Product(String issuer, String product, String setting) {
    }

    private static final class File {
        List<Product> products = List.of();
    }
}
