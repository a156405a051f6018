package org.techmatch.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.techmatch.catalog.ValidationException;
import org.techmatch.importing.job.ImportService;
import org.techmatch.store.StoreProperties;

/**
 * Backs up the running service: pins the store's last commit (every acknowledged write) and copies it, and the
 * imports directory, under the backup root while requests go on being served. Backups only ever go under the
 * configured root, by a plain name, so an API caller cannot make the service write anywhere else.
 */
@Service
@EnableConfigurationProperties(BackupProperties.class)
public class BackupService {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,99}");

    private final Backups backups;
    private final Path root;
    private final Path imports;
    private final Clock clock;

    BackupService(Backups backups, StoreProperties storeProperties, BackupProperties properties,
                  ImportService importService, Clock clock) {
        this.backups = backups;
        this.root = (properties.directory() != null ? properties.directory()
                : storeProperties.path().toAbsolutePath().normalize().resolveSibling("backups"))
                .toAbsolutePath().normalize();
        this.imports = importService.directory();
        this.clock = clock;
    }

    public record Created(Path directory, BackupManifest manifest) {
    }

    /** name: a directory name under the backup root (letters, digits, . _ -), or null for a time stamp. */
    public Created create(String name) {
        String dirName = name == null || name.isBlank() ? "techmatch-" + STAMP.format(clock.instant()) : name.strip();
        if (!NAME.matcher(dirName).matches() || dirName.contains("..")) {
            throw ValidationException.of("to", name, "备份名称只能包含字母、数字、汉字和 . _ -（不超过 100 个字符），"
                    + "备份总是写在服务的备份目录（techmatch.backup.directory）之下");
        }
        Path target = root.resolve(dirName);
        try {
            if (!backups.isEmpty(target)) {
                throw ValidationException.of("to", name, "备份目录「" + dirName + "」已存在，请换一个名称");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BackupManifest manifest = backups.backUp(imports, target, clock.instant());
        return new Created(target, manifest);
    }

    public Path root() {
        return root;
    }
}
