package org.outboxdoctor.mailprograms;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where Thunderbird keeps its profiles: the folders per operating system (and the snap and flatpak ones on Linux),
 * and the profiles that profiles.ini lists there. The default profile is the one an install names (installs.ini, or
 * an [Install…] section of profiles.ini), or else the one marked Default=1.
 */
final class ThunderbirdProfiles {
    static final long MAX_INI_BYTES = 1024 * 1024;

    record Profile(String name, Path directory, boolean isDefault) {
    }

    /** Profiles found, and the lines for what could not be read. */
    record Found(List<Profile> profiles, List<ProgramNote> notes) {
    }

    private ThunderbirdProfiles() {
    }

    static List<Path> roots(Path home, HostOs os, Map<String, String> environment) {
        switch (os) {
            case WINDOWS:
                String appData = environment.get("APPDATA");
                Path roaming = appData == null || appData.isBlank()
                        ? home.resolve("AppData").resolve("Roaming") : home.getFileSystem().getPath(appData);
                return List.of(roaming.resolve("Thunderbird"));
            case MACOS:
                return List.of(home.resolve("Library").resolve("Thunderbird"));
            default:
                return List.of(home.resolve(".thunderbird"),
                        home.resolve("snap/thunderbird/common/.thunderbird"),
                        home.resolve(".var/app/org.mozilla.Thunderbird/.thunderbird"));
        }
    }

    static Found find(List<Path> roots, MailProgramsTexts texts) {
        List<Profile> profiles = new ArrayList<>();
        List<ProgramNote> notes = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            for (Profile profile : inRoot(root, notes, texts)) {
                if (seen.add(profile.directory().toAbsolutePath().normalize())) {
                    profiles.add(profile);
                }
            }
        }
        return new Found(profiles, notes);
    }

    private static List<Profile> inRoot(Path root, List<ProgramNote> notes, MailProgramsTexts texts) {
        Path ini = root.resolve("profiles.ini");
        if (!Files.exists(ini, LinkOption.NOFOLLOW_LINKS)) {
            return withoutIni(root);
        }
        IniFile profilesIni;
        try {
            profilesIni = IniFile.parse(BoundedFiles.read(ini, MAX_INI_BYTES));
        } catch (BoundedFiles.CannotRead e) {
            notes.add(new ProgramNote(MailProgram.THUNDERBIRD, Optional.empty(),
                    texts.note(e.failure.note, ini.toString())));
            return withoutIni(root);
        }
        Set<String> installDefaults = installDefaults(root, profilesIni);
        List<Profile> profiles = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> section : profilesIni.sections().entrySet()) {
            String id = section.getKey();
            Optional<String> path = profilesIni.value(id, "Path");
            if (!id.startsWith("Profile") || path.isEmpty()) {
                continue;
            }
            boolean relative = !"0".equals(profilesIni.value(id, "IsRelative").orElse("1"));
            Path directory = relative ? root.resolve(path.get()) : root.getFileSystem().getPath(path.get());
            boolean isDefault = installDefaults.isEmpty()
                    ? "1".equals(profilesIni.value(id, "Default").orElse("0"))
                    : installDefaults.contains(path.get());
            profiles.add(new Profile(profilesIni.value(id, "Name").orElse(directory.getFileName().toString()),
                    directory, isDefault));
        }
        return profiles;
    }

    /** The Default= paths of the installs: installs.ini, and the [Install…] sections newer profiles.ini files carry. */
    private static Set<String> installDefaults(Path root, IniFile profilesIni) {
        Set<String> defaults = new HashSet<>();
        collectInstallDefaults(profilesIni, true, defaults);
        Path installs = root.resolve("installs.ini");
        if (Files.exists(installs)) {
            try {
                collectInstallDefaults(IniFile.parse(BoundedFiles.read(installs, MAX_INI_BYTES)), false, defaults);
            } catch (BoundedFiles.CannotRead e) {
                // profiles.ini's own Default=1 still tells a default; nothing is lost that the user needs to hear
            }
        }
        return defaults;
    }

    private static void collectInstallDefaults(IniFile ini, boolean onlyInstallSections, Set<String> defaults) {
        for (String section : ini.sections().keySet()) {
            if (!onlyInstallSections || section.startsWith("Install")) {
                ini.value(section, "Default").ifPresent(defaults::add);
            }
        }
    }

    /** Without a readable profiles.ini: each folder beside it (or under Profiles) that holds a prefs.js. */
    private static List<Profile> withoutIni(Path root) {
        List<Profile> profiles = new ArrayList<>();
        for (Path parent : List.of(root, root.resolve("Profiles"))) {
            if (!Files.isDirectory(parent)) {
                continue;
            }
            try (DirectoryStream<Path> children = Files.newDirectoryStream(parent, Files::isDirectory)) {
                for (Path child : children) {
                    if (Files.exists(child.resolve("prefs.js"))) {
                        profiles.add(new Profile(child.getFileName().toString(), child, false));
                    }
                }
            } catch (IOException e) {
                // a folder that cannot be listed holds no profile we could read anyway
            }
        }
        profiles.sort((a, b) -> a.name().compareTo(b.name()));
        return profiles;
    }
}
