package org.outboxdoctor.settings;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Every provider profile shipped with the app. Adding a provider is adding one JSON file to
 * {@code resources/org/outboxdoctor/providers/}: the catalog lists that folder, in a jar or not.
 */
public final class ProviderCatalog {
    static final String FOLDER = "org/outboxdoctor/providers/";
    /** Used when nothing tells which provider hosts the domain (no MX answer). */
    public static final String DEFAULT_ID = "stackmail";
    /** Used when the domain's MX points at a provider no profile knows. */
    public static final String GENERIC_ID = "generic";

    private static final Gson GSON = new Gson();

    private final List<ProviderProfile> profiles;

    private ProviderCatalog(List<ProviderProfile> profiles) {
        this.profiles = List.copyOf(profiles);
    }

    public static ProviderCatalog load() {
        List<ProviderProfile> profiles = new ArrayList<>();
        for (URL file : files()) {
            try (InputStream in = file.openStream()) {
                profiles.add(parse(new InputStreamReader(in, StandardCharsets.UTF_8), fileName(file)));
            } catch (IOException e) {
                throw new IllegalStateException("the provider profile " + fileName(file) + " cannot be read: " + e.getMessage(), e);
            }
        }
        profiles.sort(Comparator.comparing(ProviderProfile::id));
        Set<String> ids = new HashSet<>();
        for (ProviderProfile p : profiles) {
            if (!ids.add(p.id())) {
                throw new IllegalStateException("two provider profiles have the id \"" + p.id() + "\"");
            }
        }
        return new ProviderCatalog(profiles);
    }

    /**
     * Reads and checks one profile; {@code file} names it in the error. A broken profile is an
     * IllegalStateException naming the file and the field, never a half-filled profile.
     */
    public static ProviderProfile parse(Reader json, String file) {
        ProviderProfile profile;
        try {
            profile = GSON.fromJson(json, ProviderProfile.class);
        } catch (JsonParseException e) {
            throw new IllegalStateException("the provider profile " + file + " is not valid JSON: " + e.getMessage(), e);
        }
        return ProfileCheck.check(profile, file);
    }

    private static String fileName(URL file) {
        String path = file.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public List<ProviderProfile> all() {
        return profiles;
    }

    public Optional<ProviderProfile> byId(String id) {
        return profiles.stream().filter(p -> p.id().equalsIgnoreCase(id.trim())).findFirst();
    }

    /**
     * The profile whose MX suffix matches one of the domain's MX hosts; where several do (AOL's MX is a Yahoo host),
     * the longest suffix, the most specific, wins.
     */
    public Optional<ProviderProfile> byMx(List<String> mxHosts) {
        ProviderProfile best = null;
        int bestLength = 0;
        for (ProviderProfile p : profiles) {
            for (String host : mxHosts) {
                int length = p.mxSuffixFor(host).map(String::length).orElse(0);
                if (length > bestLength) {
                    best = p;
                    bestLength = length;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    public ProviderProfile require(String id) {
        return byId(id).orElseThrow(() -> InvalidSettingException.of("problem.profile",
                id, String.join(", ", profiles.stream().map(ProviderProfile::id).toList())));
    }

    /** Every profile file in every class-path entry that has the folder (the app's, and test resources). */
    private static List<URL> files() {
        List<URL> files = new ArrayList<>();
        try {
            Enumeration<URL> folders = ProviderCatalog.class.getClassLoader().getResources(FOLDER);
            while (folders.hasMoreElements()) {
                files.addAll(filesIn(folders.nextElement()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException(FOLDER + " is missing from the application");
        }
        return files;
    }

    private static List<URL> filesIn(URL folder) throws IOException {
        List<URL> files = new ArrayList<>();
        if ("jar".equals(folder.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) folder.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String entry = entries.nextElement().getName();
                    if (entry.startsWith(FOLDER) && entry.endsWith(".json") && entry.indexOf('/', FOLDER.length()) < 0) {
                        files.add(new URL(folder, entry.substring(FOLDER.length())));
                    }
                }
            }
            return files;
        }
        try (Stream<Path> paths = Files.list(Path.of(folder.toURI()))) {
            for (Path p : paths.filter(x -> x.getFileName().toString().endsWith(".json")).sorted().toList()) {
                files.add(p.toUri().toURL());
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
