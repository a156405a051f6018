package org.techmatch.backup;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the service writes backups.
 *
 * @param directory root of the backups made through the API; null = {@code backups} next to the index directory
 */
@ConfigurationProperties("techmatch.backup")
public record BackupProperties(Path directory) {
}
